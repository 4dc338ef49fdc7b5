import type { ReportWritten } from '../../../../shared/reports';
import { bytes, count } from '../../format';

/** Where the report landed and what is in it, so a user can find and check the file before sending it. */
export function ReportWrittenView({ written }: { written: ReportWritten }) {
  return (
    <section className="section" aria-labelledby="report-written-title">
      <h2 id="report-written-title">Report written</h2>
      <p className="notice report-result" role="status">
        Wrote the report to {written.path} ({bytes(written.bytes)}).
      </p>
      <dl className="facts">
        <dt>File</dt>
        <dd className="mono report-result">{written.path}</dd>
        <dt>Sheets</dt>
        <dd>
          <ul className="report-sheet-list" aria-label="Sheets in the report">
            {written.sheets.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </dd>
        <dt>Rows</dt>
        <dd>{count(written.rows)} on the biggest sheet</dd>
        <dt>Attributed orders</dt>
        <dd>{count(written.orders)}</dd>
        <dt>Costs</dt>
        <dd>{written.costsLeftOut ? 'Left out: no fees, commission, CAC, ROAS or payouts' : 'Included'}</dd>
      </dl>
    </section>
  );
}
