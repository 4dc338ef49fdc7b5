/**
 * Input schemas: every method's input is checked against these at the
 * boundary before a handler sees it. Amounts and percentages arrive as the
 * decimal text a person typed; the core turns them into minor units and basis
 * points with the pilot's currency, so the CLI, the forms and the HTTP API
 * share one reading of "12.50".
 */

import { z } from 'zod';
import { isIsoDate } from '../dates';
import {
  ATTRIBUTION_METHODS,
  BASELINE_METHODS,
  BONUS_METRICS,
  CPA_BASES,
  OBJECTIVES,
  PILOT_STATUSES,
  PLATFORMS,
  STAGES,
} from '../entities';
import { checkAmountText, isCurrencyCode, type ParseResult, parsePercent } from '../money';

/** Empty or missing text means "not set" (null). */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `at most ${max} characters` })
    .nullish()
    .transform((v) => (v ? v : null));

export const requiredText = (what: string, max: number) =>
  z
    .string({ error: `${what} is required` })
    .trim()
    .min(1, { error: `${what} is required` })
    .max(max, { error: `at most ${max} characters` });

export const isoDate = (what: string) =>
  z
    .string({ error: `${what} is required` })
    .trim()
    .refine((v) => v.length > 0, { error: `${what} is required`, abort: true })
    .refine(isIsoDate, { error: `${what} must be a date like 2026-03-01` });

/** Empty or missing text means "not set" (null); any other text must pass `check`. */
export const optionalChecked = (check: z.ZodType<string, string>) =>
  z
    .string()
    .trim()
    .nullish()
    .transform((v) => (v ? v : null))
    .pipe(check.nullable());

/** Text that must pass `parse`, reported with the parser's own message. */
const parsedText = (max: number, parse: (text: string) => ParseResult<unknown>) =>
  optionalChecked(
    z
      .string()
      .max(max, { error: `at most ${max} characters` })
      .superRefine((text, ctx) => {
        const parsed = parse(text);
        if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.message });
      }),
  );

/**
 * Amount text is checked for its shape here; the core checks its decimals
 * against the pilot's currency when it turns it into minor units.
 */
export const amountText = parsedText(32, checkAmountText);
export const percentText = parsedText(16, parsePercent);

const wholeNumber = (what: string, min: number, max: number) =>
  z.coerce
    .number({ error: `${what} must be a whole number` })
    .int({ error: `${what} must be a whole number` })
    .min(min, { error: `${what} must be at least ${min}` })
    .max(max, { error: `${what} must be at most ${max}` });

export const optionalWhole = (what: string, min: number, max: number) =>
  z
    .union([z.number(), z.string()], { error: `${what} must be a whole number` })
    .nullish()
    .transform((v) => (typeof v === 'string' ? (v.trim() === '' ? null : Number(v.trim())) : (v ?? null)))
    .pipe(
      z
        .number({ error: `${what} must be a whole number` })
        .int({ error: `${what} must be a whole number` })
        .min(min, { error: `${what} must be at least ${min}` })
        .max(max, { error: `${what} must be at most ${max}` })
        .nullable(),
    );

export const Id = z.coerce
  .number({ error: 'id must be a number' })
  .int({ error: 'id must be a whole number' })
  .positive({ error: 'id must be positive' });

export const Empty = z.object({}).strict();

export const IdInput = z.object({ id: Id }).strict();

export const BrandFields = z
  .object({
    name: requiredText('Brand name', 120),
  })
  .strict();

export const BrandUpdate = BrandFields.extend({ id: Id }).strict();

export const ArchiveInput = z
  .object({ id: Id, archived: z.boolean({ error: 'archived must be true or false' }) })
  .strict();

export const PilotFields = z
  .object({
    name: requiredText('Pilot name', 120),
    brand: optionalText(120),
    market: optionalText(120),
    currency: z
      .string({ error: 'Currency is required' })
      .trim()
      .toUpperCase()
      .refine(isCurrencyCode, { error: 'Currency must be an ISO 4217 code such as USD or EUR' }),
    startDate: isoDate('Start date'),
    endDate: isoDate('End date'),
    objective: z.enum(OBJECTIVES, { error: `Objective must be one of ${OBJECTIVES.join(', ')}` }).default('sales'),
    targetCac: amountText,
    targetAov: amountText,
    targetConversion: percentText,
    targetRepeatRate: percentText,
    minSample: wholeNumber('Minimum sample', 1, 100_000).default(10),
    attributionMethod: z
      .enum(ATTRIBUTION_METHODS, {
        error: `Attribution method must be one of ${ATTRIBUTION_METHODS.join(', ')}`,
      })
      .default('code'),
    attributionWindowDays: wholeNumber('Attribution window', 0, 365).default(30),
    returnWindowDays: wholeNumber('Return window', 0, 365).default(30),
    baselineMethod: z
      .enum(BASELINE_METHODS, { error: `Baseline method must be one of ${BASELINE_METHODS.join(', ')}` })
      .default('none'),
    budget: amountText,
    creatorCap: amountText,
    status: z.enum(PILOT_STATUSES, { error: `Status must be one of ${PILOT_STATUSES.join(', ')}` }).default('planning'),
    glCode: optionalText(40),
  })
  .strict()
  .refine((p) => !isIsoDate(p.startDate) || !isIsoDate(p.endDate) || p.endDate >= p.startDate, {
    error: 'End date must be on or after the start date',
    path: ['endDate'],
  });

