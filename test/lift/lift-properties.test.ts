import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateLift, type LiftSeries } from '../../src/main/core/lift/lift';

/** Four aligned series of daily revenue, 1 to 40 days, from nothing to large shop days. */
const series: fc.Arbitrary<LiftSeries> = fc.integer({ min: 1, max: 40 }).chain((n) => {
  const day = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 5_000 }), fc.integer({ min: 0, max: 50_000_000_000 }));
  const list = fc.array(day, { minLength: n, maxLength: n });
  return fc.record({ testPre: list, testTest: list, controlPre: list, controlTest: list });
});

const RESAMPLES = 200;

describe('lift estimate properties', () => {
  it('never gives NaN or Infinity, and low <= high', () => {
    fc.assert(
      fc.property(series, (s) => {
        const e = estimateLift(s, RESAMPLES);
        const numbers = [e.expectedMinor, e.actualMinor, e.incrementalMinor, e.low, e.high, ...Object.values(e.sums)];
        for (const v of numbers) if (v !== null) expect(Number.isFinite(v)).toBe(true);
        for (const v of [e.expectedMinor, e.incrementalMinor, e.low, e.high]) {
          if (v !== null) expect(Number.isInteger(v)).toBe(true);
        }
        if (e.low !== null && e.high !== null) expect(e.low).toBeLessThanOrEqual(e.high);
      }),
      { numRuns: 150 },
    );
  });

  it('has an estimate exactly when the control regions sold before, and the verdict follows the interval', () => {
    fc.assert(
      fc.property(series, (s) => {
        const e = estimateLift(s, RESAMPLES);
        expect(e.expectedMinor === null).toBe(e.sums.controlPreMinor === 0);
        if (e.expectedMinor === null) {
          expect(e.verdict).toBe('no_estimate');
          return;
        }
        expect(e.incrementalMinor).toBe(e.actualMinor - e.expectedMinor);
        const { low, high } = e;
        if (low === null || high === null) return;
        const expected = low > 0 ? 'lift' : high < 0 ? 'drop' : 'inconclusive';
        expect(e.verdict).toBe(expected);
        expect(e.inconclusive).toBe(expected === 'inconclusive');
      }),
      { numRuns: 150 },
    );
  });

  it('rounds the expected revenue to the nearest whole minor unit of the exact ratio', () => {
    fc.assert(
      fc.property(series, (s) => {
        const e = estimateLift(s, 1);
        // Beyond 2^53 minor units (90 trillion dollars) a result is the nearest double: not checked here.
        if (e.expectedMinor === null || !Number.isSafeInteger(e.expectedMinor)) return;
        // |expected x control pre - test pre x control test| <= control pre / 2, in exact integers
        const gap =
          BigInt(e.expectedMinor) * BigInt(e.sums.controlPreMinor) -
          BigInt(e.sums.testPreMinor) * BigInt(e.sums.controlTestMinor);
        const twice = 2n * (gap < 0n ? -gap : gap);
        expect(twice <= BigInt(e.sums.controlPreMinor)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('gives identical output for identical input', () => {
    fc.assert(
      fc.property(series, (s) => {
        expect(estimateLift(structuredClone(s), RESAMPLES)).toEqual(estimateLift(s, RESAMPLES));
      }),
      { numRuns: 50 },
    );
  });
});
