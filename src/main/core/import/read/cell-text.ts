/**
 * A spreadsheet cell as the text it holds, so sheets and CSV files reach the
 * importer alike: ids stay digits ("007", 12133307351371 never "1.21E+13"),
 * dates become ISO text from the serial (no time zone involved), and parsing
 * amounts and dates is left to the importer.
 */

import * as XLSX from 'xlsx';

export interface SheetCell {
  t: string;
  v?: unknown;
  /** Number format, present when read with cellNF. */
  z?: unknown;
}

export function cellText(cell: SheetCell | undefined, date1904: boolean): string {
  if (!cell) return '';
  switch (cell.t) {
    case 's':
    case 'str':
      return typeof cell.v === 'string' ? cell.v : String(cell.v ?? '');
    case 'n':
      return typeof cell.v === 'number' ? numberText(cell.v, cell.z, date1904) : '';
    case 'b':
      return cell.v ? 'TRUE' : 'FALSE';
    case 'd':
      return cell.v instanceof Date ? jsDateText(cell.v) : String(cell.v ?? '');
    default:
      // 'e' (an error such as #N/A) and 'z' (a stub) hold no value.
      return '';
  }
}

function numberText(v: number, format: unknown, date1904: boolean): string {
  if (typeof format === 'string' && v >= 0 && XLSX.SSF.is_date(format)) {
    const date = serialText(v, date1904);
    if (date) return date;
  }
  return plainNumber(v);
}

interface DateCode {
  y: number;
  m: number;
  d: number;
}

/**
 * "YYYY-MM-DD", "YYYY-MM-DD HH:MM:SS", or "HH:MM:SS" for a bare time (a
 * serial under 1). Seconds are rounded, so 0.99999999 of a day is the next
 * midnight rather than 23:59:59.
 */
function serialText(serial: number, date1904: boolean): string | null {
  let days = Math.floor(serial);
  let seconds = Math.round((serial - days) * 86400);
  if (seconds === 86400) {
    days++;
    seconds = 0;
  }
  const time = `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
  if (days === 0 && !date1904) return time;
  const code = XLSX.SSF.parse_date_code(days, { date1904 }) as DateCode | null;
  if (!code || code.y < 1) return null;
  const date = `${String(code.y).padStart(4, '0')}-${pad(code.m)}-${pad(code.d)}`;
  return seconds === 0 ? date : `${date} ${time}`;
}

function jsDateText(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const seconds = d.getUTCHours() * 3600 + d.getUTCMinutes() * 60 + d.getUTCSeconds();
  return seconds === 0 ? date : `${date} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Whole numbers in full digits, others as the shortest text of their value
 * at 15 significant digits (what Excel shows), never with an exponent.
 */
export function plainNumber(v: number): string {
  if (!Number.isFinite(v)) return '';
  if (Number.isInteger(v)) return Math.abs(v) < 1e21 ? String(v) : BigInt(v).toString();
  const short = String(Number(v.toPrecision(15)));
  return short.includes('e') ? expand(short) : short;
}

/** "1.5e-7" -> "0.00000015": exponent notation written out. */
function expand(text: string): string {
  const [mantissa = '', exponentText = '0'] = text.split('e');
  const negative = mantissa.startsWith('-');
  const [whole = '', fraction = ''] = mantissa.replace('-', '').split('.');
  const digits = whole + fraction;
  const point = whole.length + Number(exponentText);
  const body =
    point <= 0
      ? `0.${'0'.repeat(-point)}${digits}`
      : point >= digits.length
        ? digits + '0'.repeat(point - digits.length)
        : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return (negative ? '-' : '') + body;
}
