import { type FigureDifference, TRACKING_FIELD_LABELS } from '../../../../shared/imports';

/**
 * The sheet's figures that differ from what Pilotdesk computes from the
 * imported orders, side by side with why they may differ. Nothing here is
 * an error of the import: it is what the team should look at once.
 */
export function FigureDifferences({ differences, done }: { differences: FigureDifference[]; done: boolean }) {
  return (
    <section className="import-section" aria-labelledby="differences-title">
      <h3 id="differences-title">Figures that differ from the sheet</h3>
      {differences.length === 0 ? (
        <p className="muted" role="note">
          No differences: every figure the sheet states agrees with Pilotdesk's own.
        </p>
      ) : (
        <>
          <p className="muted">
            {differences.length === 1 ? 'One figure' : `${differences.length} figures`} in the sheet{' '}
            {done ? 'differed' : 'differ'} from what Pilotdesk computes from the imported orders and clicks.
          </p>
          <div className="table-wrap">
            <table className="table" aria-label="Figures that differ from the sheet">
              <thead>
                <tr>
                  <th scope="col">Creator</th>
                  <th scope="col">Figure</th>
                  <th scope="col" className="num">
                    Sheet
                  </th>
                  <th scope="col" className="num">
                    Pilotdesk
                  </th>
                  <th scope="col">Note</th>
                </tr>
              </thead>
              <tbody>
                {differences.map((d) => (
                  <tr key={`${d.row}:${d.figure}`}>
                    <td>{d.creator}</td>
                    <td>{TRACKING_FIELD_LABELS[d.figure]}</td>
                    <td className="num">{d.sheet}</td>
                    <td className="num">{d.pilotdesk}</td>
                    <td className="wrap">{d.note ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
