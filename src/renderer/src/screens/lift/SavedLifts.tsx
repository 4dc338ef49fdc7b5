import type { SavedLift } from '../../../../shared/lift';
import { RowAction } from '../../components/RowAction';
import { dateRange, money } from '../../format';
import { when } from '../review/review-labels';
import { interval } from './lift-text';

const VERDICT_SHORT = { lift: 'Lift', drop: 'Drop', inconclusive: 'Inconclusive', no_estimate: 'No estimate' } as const;

/** Saved lift tests, newest first; any can be shown again with its chart. */
export function SavedLifts({ saved, onShow }: { saved: SavedLift[]; onShow(test: SavedLift): void }) {
  return (
    <section className="section" aria-labelledby="saved-lifts-title">
      <h2 id="saved-lifts-title">Saved lift tests</h2>
      {saved.length === 0 ? (
        <p className="muted">No saved tests yet. Run one with “Save this test” ticked.</p>
      ) : (
        <div className="table-wrap">
          <table className="table" aria-label="Saved lift tests">
            <thead>
              <tr>
                <th scope="col">Saved</th>
                <th scope="col">Test</th>
                <th scope="col">Control</th>
                <th scope="col">Test period</th>
                <th scope="col" className="num">
                  Incremental
                </th>
                <th scope="col">90% interval</th>
                <th scope="col">Verdict</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {saved.map((t) => (
                <tr key={t.id}>
                  <td>{when(t.createdAt)}</td>
                  <td className="wrap">{t.testGroups.join(', ')}</td>
                  <td className="wrap">{t.controlGroups.join(', ')}</td>
                  <td>{dateRange(t.testStart, t.testEnd)}</td>
                  <td className="num">{money(t.incrementalMinor, t.currency)}</td>
                  <td>{interval(t)}</td>
                  <td>
                    <span className={t.inconclusive ? 'badge probation' : 'badge'}>{VERDICT_SHORT[t.verdict]}</span>
                  </td>
                  <td>
                    <span className="row-actions">
                      <RowAction
                        label="Show"
                        subject={`lift test saved ${when(t.createdAt)}`}
                        onClick={() => onShow(t)}
                      />
                    </span>
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
