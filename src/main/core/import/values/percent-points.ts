/**
 * Percentages read to basis points: "3.2%", "3,2 %", "3.2" or 0.032 (a
 * percent-formatted spreadsheet cell holds the fraction). A number without a
 * % sign is read as its column says: `readingOf` decides it once for the
 * whole column, so 0.8 in a column of 3.2, 4.1 and 0.8 is 0.8 %, not 80 %.
 */

import { fail, type ValueResult } from './value-result';

/** How a number without a % sign is read: 3.2 = 3.2 % ('percent'), or 0.032 = 3.2 % ('fraction'). */
export type PercentReading = 'percent' | 'fraction';

interface PercentText {
  whole: string;
  fraction: string;
  signed: boolean;
}

const PERCENT = /^(\d{1,6})?(?:[.,](\d{1,12}))?\s*(%)?$/;

function readPercentText(text: string): ValueResult<PercentText> {
  const cell = text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  if (cell === '') return fail('is empty');
  if (/^[-\u2212]/.test(cell)) return fail('is negative');
  const m = PERCENT.exec(cell);
  if (!m || (m[1] === undefined && m[2] === undefined))
    return fail('is not a percentage (write it like 3.2% or 0.032)');
  return { ok: true, value: { whole: m[1] ?? '0', fraction: m[2] ?? '', signed: m[3] === '%' } };
}

/**
 * The reading for a column's numbers without a % sign: fractions when every
 * one is at most 1, else percentages. Null when no cell lacks a % sign (or
 * none can be read), so there was nothing to decide.
 */
export function readingOf(cells: readonly string[]): PercentReading | null {
  let unsigned = 0;
  for (const cell of cells) {
    const read = readPercentText(cell);
    if (!read.ok || read.value.signed) continue;
    unsigned++;
    const { whole, fraction } = read.value;
    const atMostOne = /^0*$/.test(whole) || (/^0*1$/.test(whole) && /^0*$/.test(fraction));
    if (!atMostOne) return 'percent';
  }
  return unsigned > 0 ? 'fraction' : null;
}

/** Basis points (320 for 3.2 %), rounded half to even, at most `maxBp`. */
export function parsePercentPoints(text: string, reading: PercentReading, maxBp: number): ValueResult<number> {
  const read = readPercentText(text);
  if (!read.ok) return read;
  const { whole, fraction, signed } = read.value;
  const scale = signed || reading === 'percent' ? 100n : 10_000n;
  const denominator = 10n ** BigInt(fraction.length);
  const numerator = BigInt(whole + fraction) * scale;
  let bp = numerator / denominator;
  const twice = (numerator % denominator) * 2n;
  if (twice > denominator || (twice === denominator && bp % 2n === 1n)) bp += 1n;
  if (bp > BigInt(maxBp)) return fail(`is more than ${Number(maxBp) / 100}%`);
  return { ok: true, value: Number(bp) };
}
