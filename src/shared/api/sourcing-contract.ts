/** Sourcing: profiles, fit criteria, and the pipeline of a pilot's members. */

import { z } from 'zod';
import { STAGES } from '../entities';
import type { MoveResult, Profile, ProfileListItem, ReviewerGroup, SourcingBoard, StageMoveEntry } from '../sourcing';
import { method } from './method';
import {
  HandleInput,
  Id,
  isWebUrl,
  optionalChecked,
  optionalText,
  optionalWhole,
  percentText,
  requiredText,
} from './schemas';

const weight = z.coerce
  .number({ error: 'Weight must be a whole number from 0 to 10' })
  .int({ error: 'Weight must be a whole number from 0 to 10' })
  .min(0, { error: 'Weight must be at least 0' })
  .max(10, { error: 'Weight must be at most 10' });

const words = (what: string) =>
  z
    .array(
      z
        .string()
        .trim()
        .min(1)
        .max(80, { error: `each ${what} is at most 80 characters` }),
    )
    .max(50, { error: `at most 50 ${what}s` })
    .default([]);

/** A profile's fields as a person types them; followers are a whole number, engagement a percentage like 3.2. */
const profileShape = {
  name: requiredText('Name', 120),
  handles: z.array(HandleInput).min(1, { error: 'At least one handle is required' }).max(10),
  email: optionalChecked(z.email({ error: 'Email must look like name@example.com' })),
  profileUrl: optionalChecked(
    z
      .string()
      .refine(isWebUrl, { error: 'Profile URL must be a full http(s) address like https://instagram.com/maya' }),
  ),
  followers: optionalWhole('Followers', 0, 2_000_000_000),
  engagementRate: percentText,
  avgViews: optionalWhole('Average views', 0, 10_000_000_000),
  country: optionalText(80),
  region: optionalText(120),
  city: optionalText(120),
  categories: words('category'),
  audienceNotes: optionalText(2000),
  pastBrands: words('brand'),
  shoppingLinks: z
    .boolean()
    .nullish()
    .transform((v) => v ?? null),
};

export const ProfileSave = z
  .object({
    /** The creator to edit; left out to add a new profile. */
    creatorId: Id.optional(),
    /** A new profile joins this pilot's longlist. */
    pilotId: Id.optional(),
    ...profileShape,
  })
  .strict();

export const FitCriteriaInput = z
  .object({
    followers: z
      .object({
        weight,
        min: optionalWhole('Minimum followers', 0, 2_000_000_000),
        max: optionalWhole('Maximum followers', 0, 2_000_000_000),
      })
      .strict()
      .refine((f) => f.min === null || f.max === null || f.min <= f.max, {
        error: 'Minimum followers must not be above the maximum',
        path: ['max'],
      }),
    engagement: z.object({ weight, minBp: optionalWhole('Minimum engagement', 0, 10_000) }).strict(),
    region: z.object({ weight, market: optionalText(120) }).strict(),
    categories: z.object({ weight, wanted: words('category') }).strict(),
    shoppingLinks: z.object({ weight }).strict(),
    pastBrands: z.object({ weight, brands: words('brand') }).strict(),
  })
  .strict();

const memberIds = z
  .array(Id)
  .min(1, { error: 'Pick at least one profile' })
  .max(5000, { error: 'at most 5000 profiles at once' });

export const StageMoveInput = z
  .object({
    pilotId: Id,
    memberIds,
    stage: z.enum(STAGES, { error: `Stage must be one of ${STAGES.join(', ')}` }),
    /** Required when declining: why they declined or were declined. */
    reason: optionalText(500),
  })
  .strict()
  .refine((m) => m.stage !== 'declined' || m.reason !== null, {
    error: 'Say why they declined (reason)',
    path: ['reason'],
  });

export const ReviewerAssign = z
  .object({
    pilotId: Id,
    /** In the order shown; the first 25 go to the first reviewer, the next 25 to the second… */
    memberIds,
    reviewers: z
      .array(z.string().trim().min(1, { error: 'A reviewer name is required' }).max(80))
      .min(1, { error: 'Name at least one reviewer' })
      .max(200),
  })
  .strict();

export const sourcingMethods = {
  /**
   * Adds a profile (and, with pilotId, puts it on that pilot's longlist) or edits one; handles stay unique per
   * platform. An edit saves the whole profile as sent: a field left out is cleared, so send every field.
   */
  'profiles.save': method<Profile>()(ProfileSave),
  /** Every profile in the workspace with the pilots it is in; `search` matches name, handle, email or city. */
  'profiles.list': method<ProfileListItem[]>()(z.object({ search: optionalText(200) }).strict()),
  /** A pilot's members with fit scores, counts per stage and cap warnings. */
  'sourcing.board': method<SourcingBoard>()(z.object({ pilotId: Id }).strict()),
  'sourcing.setCriteria': method<SourcingBoard>()(
    z
      .object({
        pilotId: Id,
        criteria: FitCriteriaInput,
        shortlistCap: optionalWhole('Shortlist cap', 1, 1000),
      })
      .strict(),
  ),
  /** Puts workspace profiles on a pilot's longlist (already-members are left as they are). */
  'sourcing.addToPilot': method<MoveResult>()(z.object({ pilotId: Id, creatorIds: memberIds }).strict()),
  /** Moves members to a stage in one logged, undoable step; warns past the shortlist cap or 50 creators. */
  'sourcing.move': method<MoveResult>()(StageMoveInput),
  /** Puts members back where a move found them (those moved since are left, and named). */
  'sourcing.undoMove': method<MoveResult>()(z.object({ moveId: Id }).strict()),
  'sourcing.log': method<StageMoveEntry[]>()(z.object({ pilotId: Id, memberId: Id.optional() }).strict()),
  'sourcing.assignReviewers': method<ReviewerGroup[]>()(ReviewerAssign),
} as const;
