import {
  type ColumnFiltersState,
  flexRender,
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  type SortingState,
  useReactTable,
} from '@tanstack/react-table';
import { type KeyboardEvent, useMemo, useRef, useState } from 'react';
import { type CreatorResult, FIGURE_INFO } from '../../../../shared/results';
import { request } from '../../api/client';
import { ExportTableButton } from '../../components/ExportTableButton';
import { HeaderCell } from '../../components/HeaderCell';
import { shownTable } from '../../components/shown-table';
import { count } from '../../format';
import { useResults } from '../../stores/results';
import { ColumnChooser } from './ColumnChooser';
import { formatFigure } from './figures';
import { ResultsFilters } from './ResultsFilters';
import { DEFAULT_COLUMNS, isFigureColumn, RESULT_COLUMNS } from './result-columns';

interface CreatorResultsTableProps {
  creators: CreatorResult[];
  currency: string;
  /** Names the exported file. */
  pilotName: string;
}

const MOVES: Record<string, [number, number]> = {
  ArrowDown: [1, 0],
  ArrowUp: [-1, 0],
  ArrowRight: [0, 1],
  ArrowLeft: [0, -1],
};

/**
 * Every creator's figures and verdict. Sorting, the text and verdict filters
 * and the column choice are TanStack's; each figure is a button that opens
 * what it is made of. One figure takes Tab at a time and the arrow keys move
 * between them, so the table is one stop on the way through the page.
 */
export function CreatorResultsTable({ creators, currency, pilotName }: CreatorResultsTableProps) {
  const { columns, setColumns, search, verdict, explain } = useResults();
  const [sorting, setSorting] = useState<SortingState>([]);
  const [active, setActive] = useState({ row: 0, col: 0 });
  const body = useRef<HTMLTableSectionElement>(null);
  const columnFilters = useMemo<ColumnFiltersState>(
    () => (verdict ? [{ id: 'verdict', value: verdict }] : []),
    [verdict],
  );

  const table = useReactTable({
    data: creators,
    columns: RESULT_COLUMNS,
    state: { sorting, columnVisibility: columns ?? DEFAULT_COLUMNS, globalFilter: search, columnFilters },
    onSortingChange: setSorting,
    onColumnVisibilityChange: (updater) =>
      setColumns(typeof updater === 'function' ? updater(columns ?? DEFAULT_COLUMNS) : updater),
    globalFilterFn: (row, _column, text: string) => matches(row.original, text),
    getColumnCanGlobalFilter: () => true,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    getRowId: (c) => String(c.id),
  });

  const rows = table.getRowModel().rows;
  const figureColumns = table.getVisibleLeafColumns().filter((c) => isFigureColumn(c.id));
  // Rows and columns come and go with filters and the column choice; the active figure stays inside them.
  const current = {
    row: Math.min(active.row, Math.max(0, rows.length - 1)),
    col: Math.min(active.col, Math.max(0, figureColumns.length - 1)),
  };

  function onKeyDown(event: KeyboardEvent) {
    const move = MOVES[event.key];
    let next: { row: number; col: number } | null = null;
    if (move) next = { row: current.row + move[0], col: current.col + move[1] };
    else if (event.key === 'Home') next = { row: event.ctrlKey ? 0 : current.row, col: 0 };
    else if (event.key === 'End')
      next = { row: event.ctrlKey ? rows.length - 1 : current.row, col: figureColumns.length - 1 };
    if (!next) return;
    event.preventDefault();
    const row = Math.max(0, Math.min(rows.length - 1, next.row));
    const col = Math.max(0, Math.min(figureColumns.length - 1, next.col));
    setActive({ row, col });
    body.current?.querySelector<HTMLElement>(`[data-cell="${row}:${col}"]`)?.focus();
  }

  return (
    <section className="section" aria-labelledby="result-creators-title">
      <div className="result-table-head">
        <h2 id="result-creators-title">Creators</h2>
        <ResultsFilters />
        <ColumnChooser table={table} onReset={() => setColumns(DEFAULT_COLUMNS)} />
        <ExportTableButton
          what="results per creator"
          write={(format, path) =>
            request('tables.export', {
              title: `Results — ${pilotName}`,
              format,
              currency,
              ...shownTable(table),
              ...(path ? { path } : {}),
            })
          }
        />
      </div>
      <p className="muted" role="status">
        {rows.length === creators.length
          ? `${count(creators.length)} ${creators.length === 1 ? 'creator' : 'creators'}`
          : `${count(rows.length)} of ${count(creators.length)} creators match the filters`}
      </p>
      <div className="table-wrap">
        <table className="table result-table" aria-label="Results per creator">
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => (
                  <HeaderCell key={header.id} header={header} sortable={header.column.getCanSort()} />
                ))}
              </tr>
            ))}
          </thead>
          <tbody ref={body} onKeyDown={onKeyDown}>
            {rows.map((row, r) => (
              <tr key={row.id}>
                {row.getVisibleCells().map((cell) => {
                  const id = cell.column.id;
                  if (!isFigureColumn(id)) {
                    return (
                      <td key={cell.id} className={id === 'name' ? 'result-name' : undefined}>
                        {flexRender(cell.column.columnDef.cell, cell.getContext())}
                      </td>
                    );
                  }
                  const c = row.original;
                  const col = figureColumns.findIndex((f) => f.id === id);
                  const value = c[id];
                  const text = formatFigure(id, value, currency);
                  const why = value === null ? c.reasons[id] : undefined;
                  return (
                    <td key={cell.id} className="num">
                      <button
                        type="button"
                        className="figure-button"
                        data-cell={`${r}:${col}`}
                        tabIndex={r === current.row && col === current.col ? 0 : -1}
                        title={why ?? `${FIGURE_INFO[id].label}: ${text}. Show what it is made of`}
                        aria-label={`${c.name}, ${FIGURE_INFO[id].label}: ${text}${why ? ` (${why})` : ''}`}
                        onFocus={() => setActive({ row: r, col })}
                        onClick={() => explain({ figure: id, creatorId: c.id })}
                      >
                        {text}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function matches(c: CreatorResult, text: string): boolean {
  const needle = text.trim().toLowerCase().replace(/^@/, '');
  if (needle === '') return true;
  return [c.name, c.handle, c.code].some((v) => v?.toLowerCase().includes(needle));
}
