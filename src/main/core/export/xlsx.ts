/**
 * xlsx through SheetJS: real number cells for amounts with a currency number
 * format, text cells for text (neutralised like CSV, for the files copied on
 * into CSV), a frozen header row with an autofilter, and column widths fitted
 * to the content. SheetJS's community build does not write frozen panes, so
 * the pane is added to each sheet's XML in the written zip.
 */

import * as XLSX from 'xlsx';
import { currencyExponent, minorToDecimal } from '../../../shared/money';
import { type Cell, isMoney, neutralise, type Sheet } from './table';

const MIN_WIDTH = 8;
const MAX_WIDTH = 50;

/** "#,##0.00 "USD"": the amount as a number, the currency beside it. */
export function moneyFormat(currency: string): string {
  const exp = currencyExponent(currency);
  const code = currency.replace(/[^A-Z]/g, '');
  return `#,##0${exp > 0 ? `.${'0'.repeat(exp)}` : ''} "${code}"`;
}

function toCell(cell: Cell): XLSX.CellObject | null {
  if (cell === null) return null;
  if (typeof cell === 'number') return { t: 'n', v: cell };
  // The decimal text read as a number: the nearest double to the exact amount.
  if (isMoney(cell))
    return { t: 'n', v: Number(minorToDecimal(cell.minor, cell.currency)), z: moneyFormat(cell.currency) };
  return { t: 's', v: neutralise(cell) };
}

function shownLength(cell: Cell): number {
  if (cell === null) return 0;
  if (isMoney(cell)) return minorToDecimal(cell.minor, cell.currency).length + 6;
  return String(cell).length;
}

function worksheet(sheet: Sheet): XLSX.WorkSheet {
  const ws: XLSX.WorkSheet = {};
  const all = [sheet.columns.map((c) => c.header as Cell), ...sheet.rows, ...(sheet.footer ?? [])];
  all.forEach((row, r) => {
    row.forEach((value, c) => {
      const cell = toCell(value);
      if (cell) ws[XLSX.utils.encode_cell({ r, c })] = cell;
    });
  });
  const lastCol = Math.max(0, sheet.columns.length - 1);
  ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(0, all.length - 1), c: lastCol } });
  ws['!autofilter'] = {
    ref: XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: sheet.rows.length, c: lastCol } }),
  };
  ws['!cols'] = sheet.columns.map((col, c) => {
    // A loop, not Math.max(...rows): a 100k-row table export would overflow the argument list.
    let fitted = 0;
    for (const row of all) fitted = Math.max(fitted, shownLength(row[c] ?? null) + 2);
    return { wch: col.width ?? Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, fitted)) };
  });
  return ws;
}

/** SheetJS's zip container (its bundled CFB library is typed `any`). */
interface Container {
  FullPaths: string[];
  FileIndex: { content: Uint8Array | Buffer }[];
}

const PANE =
  '<sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView>';

/** Freezes the header row of every sheet in a written workbook. */
function freezeHeaders(bytes: Buffer): Buffer {
  const zip = XLSX.CFB.read(bytes, { type: 'buffer' }) as Container;
  zip.FullPaths.forEach((path, i) => {
    const entry = zip.FileIndex[i];
    if (!entry || !/xl\/worksheets\/sheet\d+\.xml$/.test(path)) return;
    const xml = Buffer.from(entry.content).toString('utf8');
    entry.content = Buffer.from(xml.replace(/<sheetView workbookViewId="0"\s*\/>/, PANE), 'utf8');
  });
  return XLSX.CFB.write(zip, { fileType: 'zip', type: 'buffer', compression: true }) as Buffer;
}

export function xlsxBytes(sheets: readonly Sheet[]): Buffer {
  const wb = XLSX.utils.book_new();
  for (const sheet of sheets) XLSX.utils.book_append_sheet(wb, worksheet(sheet), sheet.name.slice(0, 31));
  return freezeHeaders(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer);
}
