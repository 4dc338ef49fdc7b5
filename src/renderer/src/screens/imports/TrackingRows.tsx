import type { TrackingRow } from '../../../../shared/imports';
import { count, date, money } from '../../format';
import { GoesToCell, ImportRowsTable } from './ImportRowsTable';

const GOES_TO = {
  added: 'Added as new',
  updated: 'Updates the creator',
  unchanged: 'No change',
};

/** Each creator row of a tracking sheet as it will land in the pilot: added, updated, or rejected and why. */
export function TrackingRows({ rows, currency }: { rows: TrackingRow[]; currency: string | null }) {
  const amount = (minor: number | null) => (minor === null ? '—' : currency ? money(minor, currency) : count(minor));
  return (
    <ImportRowsTable
      id="tracking-rows-title"
      title="Creators in the sheet"
      label="Creators in the sheet"
      empty="No creator rows were found in the sheet."
      rowCount={rows.length}
      head={
        <>
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
        </>
      }
    >
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
          <GoesToCell bucket={r.bucket} words={GOES_TO} reason={r.reason} />
        </tr>
      ))}
    </ImportRowsTable>
  );
}
