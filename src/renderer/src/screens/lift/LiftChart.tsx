import { useId } from 'react';
import { date, money } from '../../format';

export interface LiftChartDay {
  day: string;
  actualMinor: number;
  expectedMinor: number;
}

interface LiftChartProps {
  days: LiftChartDay[];
  currency: string;
}

const WIDTH = 640;
const HEIGHT = 200;
const PAD = { top: 12, right: 12, bottom: 24, left: 64 };

/**
 * The test group's revenue per day against what was expected from the control
 * group's trend: a plain SVG, since two lines need no chart library. The
 * "Day by day" table under it carries the same numbers for screen readers.
 */
export function LiftChart({ days, currency }: LiftChartProps) {
  const titleId = useId();
  if (days.length === 0) return null;
  const top = Math.max(1, ...days.flatMap((d) => [d.actualMinor, d.expectedMinor]));
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (days.length === 1 ? innerW / 2 : (i / (days.length - 1)) * innerW);
  const y = (minor: number) => PAD.top + innerH - (minor / top) * innerH;
  const line = (pick: (d: LiftChartDay) => number) =>
    days.map((d, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(pick(d)).toFixed(1)}`).join(' ');
  const first = days[0];
  const last = days[days.length - 1];

  return (
    <figure className="lift-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={titleId}>
        <title id={titleId}>Test group revenue per day against the expected revenue, {days.length} days</title>
        {[0, 0.5, 1].map((f) => (
          <g key={f}>
            <line className="grid" x1={PAD.left} x2={WIDTH - PAD.right} y1={y(top * f)} y2={y(top * f)} />
            <text className="axis" x={PAD.left - 6} y={y(top * f) + 4} textAnchor="end">
              {money(Math.round(top * f), currency)}
            </text>
          </g>
        ))}
        {first ? (
          <text className="axis" x={PAD.left} y={HEIGHT - 6}>
            {date(first.day)}
          </text>
        ) : null}
        {last && days.length > 1 ? (
          <text className="axis" x={WIDTH - PAD.right} y={HEIGHT - 6} textAnchor="end">
            {date(last.day)}
          </text>
        ) : null}
        <path className="expected" d={line((d) => d.expectedMinor)} />
        <path className="actual" d={line((d) => d.actualMinor)} />
      </svg>
      <figcaption className="legend">
        <span className="key actual">Test group, actual</span>
        <span className="key expected">Expected without the creators</span>
      </figcaption>
    </figure>
  );
}
