/**
 * The preview of a kind read from a sheet of rows rather than a shop's
 * orders (clicks, the tracking sheet, a longlist, posts): the frame every
 * such kind fills the same way. Each kind spreads it and adds its own rows,
 * dates and notes.
 */

import type { ImportKind, ImportPreview, RowProblem } from '../../../shared/imports';
import type { Header } from './header';
import type { TableFacts } from './read/table-source';

/** The preview lists at most this many problems; problemCount says how many there were. */
const PROBLEMS_SHOWN = 500;

interface SheetFacts<F extends string> {
  kind: ImportKind;
  format: ImportPreview['format'];
  table: TableFacts;
  header: Header | null;
  headerRow: number;
  fields: readonly F[];
  labels: Record<F, string>;
  required: readonly F[];
  /** The header name each field is read from. */
  columns: Partial<Record<F, string>>;
  needsMapping: boolean;
  rowsRead: number;
  /** The buckets once planned; before that, only the file's row count. */
  tally: Pick<ImportPreview, 'buckets' | 'fileTotals'> | null | undefined;
  problems: RowProblem[];
  warnings: string[];
}

export function sheetPreview<F extends string>(f: SheetFacts<F>): ImportPreview {
  return {
    kind: f.kind,
    fileName: f.table.fileName,
    fileBytes: f.table.fileBytes,
    format: f.format,
    sheet: f.table.sheet,
    sheets: f.table.sheets,
    headers: f.header?.names ?? [],
    headerRow: f.headerRow,
    columns: f.fields.map((field) => ({
      field,
      label: f.labels[field],
      header: f.columns[field] ?? null,
      required: f.required.includes(field),
    })),
    needsMapping: f.needsMapping,
    dateOrder: 'ymd',
    dateOrderChoices: [],
    decimalMark: '.',
    dateRange: null,
    currencies: [],
    rowsRead: f.rowsRead,
    orders: 0,
    lineItems: 0,
    buckets: f.tally?.buckets ?? [],
    fileTotals: f.tally?.fileTotals ?? { rows: f.rowsRead, totals: [], clicks: 0 },
    sample: [],
    problems: f.problems.slice(0, PROBLEMS_SHOWN),
    problemCount: f.problems.length,
    changed: [],
    warnings: f.warnings,
  };
}
