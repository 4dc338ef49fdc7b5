/**
 * Where a creator stands on probation: it passes with two met checks at least
 * PROBATION_DAYS apart. The core decides the suggestion; this only tells the
 * user when the next check can count.
 */

import { addDays, daysBetween } from '../../../../shared/dates';
import { type CreatorCheck, PROBATION_DAYS } from '../../../../shared/review';

export interface ProbationProgress {
  metChecks: number;
  passed: boolean;
  /** The first day a further met check completes probation; null once passed or before any met check. */
  nextFrom: string | null;
}

export function probationProgress(checks: CreatorCheck[]): ProbationProgress {
  const met = checks
    .filter((c) => c.met)
    .map((c) => c.checkedAt.slice(0, 10))
    .sort();
  const first = met[0];
  const last = met[met.length - 1];
  if (first === undefined || last === undefined) return { metChecks: 0, passed: false, nextFrom: null };
  const passed = daysBetween(first, last) >= PROBATION_DAYS;
  return { metChecks: met.length, passed, nextFrom: passed ? null : addDays(first, PROBATION_DAYS) };
}
