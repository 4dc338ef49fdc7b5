/** The words around a lift test's figures. */

import type { LiftFigures, LiftResult } from '../../../../shared/lift';
import { money } from '../../format';
import type { LiftChartDay } from './LiftChart';

/** The class of the verdict banner: inconclusive is said plainly, never dressed as a result. */
export function verdictClass(f: LiftFigures): string {
  if (f.inconclusive) return 'verdict inconclusive';
  return f.verdict === 'lift' ? 'verdict positive' : f.verdict === 'drop' ? 'verdict negative' : 'verdict';
}

export function interval(f: LiftFigures): string {
  if (f.low === null || f.high === null) return '—';
  return `${money(f.low, f.currency)} to ${money(f.high, f.currency)}`;
}

/**
 * Each test day's expected revenue: the test regions' matching pre-period day
 * scaled by the control regions' change over the whole periods, the same
 * factor the total uses. Display only, so a float factor is fine here.
 */
export function chartDays(r: LiftResult): LiftChartDay[] {
  if (r.expectedMinor === null || r.sums.controlPreMinor === 0) return [];
  const factor = r.sums.controlTestMinor / r.sums.controlPreMinor;
  return r.daily.map((d) => ({
    day: d.testDay,
    actualMinor: d.testTestMinor,
    expectedMinor: Math.round(d.testPreMinor * factor),
  }));
}