export const PilotUpdate = z.intersection(z.object({ id: Id }), PilotFields);

export const PilotListInput = z
  .object({ includeArchived: z.boolean().default(false) })
  .strict()
  .default({ includeArchived: false });

export const HandleInput = z
  .object({
    platform: z.enum(PLATFORMS, { error: `Platform must be one of ${PLATFORMS.join(', ')}` }).default('instagram'),
    handle: z
      .string({ error: 'Handle is required' })
      .trim()
      .transform((h) => h.replace(/^@/, ''))
      .pipe(
        z
          .string()
          .min(1, { error: 'Handle is required' })
          .max(64, { error: 'at most 64 characters' })
          .regex(/^[\p{L}\p{N}._-]+$/u, { error: 'Handle may hold letters, digits, dots, dashes and underscores' }),
      ),
  })
  .strict();

/** Text that must be present and pass `parse`. */
const requiredParsed = (what: string, parse: (text: string) => ParseResult<unknown>) =>
  requiredText(what, 32).superRefine((text, ctx) => {
    const parsed = parse(text);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.message });
  });

const CommissionTierInput = z
  .object({
    from: requiredParsed('Tier start', checkAmountText),
    rate: requiredParsed('Tier rate', parsePercent),
  })
  .strict();

const creatorShape = {
  name: requiredText('Name', 120),
  handles: z.array(HandleInput).min(1, { error: 'At least one handle is required' }).max(10),
  email: optionalChecked(z.email({ error: 'Email must look like name@example.com' })),
  region: optionalText(120),
  followers: optionalWhole('Followers', 0, 2_000_000_000),
  // A creator added with terms takes part; prospects come in through sourcing.
  stage: z.enum(STAGES, { error: `Stage must be one of ${STAGES.join(', ')}` }).default('contracted'),
  stipend: amountText,
  productUnits: optionalWhole('Product units', 0, 10_000),
  productUnitCost: amountText,
  commissionRate: percentText,
  cpa: amountText,
  cpaBasis: z.enum(CPA_BASES, { error: `CPA basis must be one of ${CPA_BASES.join(', ')}` }).default('net_order'),
  /** Higher commission rates from a cumulative revenue within the pilot. */
  commissionTiers: z.array(CommissionTierInput).max(10, { error: 'at most 10 tiers' }).default([]),
  seedingShipping: amountText,
  fees: amountText,
  bonusMetric: z
    .enum(BONUS_METRICS, { error: `Bonus metric must be one of ${BONUS_METRICS.join(', ')}` })
    .nullish()
    .transform((v) => v ?? null),
  /** A count (orders, customers) or an amount (revenue); read by the core with the metric. */
  bonusThreshold: parsedText(32, checkAmountText),
  bonusAmount: amountText,
  baselineRevenue: amountText,
  payeeRef: optionalText(80),
  discountCode: optionalChecked(
    z
      .string()
      .min(3, { error: 'Discount code must be 3 to 40 characters' })
      .max(40, { error: 'Discount code must be 3 to 40 characters' })
      .regex(/^[A-Za-z0-9_-]+$/, { error: 'Discount code may hold letters, digits, - and _ only' }),
  ),
  landingUrl: optionalChecked(
    z.string().refine(isWebUrl, {
      error: 'Landing URL must be a full http(s) address like https://shop.example/page',
    }),
  ),
  /** The first day their orders count (default: the pilot's start). */
  goLiveDate: optionalChecked(z.string().refine(isIsoDate, { error: 'Go-live date must be a date like 2026-03-01' })),
};

export const CreatorAdd = z.object({ pilotId: Id, ...creatorShape }).strict();
export const CreatorUpdate = z.object({ id: Id, ...creatorShape }).strict();
export const CreatorListInput = z.object({ pilotId: Id }).strict();

export const FilePath = z
  .string({ error: 'A file path is required' })
  .trim()
  .min(1, { error: 'A file path is required' })
  .max(4096)
  .refine((p) => !p.includes('\0'), { error: 'The path holds a NUL character' });

export const PathInput = z.object({ path: FilePath }).strict();

export function isWebUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}
