/**
 * Reads a sheet whose columns are found by name or by the user's mapping, as
 * the longlist and posts imports do: the header is the first of the top rows
 * that gives the columns the kind cannot do without (title rows above it are
 * allowed), its mapping the user's or the one remembered for that header;
 * every later row's cells are picked by field and trimmed. Blank and repeated
 * header rows are skipped and listed.
 */

import type { Database } from 'better-sqlite3';
import type { ImportKind } from '../../../shared/imports';
import { Header } from './header';
import type { TableSource } from './read/table-source';
import { rememberedMapping } from './remembered-mapping';

/** How far down a sheet the header row may be (title rows, notes above it). */
const HEADER_SEARCH_ROWS = 20;

type Mapping<F extends string> = Partial<Record<F, string | null>>;
type Index<F extends string> = Partial<Record<F, number>>;

export interface MappedRowsOptions<F extends string> {
  kind: ImportKind;
  /** Each field's known column names. */
  known: Record<F, readonly string[]>;
  /** The user's mapping, when they gave one. */
  mapping?: Mapping<F> | undefined;
  /** Whether a row's columns make it the header. */
  isHeader(index: Index<F>): boolean;
  /** Reads what the header says besides the fields (e.g. a name split in two); returns what fills each row. */
  extra?: (header: Header, index: Index<F>) => ((cells: string[], picked: Partial<Record<F, string>>) => void) | null;
  signal?: AbortSignal | undefined;
  onProgress?: ((done: number, total: number) => void) | undefined;
}

export interface MappedRows<F extends string> {
  /** The header found, else the first row looked at (for the mapping step), else null. */
  header: Header | null;
  headerRow: number;
  found: boolean;
  index: Index<F>;
  /** The mapping the columns were read by: the user's, the remembered one, or null. */
  mapping: Mapping<F> | null;
  /** The user's own mapping, or null. */
  given: Mapping<F> | null;
  rowsRead: number;
  rows: Array<{ row: number; cells: Partial<Record<F, string>> }>;
  skipped: Array<{ row: number; reason: string }>;
  /** "The column X chosen for Y is not in the file." for each chosen column the header lacks. */
  missingChosen: Array<{ field: F; name: string }>;
}

export async function readMappedRows<F extends string>(
  db: Database,
  table: TableSource,
  opts: MappedRowsOptions<F>,
): Promise<MappedRows<F>> {
  const given = opts.mapping && Object.keys(opts.mapping).length > 0 ? opts.mapping : null;
  type Found = { header: Header; row: number; index: Index<F>; mapping: Mapping<F> | null };
  let found: Found | null = null;
  let first: { header: Header; row: number } | null = null;
  let fill: ((cells: string[], picked: Partial<Record<F, string>>) => void) | null = null;
  let looked = 0;
  let rowsRead = 0;
  const rows: MappedRows<F>['rows'] = [];
  const skipped: MappedRows<F>['skipped'] = [];

  await table.rows(
    (cells, row) => {
      const blank = cells.every((c) => c.trim() === '');
      if (!found) {
        if (blank || looked >= HEADER_SEARCH_ROWS) return;
        looked++;
        const candidate = new Header(cells);
        first ??= { header: candidate, row };
        const use = given ?? rememberedMapping<Mapping<F>>(db, opts.kind, candidate.signature);
        const index = candidate.columns(opts.known, use);
        if (!opts.isHeader(index)) return;
        found = { header: candidate, row, index, mapping: use };
        fill = opts.extra?.(candidate, index) ?? null;
        return;
      }
      rowsRead++;
      if (blank || found.header.isRepeatedBy(cells)) {
        skipped.push({ row, reason: 'blank or repeated header row' });
        return;
      }
      const picked: Partial<Record<F, string>> = {};
      for (const [field, i] of Object.entries(found.index) as [F, number][]) picked[field] = (cells[i] ?? '').trim();
      fill?.(cells, picked);
      rows.push({ row, cells: picked });
    },
    { signal: opts.signal, onProgress: opts.onProgress },
  );

  // TypeScript cannot see the callback's assignments.
  const hit = found as Found | null;
  const start = first as { header: Header; row: number } | null;
  const missingChosen: MappedRows<F>['missingChosen'] = [];
  for (const [field, name] of Object.entries(given ?? {}) as [F, string | null][]) {
    if (hit && name && hit.header.find([name]) < 0) missingChosen.push({ field, name });
  }
  return {
    header: hit?.header ?? start?.header ?? null,
    headerRow: hit?.row ?? start?.row ?? 0,
    found: hit !== null,
    index: hit?.index ?? {},
    mapping: hit ? hit.mapping : given,
    given,
    rowsRead: hit ? rowsRead : 0,
    rows,
    skipped: hit ? skipped : [],
    missingChosen,
  };
}

/** The header name each field is read from. */
export function columnNames<F extends string>(read: MappedRows<F>): Partial<Record<F, string>> {
  const out: Partial<Record<F, string>> = {};
  for (const [field, i] of Object.entries(read.index) as [F, number][]) out[field] = read.header?.names[i] ?? '';
  return out;
}
