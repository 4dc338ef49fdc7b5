/**
 * Column mappings a user chose for a file of no known layout, remembered by
 * the file's header signature, so the next file with the same header is read
 * the same way without asking again.
 */

import type { Database } from 'better-sqlite3';
import type { DateOrder, DecimalMark, ImportKind } from '../../../shared/imports';
import { nowIso, sql } from '../db/statements';

interface Chosen {
  signature: string;
  mapping: object;
  dateOrder: DateOrder;
  decimalMark: DecimalMark;
}

/** Keeps the mapping for this header (one per signature: the latest choice wins, whatever the kind). */
export function rememberMapping(db: Database, kind: ImportKind, chosen: Chosen): void {
  sql(
    db,
    `INSERT INTO column_mappings (signature, kind, mapping, options, updated_at)
     VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (signature) DO UPDATE SET kind = excluded.kind, mapping = excluded.mapping,
       options = excluded.options, updated_at = excluded.updated_at`,
  ).run(
    chosen.signature,
    kind,
    JSON.stringify(chosen.mapping),
    JSON.stringify({ dateOrder: chosen.dateOrder, decimalMark: chosen.decimalMark }),
    nowIso(),
  );
}

export function rememberedMapping<M>(db: Database, kind: ImportKind, signature: string): M | null {
  const row = sql(db, 'SELECT mapping FROM column_mappings WHERE signature = ? AND kind = ?').get(signature, kind) as
    | { mapping: string }
    | undefined;
  return row ? (JSON.parse(row.mapping) as M) : null;
}
