import { linear, niceTicks, spreadIndexes } from './scale';

interface LineChartProps {
  /** Read out in place of the drawing; the figures themselves are in the table. */
  label: string;
  values: number[];
  /** One x label per value (e.g. the week's first day). */
  xLabels: string[];
  /** Shared top of the y axis, so small multiples compare at a glance. */
  yMax?: number;
  yFormat(value: number): string;
  width?: number;
  height?: number;
  /** Fewer ticks and labels, for small multiples. */
  compact?: boolean;
}

const PAD = { top: 10, right: 12, bottom: 24, left: 56 };

/** One series over time as a line, with a y axis of round ticks and a few dates along x. */
export function LineChart({
  label,
  values,
  xLabels,
  yMax,
  yFormat,
  width = 560,
  height = 200,
  compact,
}: LineChartProps) {
  const ticks = niceTicks(yMax ?? Math.max(0, ...values), compact ? 2 : 4);
  const top = ticks[ticks.length - 1] ?? 1;
  const x = linear(0, Math.max(1, values.length - 1), PAD.left, width - PAD.right);
  const y = linear(0, top, height - PAD.bottom, PAD.top);
  const path = values.map((v, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
  return (
    <svg className="chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      <title>{label}</title>
      {ticks.map((t) => (
        <g key={t} className="chart-tick">
          <line x1={PAD.left} x2={width - PAD.right} y1={y(t)} y2={y(t)} className="chart-grid" />
          <text x={PAD.left - 6} y={y(t)} dy="0.32em" textAnchor="end">
            {yFormat(t)}
          </text>
        </g>
      ))}
      <line x1={PAD.left} x2={PAD.left} y1={PAD.top} y2={height - PAD.bottom} className="chart-axis" />
      <line
        x1={PAD.left}
        x2={width - PAD.right}
        y1={height - PAD.bottom}
        y2={height - PAD.bottom}
        className="chart-axis"
      />
      {spreadIndexes(values.length, compact ? 2 : 5).map((i) => (
        <text
          key={i}
          className="chart-tick"
          x={x(i)}
          y={height - PAD.bottom + 15}
          textAnchor={i === 0 ? 'start' : i === values.length - 1 ? 'end' : 'middle'}
        >
          {xLabels[i]}
        </text>
      ))}
      {values.length > 1 ? <path d={path} className="chart-line" /> : null}
      {values.length === 1 && values[0] !== undefined ? (
        <circle cx={x(0)} cy={y(values[0])} r={3} className="chart-dot" />
      ) : null}
    </svg>
  );
}
