/** Terms, contracts and briefs: compensation models, the contract template and documents, contract status. */

import { z } from 'zod';
import {
  BRIEF_FORMATS,
  type BriefSettings,
  COMPENSATION_MODELS,
  CONTRACT_STATUSES,
  type ContractTemplate,
  type GeneratedDocument,
  type MemberContract,
  type MemberTerms,
  type PilotContractSettings,
} from '../contracts';
import { isIsoDate } from '../dates';
import { method } from './method';
import { FilePath, Id, isoDate, optionalChecked, optionalText } from './schemas';

/** A whole number of days; null clears it, and left out means "leave as it is". */
const days = (what: string, max: number) =>
  z
    .union([z.number(), z.string().trim().min(1)], { error: `${what} must be a whole number of days` })
    .transform(Number)
    .pipe(
      z
        .number({ error: `${what} must be a whole number of days` })
        .int({ error: `${what} must be a whole number of days` })
        .min(0, { error: `${what} must be at least 0` })
        .max(max, { error: `${what} must be at most ${max}` }),
    )
    .nullable()
    .optional();

/**
 * Without model and usageRightsDays it only reads. A model is checked against
 * the member's amounts: the error names the missing amount (e.g. "stipend").
 * usageRightsDays null gives the member the pilot's window again.
 */
export const TermsInput = z
  .object({
    memberId: Id,
    model: z
      .enum(COMPENSATION_MODELS, { error: `model must be one of ${COMPENSATION_MODELS.join(', ')}` })
      .nullable()
      .optional(),
    usageRightsDays: days('usageRightsDays', 3650),
  })
  .strict();

/** Without fields it only reads. */
export const ContractSettingsInput = z
  .object({
    pilotId: Id,
    usageRightsDays: days('usageRightsDays', 3650),
    paymentNetDays: days('paymentNetDays', 365),
  })
  .strict();

/** Without text it only reads; null text goes back to the built-in template. */
export const TemplateInput = z
  .object({
    text: z.string().max(100_000, { error: 'at most 100000 characters' }).nullable().optional(),
  })
  .strict();

/** Writes the member's contract .docx (never over an existing file); path defaults to the exports folder. */
export const GenerateInput = z.object({ memberId: Id, path: FilePath.optional() }).strict();

/** Moves forward only: draft -> sent -> signed. date defaults to today, by to the current user. */
export const SetStatusInput = z
  .object({
    memberId: Id,
    status: z.enum(CONTRACT_STATUSES, { error: `status must be one of ${CONTRACT_STATUSES.join(', ')}` }),
    date: isoDate('date').optional(),
    by: optionalText(120).optional(),
  })
  .strict();

export const ContractListInput = z.object({ pilotId: Id }).strict();

const textList = (what: string) =>
  z
    .array(z.string().trim().max(500, { error: 'at most 500 characters' }), { error: `${what} must be a list` })
    .max(50, { error: `at most 50 ${what}` })
    .default([])
    .transform((list) => list.filter((t) => t.length > 0));

const optionalDate = (what: string) =>
  optionalChecked(z.string().refine(isIsoDate, { error: `${what} must be a date like 2026-03-01` }));

/** Without fields it only reads; fields replace the whole brief, so a field left out (or empty) is cleared. */
export const BriefSettingsInput = z
  .object({
    pilotId: Id,
    fields: z
      .object({
        objective: optionalText(2000),
        kpi: optionalText(500),
        callToAction: optionalText(1000),
        landingSteps: optionalText(2000),
        checkoutSteps: optionalText(2000),
        disclosures: optionalText(2000),
        hooks: textList('hooks'),
        dos: textList('dos'),
        donts: textList('donts'),
        postingStart: optionalDate('postingStart'),
        postingEnd: optionalDate('postingEnd'),
      })
      .strict()
      .refine((f) => !f.postingStart || !f.postingEnd || f.postingEnd >= f.postingStart, {
        error: 'The posting window must end on or after its start',
        path: ['postingEnd'],
      })
      .optional(),
  })
  .strict();

/** docx writes a file (path as for contracts.generate); html returns the printable view. */
export const BriefGenerateInput = z
  .object({
    memberId: Id,
    format: z.enum(BRIEF_FORMATS, { error: `format must be one of ${BRIEF_FORMATS.join(', ')}` }),
    path: FilePath.optional(),
  })
  .strict();

export const contractsMethods = {
  'contracts.terms': method<MemberTerms>()(TermsInput),
  'contracts.settings': method<PilotContractSettings>()(ContractSettingsInput),
  'contracts.template': method<ContractTemplate>()(TemplateInput),
  'contracts.generate': method<GeneratedDocument>()(GenerateInput),
  'contracts.setStatus': method<MemberContract>()(SetStatusInput),
  'contracts.list': method<MemberContract[]>()(ContractListInput),
  'briefs.settings': method<BriefSettings>()(BriefSettingsInput),
  'briefs.generate': method<GeneratedDocument>()(BriefGenerateInput),
} as const;
