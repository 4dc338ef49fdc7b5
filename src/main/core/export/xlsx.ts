/**
 * xlsx through SheetJS: real number cells for amounts (with a currency number
 * format), percentages (0.0%) and dates (a date format), text cells for text
 * (neutralised like CSV, for the files copied on into CSV), a frozen header
 * row with an autofilter, and column widths fitted to the content. SheetJS's
 * community build does not write frozen panes, so the pane is added to each
 * sheet's XML in the written zip. A big sheet (100k orders) is built cell by
 * cell with `CellGrid`, skipping the format-free rows in between.
 */

import * as XLSX from 'xlsx';
import { currencyExponent } from '../../../shared/money';
import { type Cell, isDate, isFormatted, isMoney, isPercent, neutralise, type Sheet } from './table';
import { type ZipFile, zipFiles } from './zip';

const MIN_WIDTH = 8;
const MAX_WIDTH = 50;

export const PERCENT_FORMAT = '0.0%';
export const DATE_FORMAT = 'yyyy-mm-dd';
export const TIMESTAMP_FORMAT = 'yyyy-mm-dd hh:mm';
/** ROAS and iROAS: "2.50x". */
export const MULTIPLE_FORMAT = '0.00"x"';

const moneyFormats = new Map<string, string>();

/** "#,##0.00 "USD"": the amount as a number, the currency beside it. */
export function moneyFormat(currency: string): string {
  let format = moneyFormats.get(currency);
  if (format === undefined) {
    const exp = currencyExponent(currency);
    const code = currency.replace(/[^A-Z]/g, '');
    format = `#,##0${exp > 0 ? `.${'0'.repeat(exp)}` : ''} "${code}"`;
    moneyFormats.set(currency, format);
  }
  return format;
}

/**
 * The amount in major units. An IEEE division is correctly rounded, so this is
 * the nearest double to the exact decimal, the same number "123.45" reads as.
 */
export function majorUnits(minor: number, currency: string): number {
  return minor / 10 ** currencyExponent(currency);
}

const DAY_MS = 86_400_000;
/** Days from Excel's epoch (1899-12-30) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25_569;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Excel's serial number of an ISO date (a whole day) or a timestamp (with its
 * time of day, in UTC as stored); null when the text is no date.
 */
export function dateSerial(text: string): number | null {
  const day = ISO_DAY.exec(text);
  const ms = day ? Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])) : Date.parse(text);
  return Number.isNaN(ms) ? null : ms / DAY_MS + UNIX_EPOCH_SERIAL;
}

export function dateCell(text: string): XLSX.CellObject {
  const serial = dateSerial(text);
  if (serial === null) return { t: 's', v: neutralise(text) };
  return { t: 'n', v: serial, z: ISO_DAY.test(text) ? DATE_FORMAT : TIMESTAMP_FORMAT };
}

function toCell(cell: Cell): XLSX.CellObject | null {
  if (cell === null) return null;
  if (typeof cell === 'number') return { t: 'n', v: cell };
  if (typeof cell === 'string') return { t: 's', v: neutralise(cell) };
  if (isMoney(cell)) return { t: 'n', v: majorUnits(cell.minor, cell.currency), z: moneyFormat(cell.currency) };
  if (isPercent(cell)) return { t: 'n', v: cell.ratio, z: PERCENT_FORMAT };
  if (isDate(cell)) return dateCell(cell.date);
  if (isFormatted(cell)) return { t: 'n', v: cell.value, z: cell.format };
  return null;
}

function shownLength(cell: Cell): number {
  if (cell === null) return 0;
  if (isMoney(cell)) return String(cell.minor).length + 6;
  if (isPercent(cell)) return 7;
  if (isDate(cell)) return cell.date.length > 10 ? 16 : 10;
  if (isFormatted(cell)) return String(cell.value).length + 2;
  return String(cell).length;
}

const fitWidth = (chars: number) => Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, chars + 2));

function finish(ws: XLSX.WorkSheet, lastRow: number, lastCol: number, filterRows: number | null, widths: number[]) {
  ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: lastRow, c: lastCol } });
  if (filterRows !== null) {
    ws['!autofilter'] = { ref: XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: filterRows, c: lastCol } }) };
  }
  ws['!cols'] = widths.map((wch) => ({ wch }));
}

function worksheet(sheet: Sheet): XLSX.WorkSheet {
  const ws: XLSX.WorkSheet = {};
  const all = [sheet.columns.map((c) => c.header as Cell), ...sheet.rows, ...(sheet.footer ?? [])];
  const widths = sheet.columns.map(() => 0);
  all.forEach((row, r) => {
    row.forEach((value, c) => {
      const cell = toCell(value);
      if (cell) ws[XLSX.utils.encode_cell({ r, c })] = cell;
      // A loop, not Math.max(...rows): a 100k-row table export would overflow the argument list.
      if (c < widths.length) widths[c] = Math.max(widths[c] ?? 0, shownLength(value));
    });
  });
  const lastCol = Math.max(0, sheet.columns.length - 1);
  const fitted = sheet.columns.map((col, c) => col.width ?? fitWidth(widths[c] ?? 0));
  finish(ws, Math.max(0, all.length - 1), lastCol, sheet.filter === false ? null : sheet.rows.length, fitted);
  return ws;
}

