import { useEffect, useState } from 'react';
import { type OrderDetail, STANDING_LABELS } from '../../../../shared/orders';
import { request } from '../../api/client';
import { FormAlert } from '../../components/FormAlert';
import { date, money } from '../../format';
import { useOrders } from '../../stores/orders';
import { OrderAttributions } from './OrderAttributions';
import { OrderLines } from './OrderLines';

/** One order in full beside the list: money, lines, tracking, its import, and why it counts for whom. */
export function OrderPanel({ orderId }: { orderId: number }) {
  const { openOrder, version } = useOrders();
  const [order, setOrder] = useState<OrderDetail | null>(null);
  const [error, setError] = useState<string | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: version reloads the order after an import or undo
  useEffect(() => {
    let live = true;
    request('orders.get', { id: orderId })
      .then((o) => {
        if (live) setOrder(o);
      })
      .catch((err: Error) => {
        if (live) setError(err.message);
      });
    return () => {
      live = false;
    };
  }, [orderId, version]);

  const title = order && order.id === orderId ? (order.orderName ?? order.externalId) : 'Order';
  const shown = order?.id === orderId ? order : null;
  return (
    <aside
      className="order-panel"
      aria-label={`Order ${title}`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') openOrder(null);
      }}
    >
      <div className="order-panel-head">
        <h2>{title}</h2>
        <button type="button" className="button small" aria-label="Close order" onClick={() => openOrder(null)}>
          ✕
        </button>
      </div>
      <FormAlert message={error} />
      {shown ? <OrderBody order={shown} /> : <p className="muted">Loading…</p>}
    </aside>
  );
}

function OrderBody({ order }: { order: OrderDetail }) {
  const m = (minor: number) => money(minor, order.currency);
  const utm = [
    ['Source', order.utm.source],
    ['Medium', order.utm.medium],
    ['Campaign', order.utm.campaign],
    ['Content', order.utm.content],
  ].filter((pair): pair is [string, string] => pair[1] !== null);
  return (
    <div className="order-panel-body">
      <p>
        {date(order.orderDate)} ·{' '}
        <span className={order.standing === 'counts' ? 'badge live' : 'badge'}>{STANDING_LABELS[order.standing]}</span>
        {order.cancelledAt ? <span className="muted"> · cancelled {order.cancelledAt}</span> : null}
      </p>
      <OrderAttributions attributions={order.attributions} />
      <section aria-labelledby="order-money">
        <h3 id="order-money">Money</h3>
        <dl className="facts">
          <dt>Subtotal</dt>
          <dd>{m(order.subtotalMinor)}</dd>
          <dt>Discount</dt>
          <dd>{m(order.discountMinor)}</dd>
          <dt>Shipping</dt>
          <dd>{m(order.shippingMinor)}</dd>
          <dt>Taxes</dt>
          <dd>{m(order.taxMinor)}</dd>
          <dt>Total</dt>
          <dd>{m(order.totalMinor)}</dd>
          <dt>Refunded</dt>
          <dd>{m(order.refundedMinor)}</dd>
          <dt>Revenue</dt>
          <dd>
            <strong>{m(order.revenueMinor)}</strong> <span className="muted">(subtotal minus refunds)</span>
          </dd>
          <dt>Codes</dt>
          <dd className="mono">{order.codes.length > 0 ? order.codes.join(', ') : '—'}</dd>
          <dt>Payment</dt>
          <dd>{order.financialStatus || '—'}</dd>
        </dl>
      </section>
      <OrderLines lines={order.lines} currency={order.currency} />
      <section aria-labelledby="order-tracking">
        <h3 id="order-tracking">Tracking</h3>
        <dl className="facts">
          {utm.map(([label, value]) => (
            <div className="facts-row" key={label}>
              <dt>UTM {label.toLowerCase()}</dt>
              <dd>{value}</dd>
            </div>
          ))}
          <dt>Landing page</dt>
          <dd>{order.landingUrl ?? '—'}</dd>
          <dt>Region</dt>
          <dd>{order.region ?? '—'}</dd>
        </dl>
        {utm.length === 0 ? <p className="muted">No UTM values on this order.</p> : null}
      </section>
      <section aria-labelledby="order-import">
        <h3 id="order-import">Import</h3>
        <dl className="facts">
          <dt>File</dt>
          <dd>{order.batchFileName}</dd>
          <dt>Source</dt>
          <dd>{order.source}</dd>
          <dt>Order id</dt>
          <dd className="mono">{order.externalId}</dd>
          {order.createdAtText ? (
            <>
              <dt>Date as written</dt>
              <dd className="mono">{order.createdAtText}</dd>
            </>
          ) : null}
        </dl>
      </section>
    </div>
  );
}
