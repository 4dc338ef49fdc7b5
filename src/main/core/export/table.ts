/**
 * A table to export, independent of the file format: columns, rows of cells,
 * and footer rows (totals) kept out of the filter range. Amounts are integer
 * minor units with their currency; the writers turn them into decimal text
 * (CSV) or real number cells with a currency format (xlsx).
 */

export interface MoneyCell {
  minor: number;
  currency: string;
}

export type Cell = string | number | MoneyCell | null;

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
}

export const isMoney = (cell: Cell): cell is MoneyCell => typeof cell === 'object' && cell !== null;

/**
 * Text a spreadsheet would read as a formula (or a control character that
 * some read past to one) gets a leading apostrophe, so a payee reference like
 * "=HYPERLINK(...)" arrives as inert text (CSV injection, OWASP).
 */
const FORMULA_START = /^[=+\-@\t\r\n\0]/;

export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
