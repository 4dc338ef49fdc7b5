import type { OrderLineView } from '../../../../shared/orders';
import { count, money } from '../../format';

/** The order's line items as imported (unit price, quantity, line discount). */
export function OrderLines({ lines, currency }: { lines: OrderLineView[]; currency: string }) {
  return (
    <section aria-labelledby="order-lines">
      <h3 id="order-lines">Lines</h3>
      {lines.length === 0 ? (
        <p className="muted">The export listed no line items.</p>
      ) : (
        <div className="table-wrap">
          <table className="table table-compact" aria-label="Line items">
            <thead>
              <tr>
                <th scope="col">Item</th>
                <th scope="col" className="num">
                  Qty
                </th>
                <th scope="col" className="num">
                  Unit price
                </th>
                <th scope="col" className="num">
                  Discount
                </th>
              </tr>
            </thead>
            <tbody>
              {lines.map((l) => (
                <tr key={l.lineNo}>
                  <td className="wrap">
                    {l.name ?? '—'}
                    {l.sku ? <span className="muted mono"> {l.sku}</span> : null}
                  </td>
                  <td className="num">{count(l.quantity)}</td>
                  <td className="num">{money(l.unitPriceMinor, currency)}</td>
                  <td className="num">{l.discountMinor > 0 ? money(l.discountMinor, currency) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
