import { linear, niceTicks } from './scale';

export interface Bar {
  /** Unique among the bars. */
  key: string;
  label: string;
  /** Null draws no bar, only "—" and the reason on hover. */
  value: number | null;
  tone: 'good' | 'bad' | 'neutral';
  /** Written after the value, so the tone never rests on colour alone (e.g. "✓"). */
  mark?: string;
  /** Shown on hover: the value and why, in words. */
  title: string;
}

interface BarChartProps {
  label: string;
  bars: Bar[];
  /** Drawn as a line across the bars, labelled. */
  target: number | null;
  targetLabel: string;
  format(value: number): string;
  width?: number;
}

const ROW = 26;
const PAD = { top: 26, right: 72, bottom: 24, left: 150 };

/** Horizontal bars, one per row, against a target line; the value is written at each bar's end. */
export function BarChart({ label, bars, target, targetLabel, format, width = 960 }: BarChartProps) {
  const height = PAD.top + bars.length * ROW + PAD.bottom;
  const values = bars.map((b) => b.value ?? 0);
  const ticks = niceTicks(Math.max(0, target ?? 0, ...values), 4);
  const top = ticks[ticks.length - 1] ?? 1;
  const x = linear(0, top, PAD.left, width - PAD.right);
  const bottom = height - PAD.bottom;
  return (
    <svg className="chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      <title>{label}</title>
      {ticks.map((t) => (
        <g key={t} className="chart-tick">
          <line x1={x(t)} x2={x(t)} y1={PAD.top} y2={bottom} className="chart-grid" />
          <text x={x(t)} y={bottom + 15} textAnchor="middle">
            {format(t)}
          </text>
        </g>
      ))}
      {bars.map((b, i) => {
        const mid = PAD.top + i * ROW + ROW / 2;
        return (
          <g key={b.key}>
            <title>{b.title}</title>
            <text x={PAD.left - 8} y={mid} dy="0.32em" textAnchor="end" className="chart-label">
              {b.label.length > 20 ? `${b.label.slice(0, 19)}…` : b.label}
            </text>
            {b.value === null ? (
              <text x={PAD.left + 6} y={mid} dy="0.32em" className="chart-missing">
                —
              </text>
            ) : (
              <>
                <rect
                  x={PAD.left}
                  y={mid - ROW * 0.32}
                  width={Math.max(1, x(b.value) - PAD.left)}
                  height={ROW * 0.64}
                  className={`chart-bar ${b.tone}`}
                />
                <text x={x(b.value) + 6} y={mid} dy="0.32em" className="chart-value">
                  {b.mark ? `${format(b.value)} ${b.mark}` : format(b.value)}
                </text>
              </>
            )}
          </g>
        );
      })}
      <line x1={PAD.left} x2={PAD.left} y1={PAD.top} y2={bottom} className="chart-axis" />
      {target !== null ? (
        <g className="chart-target">
          <line x1={x(target)} x2={x(target)} y1={PAD.top - 6} y2={bottom} />
          <text x={x(target)} y={PAD.top - 10} textAnchor="middle">
            {targetLabel}
          </text>
        </g>
      ) : null}
    </svg>
  );
}
