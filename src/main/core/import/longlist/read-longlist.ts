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
import type { Header } from '../header';
import { columnNames, readMappedRows } from '../mapped-rows';
import type { TableSource } from '../read/table-source';
import { type PercentReading, readingOf } from '../values/percent-points';
import { COLUMNS, FIRST_NAME, LAST_NAME, type LonglistMapping } from './columns';
import { type LonglistEntry, RowReader } from './row-reader';

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
  let nameParts: { first: number; last: number } | null = null;
  const read = await readMappedRows(db, table, {
    kind: 'longlist',
    known: COLUMNS,
    mapping: opts.mapping,
    isHeader: leadsToHandle,
    // No name column but a first and last name (Upfluence, CRMs): the name is the two joined.
    extra: (header, index) => {
      const first = header.find(FIRST_NAME);
      if (index.name !== undefined || first < 0) return null;
      const parts = { first, last: header.find(LAST_NAME) };
      nameParts = parts;
      return (cells, picked) => {
        picked.name = [cells[parts.first], parts.last >= 0 ? cells[parts.last] : '']
          .map((c) => (c ?? '').trim())
          .filter((c) => c !== '')
          .join(' ');
      };
    },
    signal: opts.signal,
    onProgress: opts.onProgress,
  });
  const { rows: raw, rowsRead, skipped } = read;
  if (!read.found) {
    return {
      header: read.header,
      headerRow: read.headerRow,
      columns: {},
      mapping: read.given,
      rowsRead: 0,
      entries: [],
      problems: [],
      skipped: [],
      warnings: [
        'No column with handles or profile links was found: pick the column that holds each creator’s handle, a column per platform, or their profile link.',
      ],
    };
  }
  const header = read.header as Header;
  const columns = columnNames(read);
  const parts = nameParts as { first: number; last: number } | null;
  if (parts) {
    columns.name = [parts.first, parts.last].flatMap((i) => (i >= 0 ? [header.names[i] ?? ''] : [])).join(' + ');
  }
  const warnings = read.missingChosen.map(
    ({ field, name }) => `The column "${name}" chosen for ${LONGLIST_FIELD_LABELS[field]} is not in the file.`,
  );

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
    header,
    headerRow: read.headerRow,
    columns,
    mapping: read.mapping,
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
