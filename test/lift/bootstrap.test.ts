import { describe, expect, it } from 'vitest';
import { bootstrap90, mulberry32, nearestRank, seedOf } from '../../src/main/core/lift/bootstrap';

describe('the bootstrap', () => {
  it('takes percentiles by nearest rank, so whole minor units stay whole', () => {
    const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(nearestRank(hundred, 5)).toBe(5);
    expect(nearestRank(hundred, 95)).toBe(95);
    const twenty = Array.from({ length: 20 }, (_, i) => (i + 1) * 10);
    expect(nearestRank(twenty, 5)).toBe(10); // rank ceil(1) = 1
    expect(nearestRank(twenty, 95)).toBe(190); // rank ceil(19) = 19
    expect(nearestRank([42], 5)).toBe(42);
    expect(() => nearestRank([], 5)).toThrow(RangeError);
  });

  it('draws the same sequence from the same seed, and another from another', () => {
    const a = mulberry32(1234);
    const b = mulberry32(1234);
    const c = mulberry32(1235);
    const first = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(first);
    for (const v of first) expect(v >= 0 && v < 2 ** 32 && Number.isInteger(v)).toBe(true);
  });

  it('seeds from the data: any changed day changes the seed', () => {
    const base = [
      [1, 2, 3],
      [4, 5, 6],
    ];
    expect(seedOf(base)).toBe(
      seedOf([
        [1, 2, 3],
        [4, 5, 6],
      ]),
    );
    expect(seedOf(base)).not.toBe(
      seedOf([
        [1, 2, 3],
        [4, 5, 7],
      ]),
    );
    expect(seedOf(base)).not.toBe(seedOf([[1, 2, 3, 4, 5, 6]]));
  });

  it('draws every day index in range, about evenly', () => {
    const counts = new Array<number>(7).fill(0);
    bootstrap90(7, 1000, 99, (indices) => {
      for (const i of indices) counts[i] = (counts[i] ?? 0) + 1;
      return 0;
    });
    expect(counts.reduce((s, c) => s + c, 0)).toBe(7000);
    // 1000 draws per index expected; a fair draw stays well within 15 %.
    for (const c of counts) expect(Math.abs(c - 1000)).toBeLessThan(150);
  });

  it('returns null when no draw gives a value, and counts the draws that did', () => {
    expect(bootstrap90(5, 100, 1, () => null)).toBeNull();
    let n = 0;
    const interval = bootstrap90(5, 100, 1, () => (n++ % 2 === 0 ? n : null));
    expect(interval?.used).toBe(50);
  });
});
