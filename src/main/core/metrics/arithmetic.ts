/**
 * Exact integer arithmetic for figures (METRICS.md "Arithmetic"): sums stay
 * integers, division happens once, last, and rounds half to even. Products
 * that could pass 2^53 are taken in BigInt so no digit is ever lost.
 */

/** Places kept in a ratio: conversion 0.0312 is 3.12 %, ROAS 2.4567x. */
export const RATIO_PLACES = 4;
const RATIO_SCALE = 10 ** RATIO_PLACES;

/** num / den rounded half to even; den must be positive. */
export function divideHalfEven(num: number, den: number): number {
  if (!Number.isSafeInteger(num) || !Number.isSafeInteger(den)) return Number(divideBig(BigInt(num), BigInt(den)));
  if (den <= 0) throw new RangeError('divideHalfEven needs a positive denominator');
  const q = Math.trunc(num / den);
  const r = num - q * den;
  if (r === 0) return q;
  const twice = Math.abs(r) * 2;
  const away = num < 0 ? q - 1 : q + 1;
  if (twice > den) return away;
  if (twice < den) return q;
  return q % 2 === 0 ? q : away;
}

function divideBig(num: bigint, den: bigint): bigint {
  if (den <= 0n) throw new RangeError('divideHalfEven needs a positive denominator');
  const q = num / den;
  const r = num - q * den;
  if (r === 0n) return q;
  const twice = (r < 0n ? -r : r) * 2n;
  const away = num < 0n ? q - 1n : q + 1n;
  if (twice > den) return away;
  if (twice < den) return q;
  return q % 2n === 0n ? q : away;
}

/** a x b / den, rounded half to even, exact for any sizes. */
export function mulDiv(a: number, b: number, den: number): number {
  const product = a * b;
  if (Number.isSafeInteger(product)) return divideHalfEven(product, den);
  return Number(divideBig(BigInt(a) * BigInt(b), BigInt(den)));
}

/** num / den as a ratio kept to RATIO_PLACES; null when den is 0. */
export function ratio(num: number, den: number): number | null {
  if (den === 0) return null;
  return mulDiv(num, RATIO_SCALE, den) / RATIO_SCALE;
}

/** Money / count (AOV, CAC): minor units, null when the count is 0. */
export function perUnit(amountMinor: number, count: number): number | null {
  return count === 0 ? null : divideHalfEven(amountMinor, count);
}

export function sum<T>(items: readonly T[], of: (item: T) => number): number {
  let total = 0;
  for (const item of items) total += of(item);
  return total;
}
