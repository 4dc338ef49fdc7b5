/**
 * A TanStack table as the user sees it, for an export: the visible columns in
 * their order (the column choice respected) and the rows after filters and
 * sorting. Cells carry their raw values (money in minor units, ratios as
 * ratios) and each column says how it is written, so the file computes and
 * sorts like the screen, without the screen's formatting baked into text.
 */

import type { Column, RowData, Table } from '@tanstack/react-table';
import type { ColumnKind, ShownColumn } from '../../../shared/reports';

export type ExportCell = string | number | null;

export interface ShownTable {
  columns: ShownColumn[];
  rows: ExportCell[][];
}

/** How a column goes into an export (its `meta.export`); false leaves it out (row actions, checkboxes). */
export interface ColumnExport<TData> {
  kind: ColumnKind;
  /** The header, when the column's own header is not plain text. */
  header?: string;
  /** The cell's value, when the accessor's (a sort key) is not what the file should hold. */
  value?(row: TData): ExportCell;
}

export function shownTable<T extends RowData>(table: Table<T>): ShownTable {
  const columns = table.getVisibleLeafColumns().filter((c) => headerOf(c) !== null);
  return {
    columns: columns.map((c) => ({ header: headerOf(c) ?? '', kind: specOf(c)?.kind ?? 'text' })),
    rows: table.getRowModel().rows.map((row) =>
      columns.map((c) => {
        const spec = specOf(c);
        return spec?.value ? spec.value(row.original) : plain(row.getValue(c.id));
      }),
    ),
  };
}

function specOf<T>(column: Column<T, unknown>): ColumnExport<T> | undefined {
  const spec = column.columnDef.meta?.export;
  return spec === false ? undefined : spec;
}

/** The column's header in the file, or null when it has none or is left out. */
function headerOf<T>(column: Column<T, unknown>): string | null {
  const spec = column.columnDef.meta?.export;
  if (spec === false) return null;
  if (spec?.header) return spec.header;
  const header = column.columnDef.header;
  return typeof header === 'string' ? header : null;
}

function plain(value: unknown): ExportCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  return String(value);
}
