import { BUCKET_LABELS, type PreviewOrder } from '../../../../shared/imports';
import { count, date, money } from '../../format';

/** The first orders as they will be stored, with the bucket each goes to. */
export function SampleOrders({ sample }: { sample: PreviewOrder[] }) {
  if (sample.length === 0) return null;
  return (
    <div className="table-wrap">
      <table className="table" aria-label="First orders as they will be stored">
        <thead>
          <tr>
            <th scope="col" className="num">
              Row
            </th>
            <th scope="col">Order</th>
            <th scope="col">Date</th>
            <th scope="col" className="num">
              Total
            </th>
            <th scope="col" className="num">
              Refunded
            </th>
            <th scope="col">Payment</th>
            <th scope="col">Codes</th>
            <th scope="col">UTM campaign / content</th>
            <th scope="col" className="num">
              Lines
            </th>
            <th scope="col">Goes to</th>
          </tr>
        </thead>
        <tbody>
          {sample.map((o) => (
            <tr key={`${o.row}:${o.externalId}`}>
              <td className="num">{o.row}</td>
              <td>{o.orderName ?? o.externalId}</td>
              <td>{date(o.orderDate)}</td>
              <td className="num">{money(o.totalMinor, o.currency)}</td>
              <td className="num">{o.refundedMinor > 0 ? money(o.refundedMinor, o.currency) : '—'}</td>
              <td>{o.financialStatus || '—'}</td>
              <td className="mono">{o.codes.length > 0 ? o.codes.join(', ') : '—'}</td>
              <td>{[o.utmCampaign, o.utmContent].filter(Boolean).join(' / ') || '—'}</td>
              <td className="num">{count(o.lineCount)}</td>
              <td>
                {BUCKET_LABELS[o.bucket]}
                {o.reason ? <span className="muted"> · {o.reason}</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
