/**
 * The bootstrap behind a lift test's 90 % interval. Days are resampled with
 * replacement, and one draw of day indices serves all four series, so pre day i
 * stays paired with test day i (and test with control) as on the calendar.
 * The generator is seeded from the data itself: the same data gives the same
 * interval on every run, on every machine.
 */

/** mulberry32: a small, fast 32-bit generator; plenty for resampling, never for secrets. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** FNV-1a over the series' decimal text: a seed that changes whenever any day's figure does. */
export function seedOf(series: readonly (readonly number[])[]): number {
  const text = series.map((s) => s.join(',')).join('|');
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * The p-th percentile (0 < p <= 100, whole numbers) by nearest rank: the
 * smallest value with at least p % of the values at or below it. It always
 * returns one of the values, so whole minor units stay whole.
 */
export function nearestRank(sorted: ArrayLike<number>, p: number): number {
  const rank = Math.max(1, Math.floor((p * sorted.length + 99) / 100));
  const value = sorted[rank - 1];
  if (value === undefined) throw new RangeError('no values to take a percentile of');
  return value;
}

export interface Interval {
  low: number;
  high: number;
  /** Resamples that gave an estimate (a draw of only control days without revenue gives none). */
  used: number;
}

/**
 * Resamples `days` day indices `resamples` times and returns the 5th and 95th
 * percentiles of what `statistic` gives for each draw, or null when no draw
 * gives one. `statistic` receives the drawn indices and returns null to skip a draw.
 */
export function bootstrap90(
  days: number,
  resamples: number,
  seed: number,
  statistic: (indices: Uint32Array) => number | null,
): Interval | null {
  const next = mulberry32(seed);
  const indices = new Uint32Array(days);
  const values = new Float64Array(resamples);
  let used = 0;
  for (let r = 0; r < resamples; r++) {
    // A uint32 scaled to [0, days): the bias is below days / 2^32, far under the sampling noise.
    for (let i = 0; i < days; i++) indices[i] = Math.floor((next() / 0x1_0000_0000) * days);
    const value = statistic(indices);
    if (value !== null) values[used++] = value;
  }
  if (used === 0) return null;
  const sorted = values.subarray(0, used).sort();
  return { low: nearestRank(sorted, 5), high: nearestRank(sorted, 95), used };
}
