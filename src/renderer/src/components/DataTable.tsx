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
import { HeaderCell } from './HeaderCell';

declare module '@tanstack/react-table' {
  // The generics must match TanStack's declaration for the interfaces to merge.
  interface ColumnMeta<TData extends RowData, TValue> {
    /** Right-aligned, tabular figures. */
    numeric?: boolean;
    /** Text that may wrap onto a second line when the table is narrow. */
    wrap?: boolean;
  }
}

interface DataTableProps<T> {
  label: string;
  data: T[];
  columns: ColumnDef<T>[];
  rowKey(row: T): string;
  isSelected?(row: T): boolean;
}

/** A sortable table; headers with a sort order are buttons, and aria-sort tells the current one. */
export function DataTable<T>({ label, data, columns, rowKey, isSelected }: DataTableProps<T>) {
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
  );
}

function cellClass(meta: ColumnMeta<unknown, unknown> | undefined): string | undefined {
  if (meta?.numeric) return 'num';
  return meta?.wrap ? 'wrap' : undefined;
}
