/**
 * Follower counts and average views as discovery tools and people write
 * them: "12.5K", "12,5k", "1,2 M", "1.5 Mio", "12,500", "12.500", "12 500",
 * "850". With a K or M suffix the one , or . is a decimal mark; without one,
 * . , spaces and apostrophes group thousands. Read as digits, never through
 * a float; a fraction of one that remains ("1.2345K") is rounded half to even.
 */

import { fail, type ValueResult } from './value-result';

const MULTIPLIERS: Array<[RegExp, bigint]> = [
  // "mil" is a thousand in Spanish and Portuguese ("12 mil"), never a million.
  [/^(k|tsd|tausend|thousand|mil)$/i, 1_000n],
  [/^(m|mio|mn|million|millionen|millions)$/i, 1_000_000n],
];

/** Thin, narrow and ordinary no-break spaces all group thousands the way a space does. */
const SPACES = /[\s\u00a0\u202f\u2009\u2007]+/g;

/**
 * What people write around a count that does not change it: "about" marks
 * ("~12K", "ca. 12K"), a plus ("10K+"), and the unit ("12.5K followers").
 */
const ROUGHLY = /^(~|≈|ca\.?|approx\.?|about)\s*|\s*\+$|\s+(followers?|views?|subscribers?|abonnenten|abonnés)$/gi;

/** A count of at most `max` from a cell's text. Messages are predicates about the text. */
export function parseCount(text: string, max: number): ValueResult<number> {
  const cell = text.replace(SPACES, ' ').trim().replace(ROUGHLY, '');
  if (cell === '') return fail('is empty');
  if (cell.length > 40) return fail('is too long to be a count');
  if (/^[-\u2212]/.test(cell)) return fail('is negative');
  const suffixed = /^(\d+(?:[.,]\d+)?) ?([a-z]+)\.?$/i.exec(cell);
  let value: bigint | null;
  if (suffixed) {
    const multiplier = MULTIPLIERS.find(([pattern]) => pattern.test(suffixed[2] ?? ''))?.[1];
    if (!multiplier) return fail('is not a count (write it like 12,500, 12.5K or 1.2M)');
    const [whole = '', fraction = ''] = (suffixed[1] ?? '').split(/[.,]/);
    value = scaled(whole, fraction, multiplier);
  } else {
    value = plainCount(cell);
    if (value === null) return fail('is not a count (write it like 12,500, 12.5K or 1.2M)');
  }
  if (value > BigInt(max)) return fail(`is more than ${max.toLocaleString('en-US')}`);
  return { ok: true, value: Number(value) };
}

/** whole.fraction × multiplier, rounded half to even. */
function scaled(whole: string, fraction: string, multiplier: bigint): bigint {
  const denominator = 10n ** BigInt(fraction.length);
  const numerator = BigInt(whole + fraction) * multiplier;
  return roundHalfEven(numerator, denominator);
}

function roundHalfEven(numerator: bigint, denominator: bigint): bigint {
  const quotient = numerator / denominator;
  const twice = (numerator % denominator) * 2n;
  if (twice > denominator || (twice === denominator && quotient % 2n === 1n)) return quotient + 1n;
  return quotient;
}

/**
 * A count without a suffix. A mark followed by exactly three digits groups
 * thousands ("12.500", "12,500"); two kinds of mark read as grouping then
 * decimal ("1,234.5"); a lone mark followed by other than three digits is a
 * decimal ("1234.5", as a spreadsheet's average may be written).
 */
function plainCount(cell: string): bigint | null {
  if (/^\d{1,15}$/.test(cell)) return BigInt(cell);
  const parts = cell.split(/([ .,'’])/);
  const digits = parts.filter((_, i) => i % 2 === 0);
  const marks = parts.filter((_, i) => i % 2 === 1);
  if (!digits.every((d) => /^\d+$/.test(d))) return null;
  const last = marks.at(-1) as string;
  const grouping = marks.slice(0, -1);
  const decimalLast =
    (last === '.' || last === ',') &&
    ((grouping.length > 0 && grouping.every((m) => m !== last)) ||
      (grouping.length === 0 && (digits[1] ?? '').length !== 3));
  const groups = decimalLast ? digits.slice(0, -1) : digits;
  const separators = decimalLast ? grouping : marks;
  if (separators.length > 0) {
    if (new Set(separators).size > 1) return null;
    const [first = '', ...rest] = groups;
    if (first.length > 3 || !rest.every((g) => g.length === 3)) return null;
  }
  const whole = groups.join('');
  return decimalLast
    ? roundHalfEven(BigInt(whole + (digits.at(-1) ?? '')), 10n ** BigInt(digits.at(-1)?.length ?? 0))
    : BigInt(whole);
}
