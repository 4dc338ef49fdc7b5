/**
 * Checks a Shopify Discounts export (Discounts ▸ Export) against the pilot's
 * codes: whether the shop has each one and whether it is Active, Expired or
 * Scheduled. Read only. Columns are found by name, so the 16-column (2023),
 * 17-column (with Context) and older 8-column layouts all read.
 */

import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import type { DiscountCheck, DiscountCheckRow, DiscountState } from '../../../shared/tracking-assets';
import { getPilot } from '../db/pilots';
import { openTable } from '../import/read/open-table';
import { ReadError } from '../import/read/read-error';
import { assetMembers } from './members';

const MAX_FILE_BYTES = 50 * 1024 * 1024;

interface ShopDiscount {
  status: string;
  start: string | null;
  end: string | null;
}

const STATES: Record<string, DiscountState> = { active: 'active', expired: 'expired', scheduled: 'scheduled' };

/** The file's discounts by upper-case name (a code discount's name is its code). */
export async function readShopDiscounts(path: string): Promise<Map<string, ShopDiscount>> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw ApiError.field('path', `cannot read ${path}: ${(err as Error).message}`);
  }
  const found = new Map<string, ShopDiscount>();
  let columns: { name: number; status: number; start: number; end: number } | null = null;
  try {
    const table = await openTable(bytes, basename(path), { limits: { maxFileBytes: MAX_FILE_BYTES } });
    await table.rows((cells) => {
      const text = cells.map((c) => c.trim());
      if (!columns) {
        const lower = text.map((c) => c.toLowerCase());
        if (lower.includes('name') && lower.includes('status')) {
          columns = {
            name: lower.indexOf('name'),
            status: lower.indexOf('status'),
            start: lower.indexOf('start'),
            end: lower.indexOf('end'),
          };
        }
        return;
      }
      const name = text[columns.name];
      if (!name) return;
      found.set(name.toUpperCase(), {
        status: text[columns.status] ?? '',
        start: text[columns.start] || null,
        end: text[columns.end] || null,
      });
    });
  } catch (err) {
    if (err instanceof ReadError) throw ApiError.field('path', err.message);
    throw err;
  }
  if (!columns) {
    throw ApiError.field(
      'path',
      `${basename(path)} is not a Shopify Discounts export: it has no Name and Status columns`,
    );
  }
  return found;
}

export async function checkDiscounts(
  db: Database,
  input: ParsedInput<'assets.checkDiscounts'>,
): Promise<DiscountCheck> {
  const pilot = getPilot(db, input.pilotId, 'pilotId');
  const shop = await readShopDiscounts(input.path);
  const rows: DiscountCheckRow[] = assetMembers(db, pilot.id).map((m) => {
    const found = m.code ? shop.get(m.code.toUpperCase()) : undefined;
    let state: DiscountState;
    if (!m.code) state = 'no_code';
    else if (!found) state = 'missing';
    else state = STATES[found.status.toLowerCase()] ?? 'other';
    return {
      memberId: m.id,
      name: m.name,
      code: m.code,
      state,
      shopStatus: found?.status ?? null,
      start: found?.start ?? null,
      end: found?.end ?? null,
    };
  });
  return { pilotId: pilot.id, fileName: basename(input.path), shopDiscounts: shop.size, rows };
}
