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
import { Header } from '../header';
import type { TableSource } from '../read/table-source';
import { rememberedMapping } from '../remembered-mapping';
import { dateOrdersFitting } from '../values/date-text';
import { type ColumnIndex, columnIndex, type PostMapping } from './columns';
import { type Cells, type PostEntry, RowReader } from './row-reader';

/** How far down a sheet the header row may be (title rows, notes above it). */
const HEADER_SEARCH_ROWS = 20;

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
  const given = opts.mapping && Object.keys(opts.mapping).length > 0 ? opts.mapping : null;
  let found: { header: Header; row: number; index: ColumnIndex; mapping: PostMapping | null } | null = null;
  let firstRow: { header: Header; row: number } | null = null;
  let looked = 0;
  let rowsRead = 0;
  const raw: Array<{ row: number; cells: Cells }> = [];
  const skipped: PostRead['skipped'] = [];

  await table.rows(
    (cells, row) => {
      const blank = cells.every((c) => c.trim() === '');
      if (!found) {
        if (blank || looked >= HEADER_SEARCH_ROWS) return;
        looked++;
        const candidate = new Header(cells);
        firstRow ??= { header: candidate, row };
        const use = given ?? rememberedMapping<PostMapping>(db, 'posts', candidate.signature);
        const index = columnIndex(candidate, use);
        if (index.url === undefined) return;
        found = { header: candidate, row, index, mapping: use };
        return;
      }
      rowsRead++;
      if (blank || found.header.isRepeatedBy(cells)) {
        skipped.push({ row, reason: 'blank or repeated header row' });
        return;
      }
      const picked: Cells = {};
      for (const [field, i] of Object.entries(found.index)) picked[field as PostField] = cells[i] ?? '';
      raw.push({ row, cells: picked });
    },
    { signal: opts.signal, onProgress: opts.onProgress },
  );

  const hit = found as { header: Header; row: number; index: ColumnIndex; mapping: PostMapping | null } | null;
  if (!hit) {
    const first = firstRow as { header: Header; row: number } | null;
    return {
      header: first?.header ?? null,
      headerRow: first?.row ?? 0,
      columns: {},
      mapping: given,
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
  const columns: Partial<Record<PostField, string>> = {};
  for (const [field, i] of Object.entries(hit.index)) columns[field as PostField] = hit.header.names[i] ?? '';
  const warnings: string[] = [];
  for (const [field, name] of Object.entries(given ?? {})) {
    if (name && hit.header.find([name]) < 0) {
      warnings.push(`The column "${name}" chosen for ${POST_FIELD_LABELS[field as PostField]} is not in the file.`);
    }
  }
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
    header: hit.header,
    headerRow: hit.row,
    columns,
    mapping: hit.mapping,
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
