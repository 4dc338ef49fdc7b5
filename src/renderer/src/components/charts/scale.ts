/** Axis arithmetic for the small SVG charts: round tick steps and linear scales. Display only. */

/** Ticks from 0 to a round number at or above max (at least 1), about `count` of them. */
export function niceTicks(max: number, count = 4): number[] {
  const top = Math.max(max, 1);
  const rough = top / count;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * magnitude >= rough) ?? 10) * magnitude;
  const ticks: number[] = [];
  for (let v = 0; v < top + step; v += step) {
    ticks.push(Number(v.toPrecision(12)));
    if (v >= top) break;
  }
  return ticks;
}

/** Maps [from0, from1] onto [to0, to1]; a zero-width domain maps to to0. */
export function linear(from0: number, from1: number, to0: number, to1: number): (v: number) => number {
  const span = from1 - from0;
  return (v) => (span === 0 ? to0 : to0 + ((v - from0) / span) * (to1 - to0));
}

/** About `count` evenly spaced indexes of n points, always the first and the last. */
export function spreadIndexes(n: number, count: number): number[] {
  if (n <= 0) return [];
  if (n <= count) return Array.from({ length: n }, (_, i) => i);
  const out = new Set<number>();
  for (let k = 0; k < count; k++) out.add(Math.round((k * (n - 1)) / (count - 1)));
  return [...out];
}