/** A sheet built directly as SheetJS cells (see CellGrid). */
export interface BuiltSheet {
  name: string;
  ws: XLSX.WorkSheet;
  /** Data rows, header aside. */
  rows: number;
}

/**
 * A table written straight into SheetJS cells, row by row, for sheets of a
 * hundred thousand rows: no intermediate rows, cell addresses from cached
 * column letters, widths fitted as the cells arrive. The header row is row 1.
 */
export class CellGrid {
  private readonly ws: XLSX.WorkSheet = {};
  private readonly letters: string[];
  private readonly widths: number[];
  /** The sheet row (1-based) being filled, and its number as text for the cell addresses. */
  private row = 2;
  private rowText = '2';

  constructor(
    private readonly name: string,
    headers: readonly string[],
  ) {
    this.letters = headers.map((_, c) => XLSX.utils.encode_col(c));
    this.widths = headers.map((h) => h.length);
    headers.forEach((h, c) => {
      this.ws[`${this.letters[c]}1`] = { t: 's', v: neutralise(h) };
    });
  }

  /** Sets a cell of the current row; `shown` is its width in characters, for fitting the column. */
  set(c: number, cell: XLSX.CellObject, shown: number): void {
    this.ws[(this.letters[c] as string) + this.rowText] = cell;
    if (shown > (this.widths[c] as number)) this.widths[c] = shown;
  }

  /** Sets a cell from a format-free value (money, percent, date...), like a Sheet's. */
  cell(c: number, value: Cell): void {
    const cell = toCell(value);
    if (cell) this.set(c, cell, shownLength(value));
  }

  text(c: number, value: string): void {
    this.set(c, { t: 's', v: neutralise(value) }, value.length);
  }

  nextRow(): void {
    this.row++;
    this.rowText = String(this.row);
  }

  /** Data rows written so far. */
  get rows(): number {
    return this.row - 2;
  }

  build(): BuiltSheet {
    finish(this.ws, this.row - 2, this.letters.length - 1, this.row - 2, this.widths.map(fitWidth));
    return { name: this.name, ws: this.ws, rows: this.row - 2 };
  }
}

/** SheetJS's zip container (its bundled CFB library is typed `any`). */
interface Container {
  FullPaths: string[];
  FileIndex: { type: number; content: Uint8Array }[];
}

const VIEW = Buffer.from('<sheetView workbookViewId="0"/>');
const PANE = Buffer.from(
  '<sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView>',
);
const ROOT = /^Root Entry\//;

/**
 * Freezes the header row of every sheet of a workbook SheetJS wrote
 * uncompressed, and zips it again, compressed once. The sheet view comes
 * before the cells, so only the bytes around it are touched.
 */
function freezeHeaders(stored: Buffer): Buffer {
  const zip = XLSX.CFB.read(stored, { type: 'buffer' }) as Container;
  const files: ZipFile[] = [];
  zip.FullPaths.forEach((path, i) => {
    const entry = zip.FileIndex[i];
    const name = path.replace(ROOT, '');
    // Type 2 is a file; SheetJS's own marker entry starts with \u0001.
    if (entry?.type !== 2 || name.startsWith('\u0001')) return;
    let data = Buffer.from(entry.content.buffer, entry.content.byteOffset, entry.content.byteLength);
    const at = /^xl\/worksheets\/sheet\d+\.xml$/.test(name) ? data.indexOf(VIEW) : -1;
    if (at >= 0) data = Buffer.concat([data.subarray(0, at), PANE, data.subarray(at + VIEW.length)]);
    files.push({ name, data });
  });
  // The content types first, as Office writes them.
  files.sort((a, b) => Number(b.name === '[Content_Types].xml') - Number(a.name === '[Content_Types].xml'));
  return zipFiles(files);
}

const isBuilt = (sheet: Sheet | BuiltSheet): sheet is BuiltSheet => 'ws' in sheet;

/** Sheet names Excel accepts: at most 31 characters, none of : \ / ? * [ ]. */
export function sheetName(text: string): string {
  return (
    text
      .replace(/[:\\/?*[\]]/g, ' ')
      .trim()
      .slice(0, 31) || 'Sheet1'
  );
}

export function xlsxBytes(sheets: readonly (Sheet | BuiltSheet)[]): Buffer {
  const wb = XLSX.utils.book_new();
  for (const sheet of sheets) {
    XLSX.utils.book_append_sheet(wb, isBuilt(sheet) ? sheet.ws : worksheet(sheet), sheetName(sheet.name));
  }
  return freezeHeaders(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: false }) as Buffer);
}
