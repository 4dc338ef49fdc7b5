/**
 * A table to export, independent of the file format: columns, rows of cells,
 * and footer rows (totals) kept out of the filter range. Amounts are integer
 * minor units with their currency; percentages are ratios; dates are ISO text.
 * The writers turn them into text (CSV: "123.45", "12.5%", "2026-03-01") or
 * real number cells with a currency, percent or date format (xlsx).
 */

export interface MoneyCell {
  minor: number;
  currency: string;
}

/** A ratio shown as a percentage: 0.125 is 12.5 %. */
export interface PercentCell {
  ratio: number;
}

/** A calendar date ("2026-03-01") or a timestamp ("2026-03-01T10:00:00.000Z"). */
export interface DateCell {
  date: string;
}

/** A plain number with a number format of its own in xlsx ("0.00\"x\"" for ROAS); bare in CSV. */
export interface FormattedNumber {
  value: number;
  format: string;
}

export type Cell = string | number | MoneyCell | PercentCell | DateCell | FormattedNumber | null;

export interface Column {
  header: string;
  /** Width in characters; left out, it is fitted to the content. */
  width?: number;
}

export interface Sheet {
  name: string;
  columns: Column[];
  rows: Cell[][];
  /** Rows after the data (totals), outside the filter. */
  footer?: Cell[][];
  /** False for a label/value layout (a summary): no autofilter; the first row is still frozen. */
  filter?: boolean;
}

export const isMoney = (cell: Cell): cell is MoneyCell => typeof cell === 'object' && cell !== null && 'minor' in cell;
export const isPercent = (cell: Cell): cell is PercentCell =>
  typeof cell === 'object' && cell !== null && 'ratio' in cell;
export const isDate = (cell: Cell): cell is DateCell => typeof cell === 'object' && cell !== null && 'date' in cell;
export const isFormatted = (cell: Cell): cell is FormattedNumber =>
  typeof cell === 'object' && cell !== null && 'format' in cell;

/** "12.5%": the ratio as a percentage, without float noise (0.0312 -> "3.12%"). */
export function percentText(ratio: number): string {
  return `${Number((ratio * 100).toFixed(6))}%`;
}

/**
 * Text a spreadsheet would read as a formula (or a control character that
 * some read past to one) gets a leading apostrophe, so a payee reference like
 * "=HYPERLINK(...)" arrives as inert text (CSV injection, OWASP).
 */
const FORMULA_START = /^[=+\-@\t\r\n\0]/;

export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
