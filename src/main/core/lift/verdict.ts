/** A lift test's outcome in one sentence a client can read. */

import type { LiftVerdict } from '../../../shared/lift';
import { moneyText } from '../../../shared/money';

interface Outcome {
  verdict: LiftVerdict;
  incrementalMinor: number | null;
  low: number | null;
  high: number | null;
}

export function liftVerdictText(o: Outcome, currency: string): string {
  const money = (minor: number) => moneyText(minor, currency);
  if (o.verdict === 'no_estimate' || o.incrementalMinor === null) {
    return 'No estimate: the control regions had no revenue in the pre period, so there is nothing to scale the test regions by. Pick control regions that sold in the pre period.';
  }
  const estimate = `Incremental revenue ${money(o.incrementalMinor)}`;
  if (o.low === null || o.high === null) {
    return `${estimate}, but no resample of the days gave an interval: inconclusive.`;
  }
  const interval = `90% interval ${money(o.low)} to ${money(o.high)}`;
  if (o.verdict === 'lift')
    return `${estimate} (${interval}): the test regions sold more than the control regions predict.`;
  if (o.verdict === 'drop')
    return `${estimate} (${interval}): the test regions sold less than the control regions predict.`;
  return `Inconclusive: incremental revenue ${money(o.incrementalMinor)}, but the ${interval} spans zero, so the test cannot tell a lift from noise.`;
}
