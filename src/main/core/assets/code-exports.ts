/**
 * The codes as files a shop takes. Neither Shopify's admin nor WooCommerce
 * core imports discount codes from CSV, so the files are for the import apps
 * shops actually use: Matrixify (Shopify) and WebToffee (WooCommerce); plus a
 * printable list of codes and links for the creators. Every text cell goes
 * through the export writers, which neutralise formula-like text.
 */

import { basename, join } from 'node:path';
import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import type { Pilot } from '../../../shared/entities';
import type { CodeExport, CodeExportFormat, TrackingSettings } from '../../../shared/tracking-assets';
import { getPilot } from '../db/pilots';
import { logActivity } from '../db/statements';
import { csvBytes } from '../export/csv';
import { exportsFolder, safeFileName, writeNewFile } from '../export/output-file';
import type { Cell, Sheet } from '../export/table';
import { xlsxBytes } from '../export/xlsx';
import { MATRIXIFY_DISCOUNT_COLUMNS, PRINTABLE_COLUMNS, rowFor, WEBTOFFEE_COUPON_COLUMNS } from './code-layouts';
import { type AssetMember, assetMembers, bareHandle } from './members';
import { trackingSettings } from './settings';

export const CODE_EXPORT_GUIDANCE: Record<CodeExportFormat, string> = {
  matrixify:
    'For Shopify. Shopify\'s admin cannot import discount codes from a file, so import this one with the Matrixify app (Matrixify ▸ Import). It makes one discount per creator, titled with the code. Keep "discount" in the file name: Matrixify tells the file\'s kind from it.',
  webtoffee:
    'For WooCommerce. WooCommerce cannot import coupons by itself, so import this file with the WebToffee "Order / Coupon Import Export for WooCommerce" plugin (Import ▸ Coupon). WooCommerce compares codes without case.',
  printable:
    "A list to print or send to the creators: each one's code and tracked link. Shops do not import it; create the codes with the Matrixify file (Shopify) or the WebToffee file (WooCommerce).",
};

/** The discount as its number: 15 for 15 %, or the amount for a fixed discount. */
function discountCell(settings: TrackingSettings, pilot: Pilot): Cell {
  return settings.discountKind === 'percentage'
    ? settings.discountValue / 100
    : { minor: settings.discountValue, currency: pilot.currency };
}

function matrixifySheet(pilot: Pilot, settings: TrackingSettings, members: AssetMember[]): Sheet {
  return {
    name: 'Discounts',
    columns: MATRIXIFY_DISCOUNT_COLUMNS.map((header) => ({ header })),
    rows: members.map((m) =>
      rowFor<Cell>(MATRIXIFY_DISCOUNT_COLUMNS, {
        // No ID: each row is a new discount, titled with its code so the shop's own export names it by the code.
        Title: m.code,
        Command: 'MERGE',
        'Discount Type': settings.discountKind === 'percentage' ? 'Percentage' : 'Fixed Amount',
        'Discount Value': discountCell(settings, pilot),
        Status: 'Active',
        'Starts At': { date: pilot.startDate },
        'Ends At': { date: pilot.endDate },
        Code: m.code,
      }),
    ),
  };
}

function webtoffeeSheet(pilot: Pilot, settings: TrackingSettings, members: AssetMember[]): Sheet {
  return {
    name: 'Coupons',
    columns: WEBTOFFEE_COUPON_COLUMNS.map((header) => ({ header })),
    rows: members.map((m) =>
      rowFor<Cell>(WEBTOFFEE_COUPON_COLUMNS, {
        post_title: m.code,
        post_excerpt: `${pilot.name}: ${m.name}`,
        post_status: 'publish',
        discount_type: settings.discountKind === 'percentage' ? 'percent' : 'fixed_cart',
        coupon_amount: discountCell(settings, pilot),
        date_expires: { date: pilot.endDate },
      }),
    ),
  };
}

function printableSheet(members: AssetMember[]): Sheet {
  return {
    name: 'Codes and links',
    columns: PRINTABLE_COLUMNS.map((header) => ({ header })),
    rows: members.map((m) =>
      rowFor<Cell>(PRINTABLE_COLUMNS, {
        Creator: m.name,
        // Without the @: a cell starting with @ reads as a formula, so it would be neutralised to '@handle.
        Handle: bareHandle(m.handle) || null,
        Platform: m.platform,
        Code: m.code,
        Link: m.landingUrl,
      }),
    ),
  };
}

const FILE_NAMES: Record<CodeExportFormat, string> = {
  matrixify: 'discounts for Matrixify.csv',
  webtoffee: 'coupons for WebToffee.csv',
  printable: 'codes and links.xlsx',
};

export function exportCodes(
  db: Database,
  input: ParsedInput<'assets.exportCodes'>,
  workspacePath: string | null,
): CodeExport {
  if (input.format === 'matrixify' && input.path && !/discount/i.test(basename(input.path))) {
    throw ApiError.field('path', 'Matrixify reads a file as discounts only when its name contains "discount"');
  }
  const pilot = getPilot(db, input.pilotId, 'pilotId');
  const settings = trackingSettings(db, pilot.id);
  const members = assetMembers(db, pilot.id);
  const withCode = members.filter((m) => m.code);
  let sheet: Sheet;
  if (input.format === 'matrixify') sheet = matrixifySheet(pilot, settings, withCode);
  else if (input.format === 'webtoffee') sheet = webtoffeeSheet(pilot, settings, withCode);
  else sheet = printableSheet(members);
  const extension = input.format === 'printable' ? 'xlsx' : 'csv';
  const bytes = extension === 'csv' ? csvBytes(sheet) : xlsxBytes([sheet]);
  const target =
    input.path ?? join(exportsFolder(workspacePath), `${safeFileName(pilot.name)} ${FILE_NAMES[input.format]}`);
  const path = writeNewFile(target, extension, bytes);
  logActivity(db, 'assets.exportCodes', 'pilot', pilot.id, { format: input.format, rows: sheet.rows.length });
  return {
    path,
    rows: sheet.rows.length,
    format: input.format,
    guidance: CODE_EXPORT_GUIDANCE[input.format],
    withoutCode: input.format === 'printable' ? [] : members.filter((m) => !m.code).map((m) => m.name),
  };
}
