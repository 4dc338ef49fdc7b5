import {
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  type SortingState,
  useReactTable,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, type MouseEvent, useEffect, useMemo, useRef, useState } from 'react';
import type { Prospect } from '../../../../shared/sourcing';
import { revealRow, rowKeyTarget } from '../../components/grid-keys';
import { HeaderCell } from '../../components/HeaderCell';
import { count } from '../../format';
import { useSourcing } from '../../stores/sourcing';
import { type ProspectActions, plainCell, prospectColumns } from './prospect-columns';

/** Fixed, so the scroll height is known without measuring 2,000 rows. */
const ROW_HEIGHT = 36;
/** Columns with a cell of their own (buttons, badges); the rest are plain text with the full text on hover. */
const OWN_CELLS = new Set(['score', 'stage', 'followUp', 'actions']);

interface ProspectGridProps extends ProspectActions {
  prospects: Prospect[];
  /** Filled with the rows in the order shown, for actions that go by it (reviewer groups). */
  order: { current: Prospect[] };
}

/**
 * The pilot's prospects: a TanStack table sorted in memory, with only the
 * rows in view in the page (react-virtual). Checkboxes select, Shift-click
 * selects a range; in the list, arrows move, Space selects, Shift+arrows
 * extend, Enter shows the fit, Ctrl/Cmd+A selects every row shown.
 */
export function ProspectGrid({ prospects, order, onFit, onEdit, today }: ProspectGridProps) {
  const scroller = useRef<HTMLElement>(null);
  const { selected, select } = useSourcing();
  const [sorting, setSorting] = useState<SortingState>([{ id: 'score', desc: true }]);
  const [active, setActive] = useState(0);
  const anchor = useRef<number | null>(null);

  const columns = useMemo(() => prospectColumns({ onFit, onEdit, today }), [onFit, onEdit, today]);
  const table = useReactTable({
    data: prospects,
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getRowId: (p) => String(p.memberId),
    enableSortingRemoval: false,
  });
  const rows = table.getRowModel().rows;
  const total = rows.length;
  order.current = rows.map((r) => r.original);

  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();

  // A filter that shortens the list must not leave the active row past its end.
  useEffect(() => {
    if (active > total - 1) setActive(Math.max(0, total - 1));
  }, [active, total]);

  const shownIds = () => rows.map((r) => r.original.memberId);
  const allOn = total > 0 && rows.every((r) => selected.has(r.original.memberId));
  const someOn = !allOn && rows.some((r) => selected.has(r.original.memberId));

  /** Selects or clears one row; with Shift, every row from the last one clicked to this one. */
  function toggle(index: number, on: boolean, range: boolean) {
    const from = range && anchor.current !== null ? Math.min(anchor.current, index) : index;
    const to = range && anchor.current !== null ? Math.max(anchor.current, index) : index;
    select(
      rows.slice(from, to + 1).map((r) => r.original.memberId),
      on,
    );
    anchor.current = index;
    setActive(index);
  }

  function onKeyDown(event: KeyboardEvent) {
    if ((event.target as HTMLElement).closest('button, input') && event.key !== 'ArrowDown' && event.key !== 'ArrowUp')
      return;
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'a') {
      event.preventDefault();
      select(shownIds(), true);
      return;
    }
    const target = rowKeyTarget(event.key, active, total, scroller.current, ROW_HEIGHT);
    const current = rows[active]?.original;
    if (target !== undefined) {
      event.preventDefault();
      const next = Math.max(0, Math.min(total - 1, target));
      if (event.shiftKey) {
        // Shift+arrows grow the selection from where it started, keeping that start.
        const start = anchor.current ?? active;
        select(
          rows.slice(Math.min(start, next), Math.max(start, next) + 1).map((r) => r.original.memberId),
          true,
        );
        anchor.current = start;
      }
      setActive(next);
      revealRow(scroller.current, next, ROW_HEIGHT);
    } else if (event.key === ' ' && current) {
      event.preventDefault();
      toggle(active, !selected.has(current.memberId), event.shiftKey);
    } else if (event.key === 'Enter' && current) {
      event.preventDefault();
      onFit(current);
    }
  }

  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  const visible = table.getVisibleLeafColumns();
  const current = rows[active]?.original;
  return (
    <section
      ref={scroller}
      className="prospect-scroller"
      aria-label="Prospects (arrow keys move, Space selects, Enter shows the fit)"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling list must take focus to be read and moved by keyboard
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      <p className="visually-hidden" aria-live="polite">
        {current ? `Row ${active + 1} of ${total}: ${current.profile.name}, fit ${current.fit.score}` : ''}
      </p>
      <table className="table prospect-grid" aria-label="Prospects" aria-rowcount={total + 1}>
        <colgroup>
          {visible.map((c) => (
            <col key={c.id} style={{ width: c.getSize() }} />
          ))}
        </colgroup>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) =>
                header.column.id === 'select' ? (
                  <th key={header.id} scope="col" className="select-cell">
                    <input
                      type="checkbox"
                      aria-label={`Select all ${count(total)} shown`}
                      checked={allOn}
                      ref={(el) => {
                        if (el) el.indeterminate = someOn;
                      }}
                      onChange={(e) => select(shownIds(), e.target.checked)}
                    />
                  </th>
                ) : (
                  <HeaderCell key={header.id} header={header} sortable={header.column.getCanSort()} />
                ),
              )}
            </tr>
          ))}
        </thead>
        <tbody>
          {top > 0 ? (
            <tr className="spacer-row">
              <td colSpan={visible.length} style={{ height: top }} />
            </tr>
          ) : null}
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            const p = row.original;
            const on = selected.has(p.memberId);
            return (
              <tr
                key={row.id}
                aria-rowindex={item.index + 2}
                aria-selected={on}
                aria-current={item.index === active ? 'true' : undefined}
                className={on ? 'chosen' : undefined}
                style={{ height: ROW_HEIGHT }}
                onClick={() => setActive(item.index)}
              >
                {row.getVisibleCells().map((cell) => {
                  const id = cell.column.id;
                  if (id === 'select') {
                    return (
                      <td key={cell.id} className="select-cell">
                        <input
                          type="checkbox"
                          aria-label={`Select ${p.profile.name}`}
                          checked={on}
                          onClick={(e: MouseEvent<HTMLInputElement>) => {
                            e.stopPropagation();
                            toggle(item.index, e.currentTarget.checked, e.shiftKey);
                          }}
                          onChange={() => {}}
                        />
                      </td>
                    );
                  }
                  const numeric = cell.column.columnDef.meta?.numeric;
                  if (OWN_CELLS.has(id)) {
                    return (
                      <td key={cell.id} className={numeric ? 'num' : undefined}>
                        {flexRender(cell.column.columnDef.cell, cell.getContext())}
                      </td>
                    );
                  }
                  const text = plainCell(p, id);
                  return (
                    <td key={cell.id} className={numeric ? 'num' : undefined} title={text}>
                      {text}
                    </td>
                  );
                })}
              </tr>
            );
          })}
          {bottom > 0 ? (
            <tr className="spacer-row">
              <td colSpan={visible.length} style={{ height: bottom }} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </section>
  );
}
