/**
 * Reports out: the client report workbook, and any table on screen written
 * as xlsx or csv with the columns and filters shown.
 */

/** The client report's sheets, in workbook order. */
export const REPORT_SHEETS = ['summary', 'creators', 'orders', 'content', 'payouts', 'method'] as const;
export type ReportSheet = (typeof REPORT_SHEETS)[number];

export const REPORT_SHEET_LABELS: Record<ReportSheet, string> = {
  summary: 'Summary',
  creators: 'Creators',
  orders: 'Orders',
  content: 'Content',
  payouts: 'Payouts',
  method: 'Method',
};

export const TABLE_FORMATS = ['xlsx', 'csv'] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];

/** A file an export wrote. */
export interface FileWritten {
  path: string;
  bytes: number;
  /** Data rows written (the biggest sheet's, for a report), headers and totals aside. */
  rows: number;
}

export interface ReportWritten extends FileWritten {
  /** Sheet names in the workbook, in order. */
  sheets: string[];
  /** Attributed orders on the Orders sheet (0 when it was left out). */
  orders: number;
  /** True when costs, fees, CAC, ROAS and payouts were left out for a client that must not see them. */
  costsLeftOut: boolean;
}

/**
 * How a column's cells are written: text; a plain number; money (integer minor
 * units in the table's currency); percent (a ratio, 0.125 = 12.5%); date
 * (ISO "2026-03-01" or a timestamp, written as a real date cell).
 */
export const COLUMN_KINDS = ['text', 'number', 'money', 'percent', 'date'] as const;
export type ColumnKind = (typeof COLUMN_KINDS)[number];

/** A column of a table on screen, as shown: its header and how its cells are written. */
export interface ShownColumn {
  header: string;
  kind: ColumnKind;
}

/** The Orders screen's columns an export can carry, in screen order. */
export const ORDER_EXPORT_COLUMNS = [
  'orderName',
  'orderDate',
  'creator',
  'code',
  'rule',
  'currency',
  'total',
  'revenue',
  'refunded',
  'standing',
  'newCustomer',
  'batch',
] as const;
export type OrderExportColumn = (typeof ORDER_EXPORT_COLUMNS)[number];
