/** Input schemas for imports, orders and clicks. */

import { z } from 'zod';
import { isIsoDate } from '../dates';
import {
  CLICK_FIELDS,
  DATE_ORDERS,
  DECIMAL_MARKS,
  IMPORT_KINDS,
  LONGLIST_FIELDS,
  ORDER_FIELDS,
  POST_FIELDS,
  TRACKING_FIELDS,
} from '../imports';
import { ATTRIBUTION_RULES, ORDER_STANDINGS } from '../orders';
import { FilePath, Id } from './schemas';

/**
 * Where the file comes from: a path on this machine (desktop, CLI) or an
 * upload the web-mode server holds for this session.
 */
export const FileRef = z.union(
  [
    z.object({ path: FilePath }).strict(),
    z.object({ uploadId: z.string().regex(/^[a-f0-9]{32}$/, { error: 'is not an upload id' }) }).strict(),
  ],
  { error: 'must name a file path or an upload' },
);

const header = z.string().max(500);
const mappingOf = <F extends readonly [string, ...string[]]>(fields: F) =>
  z.partialRecord(z.enum(fields), header.nullable()).optional();

export const ImportStart = z
  .object({
    kind: z.enum(IMPORT_KINDS, { error: `must be one of ${IMPORT_KINDS.join(', ')}` }),
    file: FileRef,
    /** The shop's brand (orders); may be left out when the workspace has one brand. */
    brandId: Id.optional(),
    /**
     * The pilot whose creators the clicks belong to (clicks), the pilot a tracking sheet moves into,
     * or the pilot whose longlist a longlist joins (optional: without it, profiles only).
     */
    pilotId: Id.optional(),
    /** A format id to read the file as, instead of detecting it; "mapped" uses `mapping`. */
    format: z.string().max(60).optional(),
    mapping: z.union([
      mappingOf(ORDER_FIELDS),
      mappingOf(CLICK_FIELDS),
      mappingOf(TRACKING_FIELDS),
      mappingOf(LONGLIST_FIELDS),
      mappingOf(POST_FIELDS),
    ]),
    dateOrder: z.enum(DATE_ORDERS).optional(),
    decimalMark: z.enum(DECIMAL_MARKS).optional(),
    sheet: z.string().max(200).optional(),
    /** The currency of a file that names none. */
    currency: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{3}$/, { error: 'must be a three-letter currency code like USD' })
      .optional(),
    maxFileMb: z.coerce
      .number({ error: 'must be a number of megabytes' })
      .int({ error: 'must be a whole number of megabytes' })
      .min(1, { error: 'must be at least 1 MB' })
      .max(4096, { error: 'must be at most 4096 MB' })
      .optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.kind === 'clicks' && v.pilotId === undefined) {
      ctx.addIssue({ code: 'custom', path: ['pilotId'], message: 'Pick the pilot these clicks belong to' });
    }
    if (v.kind === 'posts' && v.pilotId === undefined) {
      ctx.addIssue({ code: 'custom', path: ['pilotId'], message: 'Pick the pilot these posts belong to' });
    }
    if (v.kind === 'tracking' && v.pilotId === undefined) {
      ctx.addIssue({ code: 'custom', path: ['pilotId'], message: 'Pick the pilot this tracking sheet moves into' });
    }
  });

export const JobInput = z
  .object({ jobId: z.string().regex(/^[a-f0-9]{16,64}$/, { error: 'is not a job id' }) })
  .strict();

export const BatchInput = z.object({ batchId: Id }).strict();

const optionalId = Id.optional();

export const OrderQuery = z
  .object({
    pilotId: optionalId,
    creatorId: optionalId,
    batchId: optionalId,
    standing: z.enum(ORDER_STANDINGS).optional(),
    /** "none" lists the pilot's orders in its window credited to nobody. */
    rule: z.enum([...ATTRIBUTION_RULES, 'none']).optional(),
    search: z.string().trim().max(200).optional(),
    sort: z.enum(['orderDate', 'orderName', 'totalMinor', 'revenueMinor', 'creatorName']).default('orderDate'),
    descending: z.boolean().default(true),
    offset: z.coerce.number().int().min(0).default(0),
    limit: z.coerce.number().int().min(1).max(5000).default(500),
  })
  .strict();

export const ClickListInput = z.object({ pilotId: Id }).strict();

export const ClickSet = z
  .object({
    creatorId: Id,
    day: z
      .string({ error: 'Date is required' })
      .trim()
      .refine(isIsoDate, { error: 'Date must be a date like 2026-03-01' }),
    clicks: z.coerce
      .number({ error: 'Clicks must be a whole number' })
      .int({ error: 'Clicks must be a whole number' })
      .min(0, { error: 'Clicks cannot be negative' })
      .max(100_000_000, { error: 'Clicks must be at most 100000000' }),
  })
  .strict();
