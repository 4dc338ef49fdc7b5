/** Fraud review and payouts: held commission, decisions, payable amounts, finance files. */

import { z } from 'zod';
import { isIsoDate } from '../dates';
import { type FlaggedOrder, type FraudReview, REVIEW_DECISIONS } from '../fraud';
import { type ApproveResult, EXPORT_FORMATS, type ExportResult, type Payout, type PayoutPreview } from '../payouts';
import { method } from './method';
import { FilePath, Id } from './schemas';

const periodDate = (what: string) =>
  z
    .string({ error: `${what} is required` })
    .trim()
    .refine(isIsoDate, { error: `${what} must be a date like 2026-03-31` });

/** Who did it: finance wants a person's name on every approval and payment. */
const personName = z
  .string({ error: 'by (your name) is required' })
  .trim()
  .min(1, { error: 'by (your name) is required' })
  .max(120, { error: 'at most 120 characters' });

const format = z.enum(EXPORT_FORMATS, { error: `format must be one of ${EXPORT_FORMATS.join(', ')}` });

const idList = (what: string) =>
  z
    .array(Id, { error: `${what} must be a list of ids` })
    .min(1, { error: `name at least one ${what}` })
    .max(10_000);

const period = { periodStart: periodDate('Period start'), periodEnd: periodDate('Period end') };
const periodInOrder = {
  check: (p: { periodStart: string; periodEnd: string }) =>
    !isIsoDate(p.periodStart) || !isIsoDate(p.periodEnd) || p.periodEnd >= p.periodStart,
  issue: { error: 'Period end must be on or after the period start', path: ['periodEnd'] },
};

export const FraudListInput = z.object({ pilotId: Id }).strict();

export const FraudDecideInput = z
  .object({
    pilotId: Id,
    orderId: Id,
    decision: z.enum(REVIEW_DECISIONS, { error: `decision must be one of ${REVIEW_DECISIONS.join(', ')}` }),
    note: z
      .string()
      .trim()
      .max(2000, { error: 'at most 2000 characters' })
      .nullish()
      .transform((v) => (v ? v : null)),
    by: personName,
  })
  .strict();

export const PayoutPeriodInput = z
  .object({ pilotId: Id, ...period })
  .strict()
  .refine(periodInOrder.check, periodInOrder.issue);

export const PayoutApproveInput = z
  .object({ pilotId: Id, ...period, creatorIds: idList('creator').optional(), by: personName })
  .strict()
  .refine(periodInOrder.check, periodInOrder.issue);

export const PayoutMarkPaidInput = z.object({ payoutIds: idList('payout'), by: personName }).strict();

export const PayoutListInput = z.object({ pilotId: Id }).strict();

export const PayoutExportInput = z
  .object({ pilotId: Id, payoutIds: idList('payout').optional(), format, path: FilePath.optional() })
  .strict();

export const PayoutStatementInput = z.object({ payoutId: Id, format, path: FilePath.optional() }).strict();

export const payoutMethods = {
  'fraud.list': method<FraudReview>()(FraudListInput),
  'fraud.decide': method<FlaggedOrder>()(FraudDecideInput),
  'payouts.preview': method<PayoutPreview>()(PayoutPeriodInput),
  'payouts.approve': method<ApproveResult>()(PayoutApproveInput),
  'payouts.markPaid': method<Payout[]>()(PayoutMarkPaidInput),
  'payouts.list': method<Payout[]>()(PayoutListInput),
  'payouts.export': method<ExportResult>()(PayoutExportInput),
  'payouts.statement': method<ExportResult>()(PayoutStatementInput),
} as const;
