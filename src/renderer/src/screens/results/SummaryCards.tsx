import {
  FIGURE_INFO,
  type FigureName,
  type PilotSummary,
  repeatWindowOf,
  type TargetCheck,
} from '../../../../shared/results';
import { count } from '../../format';
import { useResults } from '../../stores/results';
import { formatFigure } from './figures';
import { VerdictBadge } from './VerdictBadge';

/** The summary cards, in the order a pilot is read: volume, money, cost, return, loyalty. */
const CARDS: FigureName[] = [
  'netOrders',
  'revenueMinor',
  'aovMinor',
  'conversion',
  'newCustomers',
  'costMinor',
  'cacMinor',
  'roas',
  'incrementalRevenueMinor',
  'iroas',
  'repeatRate30',
  'repeatRate60',
  'repeatRate90',
];

/** The pilot's figures, each against its target where the pilot set one; a click shows what it is made of. */
export function SummaryCards({ pilot }: { pilot: PilotSummary }) {
  const explain = useResults((s) => s.explain);
  const checks = new Map<FigureName, TargetCheck>(pilot.targets.map((t) => [t.figure, t]));
  return (
    <ul className="result-cards" aria-label="Pilot summary">
      {CARDS.map((figure) => {
        const value = pilot[figure];
        const check = checks.get(figure);
        const reason = value === null ? pilot.reasons[figure] : undefined;
        const days = repeatWindowOf(figure);
        const waiting = days ? pilot.notYetMeasurable[days] : 0;
        return (
          <li key={figure}>
            <button
              type="button"
              className="result-card"
              title="Show the orders and costs behind this figure"
              onClick={() => explain({ figure, creatorId: null })}
            >
              <span className="result-card-label">{FIGURE_INFO[figure].label}</span>
              <span className="result-card-value">{formatFigure(figure, value, pilot.currency)}</span>
              {reason ? (
                <span className="result-card-reason clamped" title={reason}>
                  {reason}
                </span>
              ) : null}
              {check && check.verdict !== 'no_target' ? (
                <span className="result-card-check">
                  <VerdictBadge verdict={check.verdict} reason={check.reason} />
                  <span className="result-card-target">{targetText(check, pilot.currency)}</span>
                </span>
              ) : null}
              {waiting > 0 && value !== null ? (
                <span className="result-card-reason">{count(waiting)} not yet measurable</span>
              ) : null}
            </button>
          </li>
        );
      })}
    </ul>
  );
}

/** "target ≤ $30.00": which way the target points, in the figure's own unit. */
function targetText(check: TargetCheck, currency: string): string {
  if (check.target === null) return '';
  if (check.figure === 'netOrders') return `minimum sample ${count(check.target)}`;
  const sign = check.figure === 'cacMinor' ? '≤' : '≥';
  return `target ${sign} ${formatFigure(check.figure, check.target, currency)}`;
}
