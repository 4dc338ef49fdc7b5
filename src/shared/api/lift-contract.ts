/** Lift tests (holdout regions) and the repeat decision (renew, probation, stop). */

import { z } from 'zod';
import { daysBetween, isIsoDate } from '../dates';
import type { LiftGroups, LiftResult, SavedLift } from '../lift';
import { type CreatorCheck, type CreatorDecision, DECISIONS, type ReviewList } from '../review';
import { method } from './method';
import { Id } from './schemas';

/** The longest period a lift test reads: a year keeps the bootstrap quick. */
export const MAX_LIFT_DAYS = 366;

const date = (what: string) =>
  z
    .string({ error: `${what} is required` })
    .trim()
    .refine(isIsoDate, { error: `${what} must be a date like 2026-03-01` });

const regions = (what: string) =>
  z
    .array(
      z
        .string({ error: 'a region is text like US-CA' })
        .trim()
        .min(1, { error: 'a region cannot be empty' })
        .max(64, { error: 'at most 64 characters' }),
      { error: `${what} must be a list of regions` },
    )
    .min(1, { error: `Pick at least one ${what.toLowerCase()} region` })
    .max(500, { error: 'at most 500 regions' })
    // The same region twice in one group changes nothing: keep it once.
    .transform((list) => [...new Set(list)]);

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `at most ${max} characters` })
    .nullish()
    .transform((v) => (v ? v : null));

const who = z
  .string({ error: 'Who is required' })
  .trim()
  .min(1, { error: 'Who is required' })
  .max(80, { error: 'at most 80 characters' });

export const LiftPilotInput = z.object({ pilotId: Id }).strict();

export const LiftRunInput = z
  .object({
    pilotId: Id,
    testGroups: regions('Test'),
    controlGroups: regions('Control'),
    preStart: date('Pre period start'),
    preEnd: date('Pre period end'),
    testStart: date('Test period start'),
    testEnd: date('Test period end'),
    save: z.boolean({ error: 'save must be true or false' }).default(false),
  })
  .strict()
  .superRefine((v, ctx) => {
    const test = new Set(v.testGroups);
    v.controlGroups.forEach((region, i) => {
      if (test.has(region)) {
        ctx.addIssue({
          code: 'custom',
          path: ['controlGroups', i],
          message: `${region} is also a test region; a region belongs to one group only`,
        });
      }
    });
    // Compare periods only once every date reads as one; each bad date has its own message.
    if (![v.preStart, v.preEnd, v.testStart, v.testEnd].every(isIsoDate)) return;
    const preDays = daysBetween(v.preStart, v.preEnd) + 1;
    const testDays = daysBetween(v.testStart, v.testEnd) + 1;
    if (preDays < 1) {
      ctx.addIssue({ code: 'custom', path: ['preEnd'], message: 'The pre period must end on or after its start' });
    } else if (preDays > MAX_LIFT_DAYS) {
      ctx.addIssue({ code: 'custom', path: ['preEnd'], message: `A period is at most ${MAX_LIFT_DAYS} days` });
    }
    if (testDays < 1) {
      ctx.addIssue({ code: 'custom', path: ['testEnd'], message: 'The test period must end on or after its start' });
    } else if (preDays >= 1 && testDays !== preDays) {
      ctx.addIssue({
        code: 'custom',
        path: ['testEnd'],
        message: `The test period (${testDays} days) must be as long as the pre period (${preDays} days)`,
      });
    }
    if (v.testStart <= v.preEnd) {
      ctx.addIssue({
        code: 'custom',
        path: ['testStart'],
        message: `The test period must start after the pre period ends (${v.preEnd}): periods may not overlap`,
      });
    }
  });

export const ReviewListInput = z.object({ pilotId: Id }).strict();

export const ReviewCheckInput = z.object({ pilotCreatorId: Id, note: text(2000), by: who }).strict();

export const ReviewDecideInput = z
  .object({
    pilotCreatorId: Id,
    decision: z.enum(DECISIONS, { error: `Decision must be one of ${DECISIONS.join(', ')}` }),
    note: text(2000),
    by: who,
  })
  .strict();

export const liftMethods = {
  'lift.groups': method<LiftGroups>()(LiftPilotInput),
  'lift.run': method<LiftResult>()(LiftRunInput),
  'lift.list': method<SavedLift[]>()(LiftPilotInput),
  'review.list': method<ReviewList>()(ReviewListInput),
  'review.check': method<CreatorCheck>()(ReviewCheckInput),
  'review.decide': method<CreatorDecision>()(ReviewDecideInput),
} as const;
