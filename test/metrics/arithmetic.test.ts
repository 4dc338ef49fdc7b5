/** Exact division: half to even, once, at the end; no digit lost past 2^53. */

import { describe, expect, it } from 'vitest';
import { divideHalfEven, mulDiv, perUnit, ratio } from '../../src/main/core/metrics/arithmetic';

describe('divideHalfEven', () => {
  it.each([
    [5, 2, 2],
    [7, 2, 4],
    [15, 10, 2],
    [25, 10, 2],
    [26, 10, 3],
    [-5, 2, -2],
    [-7, 2, -4],
    [-26, 10, -3],
    [10, 3, 3],
    [20, 3, 7],
    [0, 9, 0],
  ])('%i / %i = %i', (num, den, expected) => {
    expect(divideHalfEven(num, den)).toBe(expected);
  });

  it('stays exact beyond 2^53', () => {
    expect(mulDiv(9_000_000_000_000, 10_000, 3)).toBe(30_000_000_000_000_000);
    expect(mulDiv(2 ** 52 + 1, 3, 2)).toBe(Number((BigInt(2 ** 52 + 1) * 3n + 1n) / 2n));
  });
});

describe('ratios and per-unit money', () => {
  it('returns null, never Infinity or NaN, for a zero denominator', () => {
    expect(ratio(5, 0)).toBeNull();
    expect(ratio(0, 0)).toBeNull();
    expect(perUnit(100, 0)).toBeNull();
  });

  it('keeps four places, half to even', () => {
    expect(ratio(1, 3)).toBe(0.3333);
    expect(ratio(2, 3)).toBe(0.6667);
    expect(ratio(1, 80_000)).toBe(0); // 0.0000125 rounds to 0.0000
    expect(ratio(3, 80_000)).toBe(0); // 0.0000375: under half of 0.0001
    expect(ratio(5, 100_000)).toBe(0); // exactly half of 0.0001 -> even 0
    expect(ratio(15, 100_000)).toBe(0.0002); // exactly 1.5 units -> even 2
  });

  it('divides money by a count once', () => {
    expect(perUnit(17_200, 3)).toBe(5_733);
    expect(perUnit(10_001, 2)).toBe(5_000); // 5000.5 -> even
    expect(perUnit(10_003, 2)).toBe(5_002); // 5001.5 -> even
  });
});
