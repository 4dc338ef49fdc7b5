import {
  type ColumnDef,
  type ColumnMeta,
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  type RowData,
  type SortingState,
  useReactTable,
} from '@tanstack/react-table';
import { useState } from 'react';
import { request } from '../api/client';
import { ExportTableButton } from './ExportTableButton';
import { HeaderCell } from './HeaderCell';
import { type ColumnExport, shownTable } from './shown-table';

declare module '@tanstack/react-table' {
  // The generics must match TanStack's declaration for the interfaces to merge.
  interface ColumnMeta<TData extends RowData, TValue> {
    /** Right-aligned, tabular figures. */
    numeric?: boolean;
    /** Text that may wrap onto a second line when the table is narrow. */
    wrap?: boolean;
    /** How the column goes into a table export; false leaves it out. */
    export?: ColumnExport<TData> | false;
  }
}

interface DataTableProps<T> {
  label: string;
  data: T[];
  columns: ColumnDef<T>[];
  rowKey(row: T): string;
  isSelected?(row: T): boolean;
  /** Offers "Export table" with the columns and order shown: the file's title, and the currency of money columns. */
  exportAs?: { title: string; currency?: string };
}

/** A sortable table; headers with a sort order are buttons, and aria-sort tells the current one. */
export function DataTable<T>({ label, data, columns, rowKey, isSelected, exportAs }: DataTableProps<T>) {
  const [sorting, setSorting] = useState<SortingState>([]);
  const table = useReactTable({
    data,
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getRowId: (row) => rowKey(row),
  });

  return (
    <>
      {exportAs ? (
        <div className="table-tools">
          <ExportTableButton
            what={label}
            write={(format, path) =>
              request('tables.export', {
                title: exportAs.title,
                format,
                ...shownTable(table),
                ...(exportAs.currency ? { currency: exportAs.currency } : {}),
                ...(path ? { path } : {}),
              })
            }
          />
        </div>
      ) : null}
      <div className="table-wrap">
        <table className="table" aria-label={label}>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => (
                  <HeaderCell key={header.id} header={header} sortable={header.column.getCanSort()} />
                ))}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id} aria-current={isSelected?.(row.original) ? 'true' : undefined}>
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} className={cellClass(cell.column.columnDef.meta)}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function cellClass(meta: ColumnMeta<unknown, unknown> | undefined): string | undefined {
  if (meta?.numeric) return 'num';
  return meta?.wrap ? 'wrap' : undefined;
}
