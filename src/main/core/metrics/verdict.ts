/**
 * Target checks (METRICS.md "Target check"): a creator meets target when CAC
 * is at or under the pilot's target CAC and net orders reach the minimum
 * sample; below the sample the verdict is "not enough data", never pass or fail.
 */

import type { Figures, TargetCheck, Verdict } from '../../../shared/results';

export interface Targets {
  targetCacMinor: number | null;
  targetAovMinor: number | null;
  /** Basis points. */
  targetConversionBp: number | null;
  targetRepeatRateBp: number | null;
  minSample: number;
}

export interface VerdictWithReason {
  verdict: Verdict;
  reason: string;
}

export function creatorVerdict(f: Figures, t: Targets, money: (minor: number) => string): VerdictWithReason {
  if (f.netOrders < t.minSample) {
    return {
      verdict: 'not_enough_data',
      reason: `${f.netOrders} net orders, fewer than the minimum sample of ${t.minSample}`,
    };
  }
  if (t.targetCacMinor === null) return { verdict: 'no_target', reason: 'The pilot has no target CAC' };
  if (f.cacMinor === null) return { verdict: 'missed', reason: 'No new customers, so no CAC to meet the target with' };
  const versus = `CAC ${money(f.cacMinor)} against a target of ${money(t.targetCacMinor)}`;
  return f.cacMinor <= t.targetCacMinor ? { verdict: 'met', reason: versus } : { verdict: 'missed', reason: versus };
}

/** The summary cards' checks: each figure against the pilot's target for it. */
export function pilotTargets(f: Figures, t: Targets, money: (minor: number) => string): TargetCheck[] {
  const enough = f.netOrders >= t.minSample;
  const percent = (r: number) => `${(r * 100).toFixed(2)} %`;
  const check = (
    figure: TargetCheck['figure'],
    target: number | null,
    actual: number | null,
    better: 'lower' | 'higher',
    show: (v: number) => string,
  ): TargetCheck => {
    if (target === null) return { figure, target, actual, verdict: 'no_target', reason: 'No target set' };
    if (!enough) {
      return { figure, target, actual, verdict: 'not_enough_data', reason: `Fewer than ${t.minSample} net orders` };
    }
    if (actual === null) {
      return { figure, target, actual, verdict: 'missed', reason: f.reasons[figure] ?? 'No value to compare' };
    }
    const met = better === 'lower' ? actual <= target : actual >= target;
    return {
      figure,
      target,
      actual,
      verdict: met ? 'met' : 'missed',
      reason: `${show(actual)} against a target of ${better === 'lower' ? 'at most' : 'at least'} ${show(target)}`,
    };
  };
  const bp = (v: number | null) => (v === null ? null : v / 10_000);
  return [
    check('cacMinor', t.targetCacMinor, f.cacMinor, 'lower', money),
    check('aovMinor', t.targetAovMinor, f.aovMinor, 'higher', money),
    check('conversion', bp(t.targetConversionBp), f.conversion, 'higher', percent),
    check('repeatRate90', bp(t.targetRepeatRateBp), f.repeatRate90, 'higher', percent),
    {
      figure: 'netOrders',
      target: t.minSample,
      actual: f.netOrders,
      verdict: enough ? 'met' : 'not_enough_data',
      reason: `${f.netOrders} net orders; results count from ${t.minSample}`,
    },
  ];
}
