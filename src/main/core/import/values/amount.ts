/**
 * Amounts and quantities from cell text, exactly: "$1,149.00 " is 114900
 * minor units, "($33.62)" is -3362, "1.234,56 €" read with a decimal comma
 * is 123456. Digits are never converted through a float.
 */

import type { DecimalMark } from '../../../../shared/imports';
import { type DecimalDigits, readDecimal } from './number-text';
import { fail, type ValueResult } from './value-result';

/**
 * Amount text -> integer minor units for a currency exponent (0, 2 or 3).
 * More decimals than the currency has are rounded half to even, as banks do.
 * A failed read's message quotes the text ('"12,00" uses a decimal comma;
 * this file was read with a decimal point'), except 'is empty', which the
 * caller may accept as zero or refuse.
 */
export function parseAmount(text: string, exponent: number, mark: DecimalMark): ValueResult<number> {
  const plain = plainMinor(text, exponent, mark);
  if (plain !== null) return { ok: true, value: plain };
  const read = readDecimal(text, mark, true);
  if (!read.ok) {
    if (read.message === 'is empty') return read;
    return fail(`${quote(text)} ${read.message === 'is not a number' ? 'is not an amount' : read.message}`);
  }
  const minor = minorUnits(read.value, exponent);
  return minor === null ? fail(`${quote(text)} is too large for an amount`) : { ok: true, value: minor };
}

/**
 * Quantity text ("1", "1.0", "2,0", "-1" for a refunded line) -> a whole
 * number. The message is a predicate for the caller to put after the text:
 * 'is not a whole number'.
 */
export function parseQuantity(text: string, mark: DecimalMark): ValueResult<number> {
  const read = readDecimal(text, mark, false);
  if (!read.ok) return read;
  if (/[1-9]/.test(read.value.fraction)) return fail('is not a whole number');
  const units = minorUnits({ ...read.value, fraction: '' }, 0);
  return units === null ? fail('is too large for a quantity') : { ok: true, value: units };
}

/**
 * The common case in one pass over the characters, without regex or
 * strings: "-1391.62", "1400", "12,5". Anything else (symbols, separators,
 * spaces, more decimals than the currency has) returns null for the full
 * reading. Exact: at most 15 digits, so every step stays below 2^53.
 */
function plainMinor(text: string, exponent: number, mark: DecimalMark): number | null {
  const markCode = mark.charCodeAt(0);
  let i = text.charCodeAt(0) === 45 ? 1 : 0;
  let value = 0;
  let digits = 0;
  let decimals = -1;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (decimals >= 0 && decimals++ === exponent) return null;
      value = value * 10 + (c - 48);
      digits++;
    } else if (c === markCode && decimals < 0) decimals = 0;
    else return null;
  }
  if (digits === 0 || digits > 15 || decimals === 0) return null;
  for (let k = Math.max(decimals, 0); k < exponent; k++) value *= 10;
  if (!Number.isSafeInteger(value)) return null;
  return text.charCodeAt(0) === 45 && value !== 0 ? -value : value;
}

function minorUnits({ negative, whole, fraction }: DecimalDigits, exponent: number): number | null {
  const kept = fraction.slice(0, exponent).padEnd(exponent, '0');
  const digits = (whole + kept).replace(/^0+/, '');
  if (digits.length > 16) return null;
  let minor = digits === '' ? 0 : Number(digits);
  if (roundsUp(fraction.slice(exponent), minor)) minor++;
  if (!Number.isSafeInteger(minor)) return null;
  return negative && minor !== 0 ? -minor : minor;
}

/** Half to even on the dropped digits: 0.125 -> 0.12, 0.135 -> 0.14, 0.1251 -> 0.13. */
function roundsUp(dropped: string, kept: number): boolean {
  if (dropped === '' || dropped[0] === undefined || dropped[0] < '5') return false;
  if (dropped[0] > '5' || /[1-9]/.test(dropped.slice(1))) return true;
  return kept % 2 === 1;
}

function quote(text: string): string {
  const shown = text.trim();
  return `"${shown.length > 24 ? `${shown.slice(0, 24)}…` : shown}"`;
}
