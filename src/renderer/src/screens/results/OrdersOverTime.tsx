import { useMemo, useState } from 'react';
import { minorToDecimal } from '../../../../shared/money';
import type { PilotResults } from '../../../../shared/results';
import { LineChart } from '../../components/charts/LineChart';
import { LazyMount } from '../../components/LazyMount';
import { SelectField } from '../../components/SelectField';
import { count, money } from '../../format';
import { bucketsOf, emptySeries, seriesByCreator } from './series';

type Measure = 'netOrders' | 'revenueMinor';

const MEASURES: { value: Measure; label: string }[] = [
  { value: 'netOrders', label: 'Net orders' },
  { value: 'revenueMinor', label: 'Revenue' },
];

const ALL = 'all';

let dayMonth: Intl.DateTimeFormat | undefined;
const shortDate = (iso: string) => {
  dayMonth ??= new Intl.DateTimeFormat(navigator.language, { month: 'short', day: 'numeric', timeZone: 'UTC' });
  return dayMonth.format(new Date(`${iso}T00:00:00Z`));
};

/** Net orders and revenue over time: one creator in full, or every creator as small lines on one scale. */
export function OrdersOverTime({ results }: { results: PilotResults }) {
  const { pilot, creators, series } = results;
  const [shown, setShown] = useState<string>(ALL);
  const [measure, setMeasure] = useState<Measure>('netOrders');
  const buckets = useMemo(() => bucketsOf(pilot), [pilot]);
  const lines = useMemo(() => {
    const byCreator = seriesByCreator(series, buckets);
    return creators.map((c) => ({ creator: c, series: byCreator.get(c.id) ?? emptySeries(buckets) }));
  }, [creators, series, buckets]);
  const yMax = Math.max(0, ...lines.flatMap((x) => x.series[measure]));
  const labels = buckets.starts.map(shortDate);
  const per = buckets.days === 7 ? 'per week' : 'per day';
  const moneyAxis = (minor: number) => money(minor, pilot.currency).replace(/[.,]00(?=\D*$)/, '');
  const format = (m: Measure) => (m === 'netOrders' ? count : moneyAxis);
  const one = lines.find((l) => String(l.creator.id) === shown);

  return (
    <section className="section" aria-labelledby="orders-time-title">
      <div className="result-table-head">
        <h2 id="orders-time-title">Orders and revenue over time</h2>
        <SelectField
          id="results-chart-creator"
          label="Creator"
          value={shown}
          options={[
            { value: ALL, label: 'All creators' },
            ...creators.map((c) => ({ value: String(c.id), label: c.name })),
          ]}
          onChange={setShown}
        />
        {one ? null : (
          <SelectField<Measure>
            id="results-chart-measure"
            label="Show"
            value={measure}
            options={MEASURES}
            onChange={setMeasure}
          />
        )}
      </div>
      {one ? (
        <div className="chart-pair">
          {MEASURES.map((m) => (
            <figure key={m.value} className="chart-figure">
              <figcaption>
                {m.label} {per}
              </figcaption>
              <LineChart
                label={`${m.label} ${per} for ${one.creator.name}: ${describe(one.series[m.value], m.value, pilot.currency)}`}
                values={one.series[m.value]}
                xLabels={labels}
                yFormat={format(m.value)}
              />
            </figure>
          ))}
        </div>
      ) : (
        <>
          <p className="muted">
            {MEASURES.find((m) => m.value === measure)?.label} {per} from {labels[0]}, on one scale for every creator.
          </p>
          <ul className="chart-multiples" aria-label="One small chart per creator">
            {lines.map((l) => (
              <li key={l.creator.id}>
                <figure className="chart-figure">
                  <figcaption title={l.creator.name}>{l.creator.name}</figcaption>
                  <LazyMount height={120}>
                    <LineChart
                      label={`${l.creator.name}: ${describe(l.series[measure], measure, pilot.currency)}`}
                      values={l.series[measure]}
                      xLabels={labels}
                      yMax={yMax}
                      yFormat={format(measure)}
                      width={280}
                      height={120}
                      compact
                    />
                  </LazyMount>
                </figure>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** The words a screen reader gets for a line: its total and its best bucket. */
function describe(values: number[], measure: Measure, currency: string): string {
  const total = values.reduce((a, b) => a + b, 0);
  const best = Math.max(0, ...values);
  const show = (v: number) => (measure === 'netOrders' ? String(v) : `${minorToDecimal(v, currency)} ${currency}`);
  return `${show(total)} in all, at most ${show(best)} in one period`;
}
