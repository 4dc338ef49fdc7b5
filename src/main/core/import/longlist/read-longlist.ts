/**
 * Reads a longlist: a discovery tool's export or a sheet kept by hand, one
 * row per creator. The header is found by a column that leads to a handle
 * (title rows above it are allowed), columns by name or by the user's
 * mapping, remembered by header signature. Each row is read into exact
 * values; a cell that cannot be read rejects its row, naming row and column.
 */

import type { Database } from 'better-sqlite3';
import {
  LONGLIST_FIELD_LABELS,
  LONGLIST_HANDLE_FIELDS,
  type LonglistField,
  type RowProblem,
} from '../../../../shared/imports';
import { Header } from '../header';
import type { TableSource } from '../read/table-source';
import { rememberedMapping } from '../remembered-mapping';
import { type PercentReading, readingOf } from '../values/percent-points';
import { type ColumnIndex, columnIndex, FIRST_NAME, LAST_NAME, type LonglistMapping } from './columns';
import { type Cells, type LonglistEntry, RowReader } from './row-reader';

/** How far down a sheet the header row may be (title rows, notes above it). */
const HEADER_SEARCH_ROWS = 20;

export interface LonglistRead {
  header: Header | null;
  headerRow: number;
  /** The header name each field is read from. */
  columns: Partial<Record<LonglistField, string>>;
  /** The user's mapping when they gave one (remembered on commit). */
  mapping: LonglistMapping | null;
  rowsRead: number;
  entries: LonglistEntry[];
  problems: RowProblem[];
  /** Blank and repeated header rows. */
  skipped: Array<{ row: number; reason: string }>;
  warnings: string[];
}

export interface LonglistReadOptions {
  mapping?: LonglistMapping;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

const leadsToHandle = (index: Partial<Record<LonglistField, unknown>>) =>
  LONGLIST_HANDLE_FIELDS.some((f) => index[f] !== undefined);

/** False when no column leads to a handle: the user must map one before anything is planned. */
export const hasHandleColumn = (read: LonglistRead): boolean => leadsToHandle(read.columns);

export async function readLonglist(db: Database, table: TableSource, opts: LonglistReadOptions): Promise<LonglistRead> {
  const given = opts.mapping && Object.keys(opts.mapping).length > 0 ? opts.mapping : null;
  let found: { header: Header; row: number; index: ColumnIndex; mapping: LonglistMapping | null } | null = null;
  let firstRow: { header: Header; row: number } | null = null;
  let nameParts: { first: number; last: number } | null = null;
  let looked = 0;
  let rowsRead = 0;
  const raw: Array<{ row: number; cells: Cells }> = [];
  const skipped: LonglistRead['skipped'] = [];

  await table.rows(
    (cells, row) => {
      const blank = cells.every((c) => c.trim() === '');
      if (!found) {
        if (blank || looked >= HEADER_SEARCH_ROWS) return;
        looked++;
        const candidate = new Header(cells);
        firstRow ??= { header: candidate, row };
        const use = given ?? rememberedMapping<LonglistMapping>(db, 'longlist', candidate.signature);
        const index = columnIndex(candidate, use);
        if (!leadsToHandle(index)) return;
        found = { header: candidate, row, index, mapping: use };
        const first = candidate.find(FIRST_NAME);
        const last = candidate.find(LAST_NAME);
        if (index.name === undefined && first >= 0) nameParts = { first, last };
        return;
      }
      rowsRead++;
      if (blank || found.header.isRepeatedBy(cells)) {
        skipped.push({ row, reason: 'blank or repeated header row' });
        return;
      }
      const picked: Cells = {};
      for (const [field, i] of Object.entries(found.index)) picked[field as LonglistField] = (cells[i] ?? '').trim();
      const parts = nameParts as { first: number; last: number } | null;
      if (parts) {
        picked.name = [cells[parts.first], parts.last >= 0 ? cells[parts.last] : '']
          .map((c) => (c ?? '').trim())
          .filter((c) => c !== '')
          .join(' ');
      }
      raw.push({ row, cells: picked });
    },
    { signal: opts.signal, onProgress: opts.onProgress },
  );

  const hit = found as { header: Header; row: number; index: ColumnIndex; mapping: LonglistMapping | null } | null;
  const warnings: string[] = [];
  if (!hit) {
    const first = firstRow as { header: Header; row: number } | null;
    warnings.push(
      'No column with handles or profile links was found: pick the column that holds each creator’s handle, a column per platform, or their profile link.',
    );
    return {
      header: first?.header ?? null,
      headerRow: first?.row ?? 0,
      columns: {},
      mapping: given,
      rowsRead: 0,
      entries: [],
      problems: [],
      skipped: [],
      warnings,
    };
  }
  const columns: Partial<Record<LonglistField, string>> = {};
  for (const [field, i] of Object.entries(hit.index)) columns[field as LonglistField] = hit.header.names[i] ?? '';
  const parts = nameParts as { first: number; last: number } | null;
  if (parts) {
    columns.name = [parts.first, parts.last].flatMap((i) => (i >= 0 ? [hit.header.names[i] ?? ''] : [])).join(' + ');
  }
  for (const [field, name] of Object.entries(given ?? {})) {
    if (name && hit.header.find([name]) < 0) {
      warnings.push(
        `The column "${name}" chosen for ${LONGLIST_FIELD_LABELS[field as LonglistField]} is not in the file.`,
      );
    }
  }

  const reading = readingOf(raw.map((r) => r.cells.engagementRate ?? ''));
  if (reading) warnings.push(readingNote(columns.engagementRate ?? '', reading));
  const reader = new RowReader(columns, reading ?? 'percent');
  const entries: LonglistEntry[] = [];
  const problems: RowProblem[] = [];
  for (const { row, cells } of raw) {
    const read = reader.read(row, cells);
    if ('problem' in read) problems.push(read.problem);
    else entries.push(read);
  }
  warnings.push(...reader.notes());
  return {
    header: hit.header,
    headerRow: hit.row,
    columns,
    mapping: hit.mapping,
    rowsRead,
    entries,
    problems,
    skipped,
    warnings,
  };
}

function readingNote(column: string, reading: PercentReading): string {
  return reading === 'fraction'
    ? `Engagement rates without a % sign in "${column}" are all at most 1, so they were read as fractions (0.032 = 3.2%).`
    : `Engagement rates without a % sign in "${column}" were read as percentages (3.2 = 3.2%).`;
}
