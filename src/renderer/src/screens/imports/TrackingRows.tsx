import { BUCKET_LABELS, type TrackingRow } from '../../../../shared/imports';
import { count, date, money } from '../../format';

const BUCKET_WORDS = {
  ...BUCKET_LABELS,
  added: 'Added as new',
  updated: 'Updates the creator',
  unchanged: 'No change',
};

/** Each creator row of a tracking sheet as it will land in the pilot: added, updated, or rejected and why. */
export function TrackingRows({ rows, currency }: { rows: TrackingRow[]; currency: string | null }) {
  const amount = (minor: number | null) => (minor === null ? '—' : currency ? money(minor, currency) : count(minor));
  return (
    <section className="import-section" aria-labelledby="tracking-rows-title">
      <h3 id="tracking-rows-title">Creators in the sheet</h3>
      {rows.length === 0 ? (
        <p className="muted">No creator rows were found in the sheet.</p>
      ) : (
        <div className="table-wrap">
          <table className="table" aria-label="Creators in the sheet">
            <thead>
              <tr>
                <th scope="col" className="num">
                  Row
                </th>
                <th scope="col">Creator</th>
                <th scope="col">Channel</th>
                <th scope="col">Campaign start</th>
                <th scope="col">Code</th>
                <th scope="col" className="num">
                  Clicks
                </th>
                <th scope="col" className="num">
                  Baseline revenue
                </th>
                <th scope="col" className="num">
                  Total costs
                </th>
                <th scope="col">Goes to</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.row} className={r.bucket === 'rejected' ? 'rejected' : undefined}>
                  <td className="num">{r.row}</td>
                  <td>{r.creator || '—'}</td>
                  <td>{r.channel ?? '—'}</td>
                  <td>{r.campaignStart ? date(r.campaignStart) : '—'}</td>
                  <td className="mono">{r.code ?? '—'}</td>
                  <td className="num">{count(r.clicks)}</td>
                  <td className="num">{amount(r.baselineRevenueMinor)}</td>
                  <td className="num">{amount(r.totalCostsMinor)}</td>
                  <td className="wrap">
                    {BUCKET_WORDS[r.bucket]}
                    {r.reason ? <span className="muted"> · {r.reason}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
