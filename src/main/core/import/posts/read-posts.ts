/**
 * Reads a sheet of posts, one row per post. The header is found by a column
 * that holds the post's link (title rows above it are allowed), columns by
 * name or by the user's mapping, remembered by header signature. Dates are
 * read in the one order every posting time in the file fits, unless the user
 * picks one.
 */

import type { Database } from 'better-sqlite3';
import {
  DATE_ORDERS,
  type DateOrder,
  POST_CREATOR_FIELDS,
  POST_FIELD_LABELS,
  type PostField,
  type RowProblem,
} from '../../../../shared/imports';
import type { Header } from '../header';
import { columnNames, readMappedRows } from '../mapped-rows';
import type { TableSource } from '../read/table-source';
import { dateOrdersFitting } from '../values/date-text';
import { COLUMNS, type PostMapping } from './columns';
import { type PostEntry, RowReader } from './row-reader';

export interface PostRead {
  header: Header | null;
  headerRow: number;
  /** The header name each field is read from. */
  columns: Partial<Record<PostField, string>>;
  /** The user's mapping when they gave one (remembered on commit). */
  mapping: PostMapping | null;
  dateOrder: DateOrder;
  dateOrderChoices: DateOrder[];
  rowsRead: number;
  entries: PostEntry[];
  problems: RowProblem[];
  /** What a rejected row's creator and link cells said, for the preview to show beside the reason. */
  rejectedCells: Map<number, { creator: string; url: string }>;
  /** Blank and repeated header rows. */
  skipped: Array<{ row: number; reason: string }>;
  warnings: string[];
}

export interface PostReadOptions {
  mapping?: PostMapping;
  dateOrder?: DateOrder;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

/** False until the link and a creator column are known: the user must map them before anything is planned. */
export const hasPostColumns = (read: Pick<PostRead, 'columns'>): boolean =>
  read.columns.url !== undefined && POST_CREATOR_FIELDS.some((f) => read.columns[f] !== undefined);

export async function readPosts(db: Database, table: TableSource, opts: PostReadOptions): Promise<PostRead> {
  const read = await readMappedRows(db, table, {
    kind: 'posts',
    known: COLUMNS,
    mapping: opts.mapping,
    isHeader: (index) => index.url !== undefined,
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
      dateOrder: opts.dateOrder ?? 'ymd',
      dateOrderChoices: [],
      rowsRead: 0,
      entries: [],
      problems: [],
      rejectedCells: new Map(),
      skipped: [],
      warnings: ['No column with the posts’ links was found: pick the column that holds each post’s link.'],
    };
  }
  const columns = columnNames(read);
  const warnings = read.missingChosen.map(
    ({ field, name }) => `The column "${name}" chosen for ${POST_FIELD_LABELS[field]} is not in the file.`,
  );
  if (!hasPostColumns({ columns })) {
    warnings.push(
      'No column with the creators’ handles or names was found: pick the column that says whose post it is.',
    );
  }

  const dateOrderChoices = likelyDateOrders(raw.map((r) => r.cells.postedAt?.trim() ?? ''));
  const dateOrder = opts.dateOrder ?? dateOrderChoices[0] ?? 'ymd';
  if (dateOrderChoices.length > 1 && !opts.dateOrder) {
    warnings.push(
      `Every posting time in this file reads as ${dateOrderChoices.join(' or ')}; it was read as ${dateOrder}, check the date order before importing.`,
    );
  }
  const reader = new RowReader(dateOrder);
  const entries: PostEntry[] = [];
  const problems: RowProblem[] = [];
  const rejectedCells: PostRead['rejectedCells'] = new Map();
  for (const { row, cells } of raw) {
    const read = reader.read(row, cells);
    if ('problem' in read) {
      problems.push(read.problem);
      const creator = (cells.handle || cells.name || '').trim();
      rejectedCells.set(row, { creator, url: (cells.url ?? '').trim() });
    } else entries.push(read);
  }
  warnings.push(...reader.warnings());
  return {
    header: read.header,
    headerRow: read.headerRow,
    columns,
    mapping: read.mapping,
    dateOrder,
    dateOrderChoices,
    rowsRead,
    entries,
    problems,
    rejectedCells,
    skipped,
    warnings,
  };
}

/**
 * The date orders every posting time fits; when a mistyped date fits none
 * ("32.03.2026"), the orders that read the most of them, so one bad cell
 * rejects its own row and does not turn the whole file's dates around.
 */
function likelyDateOrders(samples: string[]): DateOrder[] {
  const all = dateOrdersFitting(samples);
  if (all.length > 0) return all;
  const fits = samples.filter((s) => s !== '').map((s) => dateOrdersFitting([s]));
  const reads = DATE_ORDERS.map((order) => fits.filter((f) => f.includes(order)).length);
  const most = Math.max(...reads);
  return most === 0 ? [] : DATE_ORDERS.filter((_, i) => reads[i] === most);
}
