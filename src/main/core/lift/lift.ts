/**
 * The lift test's arithmetic (METRICS.md "Lift test (holdout)"), as pure
 * functions over daily revenue in integer minor units:
 *   expected    = test pre-period revenue x (control test-period / control pre-period revenue)
 *   incremental = test test-period revenue - expected
 * with a 90 % interval from a bootstrap over days. The ratio is never taken as
 * a float: the product is exact (BigInt) and divided once, rounding half to even.
 */

import type { LiftSums, LiftVerdict } from '../../../shared/lift';
import { bootstrap90, seedOf } from './bootstrap';

/** Daily revenue per group and period; day i of each pre series pairs with day i of each test series. */
export interface LiftSeries {
  testPre: readonly number[];
  testTest: readonly number[];
  controlPre: readonly number[];
  controlTest: readonly number[];
}

export interface LiftEstimate {
  sums: LiftSums;
  expectedMinor: number | null;
  actualMinor: number;
  incrementalMinor: number | null;
  low: number | null;
  high: number | null;
  inconclusive: boolean;
  verdict: LiftVerdict;
  /** Resamples that gave an estimate, out of the ones drawn. */
  resamples: number;
  seed: number;
}

export const RESAMPLES = 2000;

/**
 * a x b / c in whole numbers, exact, rounded half to even (c must not be 0).
 * A result beyond 2^53 comes back as the nearest double: no shop's revenue gets there.
 */
export function mulDivHalfEven(a: number, b: number, c: number): number {
  if (c === 0) throw new RangeError('division by zero');
  const num = BigInt(a) * BigInt(b);
  const den = BigInt(c);
  const negative = num < 0n !== den < 0n && num !== 0n;
  const n = num < 0n ? -num : num;
  const d = den < 0n ? -den : den;
  let q = n / d;
  const twice = (n % d) * 2n;
  if (twice > d || (twice === d && q % 2n === 1n)) q += 1n;
  return Number(negative ? -q : q);
}

/** Expected test-period revenue of the test regions; null when the control regions sold nothing before. */
export function expectedRevenue(s: LiftSums): number | null {
  if (s.controlPreMinor === 0) return null;
  return mulDivHalfEven(s.testPreMinor, s.controlTestMinor, s.controlPreMinor);
}

export function incrementalRevenue(s: LiftSums): number | null {
  const expected = expectedRevenue(s);
  return expected === null ? null : s.testTestMinor - expected;
}

const total = (values: readonly number[]) => values.reduce((sum, v) => sum + v, 0);

export function periodSums(series: LiftSeries): LiftSums {
  return {
    testPreMinor: total(series.testPre),
    testTestMinor: total(series.testTest),
    controlPreMinor: total(series.controlPre),
    controlTestMinor: total(series.controlTest),
  };
}

/** The estimate and its interval. The same series always give the same result. */
export function estimateLift(series: LiftSeries, resamples = RESAMPLES): LiftEstimate {
  const days = series.testPre.length;
  const { testPre, testTest, controlPre, controlTest } = series;
  if (days === 0 || [testTest, controlPre, controlTest].some((s) => s.length !== days)) {
    throw new RangeError('every series needs the same number of days, at least one');
  }
  const sums = periodSums(series);
  const seed = seedOf([testPre, testTest, controlPre, controlTest]);
  const expectedMinor = expectedRevenue(sums);
  const base = { sums, expectedMinor, actualMinor: sums.testTestMinor, seed };
  if (expectedMinor === null) {
    return {
      ...base,
      incrementalMinor: null,
      low: null,
      high: null,
      inconclusive: true,
      verdict: 'no_estimate',
      resamples: 0,
    };
  }
  const interval = bootstrap90(days, resamples, seed, (indices) => {
    const drawn: LiftSums = { testPreMinor: 0, testTestMinor: 0, controlPreMinor: 0, controlTestMinor: 0 };
    for (const i of indices) {
      drawn.testPreMinor += testPre[i] ?? 0;
      drawn.testTestMinor += testTest[i] ?? 0;
      drawn.controlPreMinor += controlPre[i] ?? 0;
      drawn.controlTestMinor += controlTest[i] ?? 0;
    }
    return incrementalRevenue(drawn);
  });
  const incrementalMinor = sums.testTestMinor - expectedMinor;
  if (!interval) {
    return {
      ...base,
      incrementalMinor,
      low: null,
      high: null,
      inconclusive: true,
      verdict: 'inconclusive',
      resamples: 0,
    };
  }
  const { low, high } = interval;
  const verdict: LiftVerdict = low > 0 ? 'lift' : high < 0 ? 'drop' : 'inconclusive';
  return {
    ...base,
    incrementalMinor,
    low,
    high,
    inconclusive: verdict === 'inconclusive',
    verdict,
    resamples: interval.used,
  };
}
