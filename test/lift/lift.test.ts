import { describe, expect, it } from 'vitest';
import { estimateLift, expectedRevenue, type LiftSeries, mulDivHalfEven } from '../../src/main/core/lift/lift';

const days = (n: number, value: number | ((i: number) => number)) =>
  Array.from({ length: n }, (_, i) => (typeof value === 'number' ? value : value(i)));

describe('the lift estimate (METRICS.md "Lift test (holdout)")', () => {
  it('scales the test regions by the control regions and subtracts', () => {
    const series: LiftSeries = {
      testPre: [100, 200],
      testTest: [400, 500],
      controlPre: [1000, 1000],
      controlTest: [1500, 1500],
    };
    // expected = 300 x 3000 / 2000 = 450; incremental = 900 - 450 = 450
    const e = estimateLift(series);
    expect(e.sums).toEqual({ testPreMinor: 300, testTestMinor: 900, controlPreMinor: 2000, controlTestMinor: 3000 });
    expect(e.expectedMinor).toBe(450);
    expect(e.actualMinor).toBe(900);
    expect(e.incrementalMinor).toBe(450);
  });

  it('rounds the expected revenue once, half to even', () => {
    expect(expectedRevenue({ testPreMinor: 5, controlTestMinor: 1, controlPreMinor: 2, testTestMinor: 0 })).toBe(2);
    expect(expectedRevenue({ testPreMinor: 7, controlTestMinor: 1, controlPreMinor: 2, testTestMinor: 0 })).toBe(4);
    expect(expectedRevenue({ testPreMinor: 3, controlTestMinor: 1, controlPreMinor: 2, testTestMinor: 0 })).toBe(2);
    // 1000 x 1 / 3 = 333.33 -> 333; 2000 x 1 / 3 = 666.67 -> 667
    expect(expectedRevenue({ testPreMinor: 1000, controlTestMinor: 1, controlPreMinor: 3, testTestMinor: 0 })).toBe(
      333,
    );
    expect(expectedRevenue({ testPreMinor: 2000, controlTestMinor: 1, controlPreMinor: 3, testTestMinor: 0 })).toBe(
      667,
    );
    expect(mulDivHalfEven(-5, 1, 2)).toBe(-2);
    expect(mulDivHalfEven(-7, 1, 2)).toBe(-4);
  });

  it('multiplies exactly where a float product would lose digits', () => {
    // 9007199254740991 x 5 = 45035996273704955 is not a double; / 10 = 4503599627370495.5 -> even 4503599627370496
    expect(mulDivHalfEven(9_007_199_254_740_991, 5, 10)).toBe(4_503_599_627_370_496);
    expect(mulDivHalfEven(9_007_199_254_740_991, 9_007_199_254_740_991, 9_007_199_254_740_991)).toBe(
      9_007_199_254_740_991,
    );
    // Checked with exact rationals: 123456789012 x 987654321098 / 1000000007 = 121932630283057.4...
    expect(mulDivHalfEven(123_456_789_012, 987_654_321_098, 1_000_000_007)).toBe(121_932_630_283_057);
  });

  it('finds a lift when every resample lies above zero', () => {
    // Control flat (ratio 1): expected = 10 x 500 = 5000; actual = 10 x 800 = 8000; every draw gives 3000.
    const e = estimateLift({
      testPre: days(10, 500),
      testTest: days(10, 800),
      controlPre: days(10, 1000),
      controlTest: days(10, 1000),
    });
    expect(e).toMatchObject({ expectedMinor: 5000, incrementalMinor: 3000, low: 3000, high: 3000 });
    expect(e.verdict).toBe('lift');
    expect(e.inconclusive).toBe(false);
    expect(e.resamples).toBe(2000);
  });

  it('finds a drop when every resample lies below zero', () => {
    const e = estimateLift({
      testPre: days(10, 800),
      testTest: days(10, 500),
      controlPre: days(10, 1000),
      controlTest: days(10, 1000),
    });
    expect(e).toMatchObject({ incrementalMinor: -3000, low: -3000, high: -3000, verdict: 'drop', inconclusive: false });
  });

  it('is inconclusive when the interval spans zero', () => {
    // Test days alternate 1000 and 0 against a steady 500: the point estimate is 0, and draws of
    // more or fewer 1000-days swing it by thousands either way.
    const e = estimateLift({
      testPre: days(10, 500),
      testTest: days(10, (i) => (i % 2 === 0 ? 1000 : 0)),
      controlPre: days(10, 1000),
      controlTest: days(10, 1000),
    });
    expect(e.incrementalMinor).toBe(0);
    expect(e.low).toBeLessThan(0);
    expect(e.high).toBeGreaterThan(0);
    expect(e.verdict).toBe('inconclusive');
    expect(e.inconclusive).toBe(true);
  });

  it('draws the same days for all four series, keeping pre day i paired with test day i', () => {
    // Test regions behave exactly like the control regions, day by day and period by period. Drawn
    // together, every resample's expected equals its actual: the interval is exactly zero. Drawn
    // apart, the days would not cancel.
    const pre = [120, 5000, 40, 900, 3000, 10, 777];
    const test = [9000, 30, 600, 1, 4500, 250, 80];
    const e = estimateLift({ testPre: pre, testTest: test, controlPre: pre, controlTest: test });
    expect(e).toMatchObject({ incrementalMinor: 0, low: 0, high: 0, verdict: 'inconclusive' });
  });

  it('gives no estimate, and says so, when the control regions sold nothing in the pre period', () => {
    const e = estimateLift({ testPre: [100, 100], testTest: [300, 300], controlPre: [0, 0], controlTest: [50, 50] });
    expect(e).toMatchObject({
      expectedMinor: null,
      actualMinor: 600,
      incrementalMinor: null,
      low: null,
      high: null,
      inconclusive: true,
      verdict: 'no_estimate',
      resamples: 0,
    });
  });

  it('skips the draws whose control days sold nothing before, and still gives an interval', () => {
    // Only day 0 has control pre-period revenue: a draw without day 0 has no estimate.
    const e = estimateLift({
      testPre: [100, 100, 100],
      testTest: [200, 200, 200],
      controlPre: [300, 0, 0],
      controlTest: [100, 100, 100],
    });
    expect(e.expectedMinor).toBe(300); // test pre 300 x control test 300 / control pre 300
    expect(e.incrementalMinor).toBe(300); // 600 - 300
    expect(e.resamples).toBeGreaterThan(0);
    expect(e.resamples).toBeLessThan(2000);
    expect(e.low).not.toBeNull();
  });

  it('gives the same output for the same input, every time', () => {
    const series: LiftSeries = {
      testPre: days(30, (i) => 1000 + ((i * 37) % 11) * 90),
      testTest: days(30, (i) => 1300 + ((i * 53) % 7) * 150),
      controlPre: days(30, (i) => 4000 + ((i * 17) % 13) * 200),
      controlTest: days(30, (i) => 4100 + ((i * 29) % 5) * 300),
    };
    const first = estimateLift(series);
    const copy = JSON.parse(JSON.stringify(series)) as LiftSeries;
    expect(estimateLift(copy)).toEqual(first);
    expect(estimateLift(series)).toEqual(first);
    expect(first.low).not.toBe(first.high);
  });

  it('refuses series of different lengths', () => {
    expect(() => estimateLift({ testPre: [1, 2], testTest: [1], controlPre: [1, 2], controlTest: [1, 2] })).toThrow(
      RangeError,
    );
    expect(() => estimateLift({ testPre: [], testTest: [], controlPre: [], controlTest: [] })).toThrow(RangeError);
  });
});
