/** Content: posts per member, the caption check, the brand's banned claims and the review of each post. */

import { z } from 'zod';
import { normalCaption } from '../caption';
import { type BannedClaims, type Finding, POST_FORMATS, type Post, REVIEW_DECISIONS, type SavedPost } from '../content';
import { isIsoDate } from '../dates';
import { PLATFORMS } from '../entities';
import { method } from './method';
import { Id, isWebUrl, optionalChecked, optionalText, optionalWhole } from './schemas';

/** "2026-03-05", "2026-03-05T18:30" or with seconds: a day, or a day and a clock time. */
export function isPostingTime(text: string): boolean {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(text);
  if (!m?.[1] || !isIsoDate(m[1])) return false;
  return Number(m[2] ?? 0) < 24 && Number(m[3] ?? 0) < 60 && Number(m[4] ?? 0) < 60;
}

const platform = z.enum(PLATFORMS, { error: `platform must be one of ${PLATFORMS.join(', ')}` });
const metric = (what: string) => optionalWhole(what, 0, 1_000_000_000_000);
const caption = z.string({ error: 'caption must be text' }).max(10_000, { error: 'at most 10000 characters' });

/** One of pilotId (every member's posts) or memberId. */
export const PostListInput = z
  .object({ pilotId: Id.optional(), memberId: Id.optional() })
  .strict()
  .refine((i) => (i.pilotId === undefined) !== (i.memberId === undefined), {
    error: 'Give either pilotId or memberId',
    path: ['pilotId'],
  });

/**
 * Without id it adds a post to memberId; with id it replaces the post's fields
 * (a field left out is cleared). An approved post whose caption or platform
 * changes goes back to needs_review, and the result says so.
 */
export const PostSaveInput = z
  .object({
    id: Id.optional(),
    memberId: Id.optional(),
    url: z
      .string({ error: 'url is required' })
      .trim()
      .min(1, { error: 'url is required' })
      .max(2000, { error: 'at most 2000 characters' })
      .refine(isWebUrl, { error: 'url must be a web address starting with http:// or https://' }),
    platform,
    format: z.enum(POST_FORMATS, { error: `format must be one of ${POST_FORMATS.join(', ')}` }),
    postedAt: optionalChecked(
      z.string().refine(isPostingTime, { error: 'postedAt must be a date like 2026-03-05 or 2026-03-05T18:30' }),
    ),
    caption: caption.nullish().transform((c) => normalCaption(c ?? '')),
    views: metric('views'),
    likes: metric('likes'),
    comments: metric('comments'),
    clicks: metric('clicks'),
  })
  .strict();

/** request_changes needs a comment; by defaults to the current user. */
export const PostReviewInput = z
  .object({
    id: Id,
    decision: z.enum(REVIEW_DECISIONS, { error: `decision must be one of ${REVIEW_DECISIONS.join(', ')}` }),
    comment: optionalText(2000),
    by: optionalText(120),
  })
  .strict()
  .refine((r) => r.decision !== 'request_changes' || r.comment !== null, {
    error: 'Say what needs to change',
    path: ['comment'],
  });

/** Without phrases it only reads; phrases replace the brand's whole list. */
export const BannedClaimsInput = z
  .object({
    brandId: Id,
    phrases: z
      .array(z.string().trim().max(200, { error: 'at most 200 characters' }), { error: 'phrases must be a list' })
      .max(500, { error: 'at most 500 phrases' })
      .optional(),
  })
  .strict();

/** The check the screen runs while the caption is typed; brandId adds that brand's banned claims. */
export const ContentCheckInput = z.object({ caption, platform, brandId: Id.nullish() }).strict();

export const contentMethods = {
  'posts.list': method<Post[]>()(PostListInput),
  'posts.save': method<SavedPost>()(PostSaveInput),
  'posts.remove': method<{ id: number }>()(z.object({ id: Id }).strict()),
  'posts.review': method<Post>()(PostReviewInput),
  'brands.bannedClaims': method<BannedClaims>()(BannedClaimsInput),
  'content.check': method<Finding[]>()(ContentCheckInput),
} as const;
