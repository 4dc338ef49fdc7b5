/** Tracking assets: discount codes and tracked links per pilot member, their shop files and QR codes. */

import { z } from 'zod';
import type { PilotCreator } from '../entities';
import {
  CODE_EXPORT_FORMATS,
  type CodeExport,
  type CodesGenerated,
  codePatternProblem,
  DISCOUNT_KINDS,
  type DiscountCheck,
  type LinksBuilt,
  landingUrlProblem,
  type QrExport,
  SHOPS,
  type TrackingSettings,
} from '../tracking-assets';
import { method } from './method';
import { FilePath, Id, optionalChecked, optionalText } from './schemas';

const checked = (problem: (text: string) => string | null) =>
  z.string().superRefine((text, ctx) => {
    const message = problem(text);
    if (message) ctx.addIssue({ code: 'custom', message });
  });

export const TrackingSettingsInput = z
  .object({
    pilotId: Id,
    shop: z.enum(SHOPS, { error: `shop must be one of ${SHOPS.join(', ')}` }).default('shopify'),
    codePattern: z
      .string({ error: 'Code pattern is required' })
      .trim()
      .min(1, { error: 'Code pattern is required' })
      .max(100, { error: 'at most 100 characters' })
      .pipe(checked(codePatternProblem)),
    codeMaxLength: z.coerce
      .number({ error: 'Longest code must be a whole number' })
      .int({ error: 'Longest code must be a whole number' })
      .min(4, { error: 'Longest code must be at least 4' })
      .max(255, { error: 'Longest code must be at most 255' })
      .default(20),
    discountKind: z
      .enum(DISCOUNT_KINDS, { error: `discountKind must be one of ${DISCOUNT_KINDS.join(', ')}` })
      .default('percentage'),
    /** "15" (percent) or "10.00" (an amount in the pilot's currency), as typed. */
    discountValue: z
      .string({ error: 'Discount is required' })
      .trim()
      .min(1, { error: 'Discount is required' })
      .max(32, { error: 'at most 32 characters' }),
    landingUrl: optionalChecked(
      z.string().max(2000, { error: 'at most 2000 characters' }).pipe(checked(landingUrlProblem)),
    ),
    /** Left empty: each creator's platform. */
    utmSource: optionalText(100),
    utmMedium: z.string().trim().min(1, { error: 'utm_medium is required' }).max(100).default('creator'),
  })
  .strict();

export const assetsMethods = {
  /** The pilot's code and link conventions (defaults until set). */
  'assets.settings': method<TrackingSettings>()(z.object({ pilotId: Id }).strict()),
  'assets.setSettings': method<TrackingSettings>()(TrackingSettingsInput),
  /**
   * Makes codes from the pilot's pattern: for one member (replacing theirs), or
   * every member without one. Unique across the workspace and the codes seen in
   * imported orders; re-attributes the pilot.
   */
  'assets.generateCodes': method<CodesGenerated>()(z.object({ pilotId: Id, memberId: Id.optional() }).strict()),
  /** Sets a code by hand with the same checks; empty clears it. */
  'assets.setCode': method<PilotCreator>()(
    z
      .object({
        memberId: Id,
        code: optionalText(255),
        /** The code is on imported orders and the user confirms it is this creator's own. */
        acceptSeenInOrders: z.boolean({ error: 'acceptSeenInOrders must be true or false' }).default(false),
      })
      .strict(),
  ),
  /** Builds tracked links from the pilot's landing URL: one member's, or every member's without one (all with overwrite). */
  'assets.buildLinks': method<LinksBuilt>()(
    z
      .object({
        pilotId: Id,
        memberId: Id.optional(),
        overwrite: z.boolean({ error: 'overwrite must be true or false' }).default(false),
      })
      .strict(),
  ),
  /** Writes the codes as the shop takes them: Matrixify (Shopify), WebToffee (WooCommerce) or a printable list. */
  'assets.exportCodes': method<CodeExport>()(
    z
      .object({
        pilotId: Id,
        format: z.enum(CODE_EXPORT_FORMATS, { error: `format must be one of ${CODE_EXPORT_FORMATS.join(', ')}` }),
        path: FilePath.optional(),
      })
      .strict(),
  ),
  /** Reads a Shopify Discounts export and says, per member's code, whether the shop has it and its status. */
  'assets.checkDiscounts': method<DiscountCheck>()(z.object({ pilotId: Id, path: FilePath }).strict()),
  /** A member's tracked link as a QR code image. */
  'assets.exportQr': method<QrExport>()(
    z
      .object({
        memberId: Id,
        format: z.enum(['png', 'svg'], { error: 'format must be png or svg' }),
        path: FilePath.optional(),
      })
      .strict(),
  ),
} as const;
