/**
 * CSV as spreadsheets and finance systems read it: UTF-8 with a byte order
 * mark (Excel otherwise guesses a legacy code page), CRLF line ends, every
 * text field quoted and neutralised; numbers and amounts bare, amounts as
 * decimal text in major units ("123.45"); percentages ("12.5%") and dates
 * ("2026-03-01") as quoted text.
 */

import { minorToDecimal } from '../../../shared/money';
import { type Cell, isDate, isFormatted, isMoney, isPercent, neutralise, percentText, type Sheet } from './table';

const quoted = (text: string) => `"${neutralise(text).replace(/"/g, '""')}"`;

function field(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'string') return quoted(cell);
  if (isMoney(cell)) return minorToDecimal(cell.minor, cell.currency);
  if (isPercent(cell)) return Number.isFinite(cell.ratio) ? quoted(percentText(cell.ratio)) : '';
  if (isDate(cell)) return quoted(cell.date);
  if (isFormatted(cell)) return Number.isFinite(cell.value) ? String(cell.value) : '';
  return '';
}

/** One CSV line (without its line end). */
export function csvLine(cells: readonly Cell[]): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) line += (i ? ',' : '') + field(cells[i] ?? null);
  return line;
}

/** Lines (from csvLine) as a file: the byte order mark, CRLF after every line. */
export function csvDocument(lines: readonly string[]): string {
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

export function csvText(sheet: Sheet): string {
  const lines = [csvLine(sheet.columns.map((c) => c.header))];
  for (const row of sheet.rows) lines.push(csvLine(row));
  for (const row of sheet.footer ?? []) lines.push(csvLine(row));
  return csvDocument(lines);
}

export function csvBytes(sheet: Sheet): Buffer {
  return Buffer.from(csvText(sheet), 'utf8');
}
