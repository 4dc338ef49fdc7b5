/**
 * CSV as spreadsheets and finance systems read it: UTF-8 with a byte order
 * mark (Excel otherwise guesses a legacy code page), CRLF line ends, every
 * text field quoted and neutralised; numbers and amounts bare, amounts as
 * decimal text in major units ("123.45").
 */

import { minorToDecimal } from '../../../shared/money';
import { type Cell, isMoney, neutralise, type Sheet } from './table';

function field(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (isMoney(cell)) return minorToDecimal(cell.minor, cell.currency);
  return `"${neutralise(cell).replace(/"/g, '""')}"`;
}

export function csvText(sheet: Sheet): string {
  const lines = [
    sheet.columns.map((c) => field(c.header)),
    ...[...sheet.rows, ...(sheet.footer ?? [])].map((r) => r.map(field)),
  ];
  return `\ufeff${lines.map((l) => l.join(',')).join('\r\n')}\r\n`;
}

export function csvBytes(sheet: Sheet): Buffer {
  return Buffer.from(csvText(sheet), 'utf8');
}
