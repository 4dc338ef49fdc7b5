import { flexRender, getCoreRowModel, type SortingState, useReactTable } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { revealRow, rowKeyTarget } from '../../components/grid-keys';
import { HeaderCell } from '../../components/HeaderCell';
import { useOrders } from '../../stores/orders';
import { isSortKey, ORDER_COLUMNS, SORTABLE, type WindowRow } from './order-columns';
import type { OrderPages } from './use-order-pages';

/** Fixed, so the scroll height is known without measuring 200k rows. */
const ROW_HEIGHT = 34;

interface OrdersGridProps {
  pages: OrderPages;
  total: number;
}

/**
 * The orders list: a TanStack Table over only the rows in view (react-virtual),
 * fed page by page from the core. Arrow keys move the selection, Enter or a
 * click opens the order; sorting is done by the core.
 */
export function OrdersGrid({ pages, total }: OrdersGridProps) {
  const scroller = useRef<HTMLElement>(null);
  const { sort, setSort, openOrderId, openOrder } = useOrders();
  const [active, setActive] = useState(0);

  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  const { ensure } = pages;
  useEffect(() => {
    ensure(first, last);
  }, [ensure, first, last]);

  const data: WindowRow[] = items.map((v) => ({ index: v.index, order: pages.rowAt(v.index) }));
  const sorting: SortingState = [{ id: sort.key, desc: sort.descending }];
  const table = useReactTable({
    data,
    columns: ORDER_COLUMNS,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => String(row.index),
    manualSorting: true,
    enableSortingRemoval: false,
    // The rows are a new window on every scroll: nothing in the table may reset itself in answer (that loops).
    autoResetAll: false,
    state: { sorting },
    onSortingChange: (updater) => {
      const next = (typeof updater === 'function' ? updater(sorting) : updater)[0];
      if (next && isSortKey(next.id)) setSort(next.id, next.desc);
    },
  });

  function moveTo(index: number) {
    const next = Math.max(0, Math.min(total - 1, index));
    setActive(next);
    revealRow(scroller.current, next, ROW_HEIGHT);
    // With the panel open, it follows the selection.
    const order = pages.rowAt(next);
    if (openOrderId !== null && order) openOrder(order.id);
  }

  function onKeyDown(event: KeyboardEvent) {
    const target = rowKeyTarget(event.key, active, total, scroller.current, ROW_HEIGHT);
    if (target !== undefined) {
      event.preventDefault();
      moveTo(target);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const order = pages.rowAt(active);
      if (order) openOrder(order.id);
    }
  }

  const width = table.getTotalSize();
  const columns = table.getVisibleLeafColumns().length;
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  const current = pages.rowAt(active);
  return (
    <section
      ref={scroller}
      className="orders-scroller"
      aria-label="Orders list (arrow keys move, Enter opens)"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling list must take focus to be read and moved by keyboard
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      <p className="visually-hidden" aria-live="polite">
        {current ? `Row ${active + 1} of ${total}: ${current.orderName ?? current.externalId}` : ''}
      </p>
      <table className="table orders-grid" aria-label="Orders" aria-rowcount={total + 1} style={{ width }}>
        <colgroup>
          {table.getVisibleLeafColumns().map((c) => (
            <col key={c.id} style={{ width: c.getSize() }} />
          ))}
        </colgroup>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => (
                <HeaderCell key={header.id} header={header} sortable={SORTABLE.has(header.column.id)} />
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {top > 0 ? (
            <tr className="spacer-row">
              <td colSpan={columns} style={{ height: top }} />
            </tr>
          ) : null}
          {table.getRowModel().rows.map((row) => {
            const { index, order } = row.original;
            return (
              <tr
                key={row.id}
                aria-rowindex={index + 2}
                aria-current={index === active ? 'true' : undefined}
                className={order ? (order.id === openOrderId ? 'open' : undefined) : 'loading-row'}
                style={{ height: ROW_HEIGHT }}
                onClick={() => {
                  setActive(index);
                  scroller.current?.focus({ preventScroll: true });
                  if (order) openOrder(order.id);
                }}
              >
                {row.getVisibleCells().map((cell) => {
                  if (cell.column.id === 'flag') {
                    return (
                      <td key={cell.id} className="flag-cell">
                        {flexRender(cell.column.columnDef.cell, cell.getContext())}
                      </td>
                    );
                  }
                  const text = String(cell.getValue() ?? '');
                  // The full text on hover: fixed-width cells cut long codes and names short.
                  return (
                    <td key={cell.id} className={cell.column.columnDef.meta?.numeric ? 'num' : undefined} title={text}>
                      {text}
                    </td>
                  );
                })}
              </tr>
            );
          })}
          {bottom > 0 ? (
            <tr className="spacer-row">
              <td colSpan={columns} style={{ height: bottom }} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </section>
  );
}
