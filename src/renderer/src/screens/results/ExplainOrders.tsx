import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { FigureExplanation } from '../../../../shared/results';
import { count, date, money } from '../../format';

type ExplainedOrder = FigureExplanation['orders'][number];

/** Fixed, so a few thousand orders scroll without measuring each row. */
const ROW_HEIGHT = 32;

interface ExplainOrdersProps {
  orders: ExplainedOrder[];
  /** How many orders are behind the figure; the core lists only the first few thousand. */
  total: number;
  currency: string;
  onOpen(order: ExplainedOrder): void;
}

/** The orders behind a figure, only the rows in view rendered; each name opens the order on the Orders screen. */
export function ExplainOrders({ orders, total: behind, currency, onOpen }: ExplainOrdersProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: orders.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  const total = orders.reduce((sum, o) => sum + o.contributionMinor, 0);
  const newCustomers = orders.filter((o) => o.newCustomer).length;

  return (
    <section className="explain-orders" aria-labelledby="explain-orders-title">
      <h3 id="explain-orders-title">Orders behind it</h3>
      <p className="muted">
        {behind === 1 ? '1 order' : `${count(behind)} orders`}
        {behind > orders.length ? ` (the first ${count(orders.length)} listed)` : ''}, contributing{' '}
        {money(total, currency)}; {count(newCustomers)} from new customers.
      </p>
      <div ref={scroller} className="explain-orders-scroller">
        <table
          className="table table-compact explain-orders-table"
          aria-label="Orders behind the figure"
          aria-rowcount={orders.length + 1}
        >
          <thead>
            <tr aria-rowindex={1}>
              <th scope="col">Order</th>
              <th scope="col">Date</th>
              <th scope="col" className="num">
                Revenue
              </th>
              <th scope="col" className="num">
                Contribution
              </th>
              <th scope="col">New customer</th>
              <th scope="col">Note</th>
            </tr>
          </thead>
          <tbody>
            {top > 0 ? (
              <tr className="spacer-row">
                <td colSpan={6} style={{ height: top }} />
              </tr>
            ) : null}
            {items.map((item) => {
              const o = orders[item.index];
              if (!o) return null;
              return (
                <tr key={o.id} aria-rowindex={item.index + 2} style={{ height: ROW_HEIGHT }}>
                  <td>
                    <button type="button" className="button link" onClick={() => onOpen(o)}>
                      {o.orderName ?? o.externalId}
                    </button>
                  </td>
                  <td>{date(o.orderDate)}</td>
                  <td className="num">{money(o.revenueMinor, o.currency)}</td>
                  <td className="num">{money(o.contributionMinor, currency)}</td>
                  <td>{o.newCustomer ? 'Yes' : '—'}</td>
                  <td className="explain-note" title={o.note}>
                    {o.note || '—'}
                  </td>
                </tr>
              );
            })}
            {bottom > 0 ? (
              <tr className="spacer-row">
                <td colSpan={6} style={{ height: bottom }} />
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
    </section>
  );
}
