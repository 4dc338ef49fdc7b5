import type { LiftResult } from '../../../../shared/lift';
import { count, date, dateRange, money } from '../../format';
import { LiftChart } from './LiftChart';
import { chartDays, interval, verdictClass } from './lift-text';

/** A lift test's answer: expected against actual, the incremental revenue with its 90% interval, and the days. */
export function LiftResultView({ result }: { result: LiftResult }) {
  const c = result.currency;
  const days = chartDays(result);
  return (
    <section className="section" aria-labelledby="lift-result-title">
      <h2 id="lift-result-title">Lift test result</h2>
      <p className="muted">
        Test {result.testGroups.join(', ')} against control {result.controlGroups.join(', ')}; pre period{' '}
        {dateRange(result.preStart, result.preEnd)}, test period {dateRange(result.testStart, result.testEnd)} (
        {count(result.days)} days each).
        {result.id !== null ? ' Saved.' : ' Not saved.'}
      </p>
      <p className={verdictClass(result)} role="status">
        {result.verdictText}
      </p>
      <dl className="lift-figures">
        <div>
          <dt>Expected test revenue</dt>
          <dd>{money(result.expectedMinor, c)}</dd>
        </div>
        <div>
          <dt>Actual test revenue</dt>
          <dd>{money(result.actualMinor, c)}</dd>
        </div>
        <div>
          <dt>Incremental revenue</dt>
          <dd>{money(result.incrementalMinor, c)}</dd>
        </div>
        <div>
          <dt>90% interval</dt>
          <dd data-testid="lift-interval">{interval(result)}</dd>
        </div>
      </dl>
      <LiftChart days={days} currency={c} />
      {days.length > 0 ? (
        <details>
          <summary>Day by day</summary>
          <div className="table-wrap">
            <table className="table table-compact" aria-label="Test group revenue per day">
              <thead>
                <tr>
                  <th scope="col">Day</th>
                  <th scope="col" className="num">
                    Actual
                  </th>
                  <th scope="col" className="num">
                    Expected
                  </th>
                </tr>
              </thead>
              <tbody>
                {days.map((d) => (
                  <tr key={d.day}>
                    <td>{date(d.day)}</td>
                    <td className="num">{money(d.actualMinor, c)}</td>
                    <td className="num">{money(d.expectedMinor, c)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      ) : null}
      <details>
        <summary>How it is computed</summary>
        <dl className="facts">
          <dt>Test regions, pre period</dt>
          <dd>{money(result.sums.testPreMinor, c)}</dd>
          <dt>Control regions, pre period</dt>
          <dd>{money(result.sums.controlPreMinor, c)}</dd>
          <dt>Control regions, test period</dt>
          <dd>{money(result.sums.controlTestMinor, c)}</dd>
          <dt>Expected</dt>
          <dd>Test pre period × control test period ÷ control pre period</dd>
          <dt>Incremental</dt>
          <dd>Actual − expected</dd>
          <dt>Interval</dt>
          <dd>
            5th to 95th percentile of {count(result.resamples)} bootstrap resamples over days (seed {result.seed})
          </dd>
        </dl>
      </details>
    </section>
  );
}
