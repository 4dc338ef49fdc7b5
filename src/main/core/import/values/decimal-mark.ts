/**
 * Whether a file writes amounts with a decimal point or a decimal comma,
 * from the evidence of many amounts: "12,00" can only be a decimal comma,
 * "1,234.56" only a decimal point, "1,234" alone could be either.
 */

import type { DecimalMark } from '../../../../shared/imports';
import { leadingCurrency, trailingCurrency } from './currency-affix';
import { MAX_NUMBER_TEXT } from './number-text';

/** '.' or ',' by the majority of samples that tell; null when none tells, or they tie. */
export function detectDecimalMark(samples: string[]): DecimalMark | null {
  let points = 0;
  let commas = 0;
  for (const sample of samples) {
    const vote = markOf(sample);
    if (vote === '.') points++;
    else if (vote === ',') commas++;
  }
  if (points === commas) return null;
  return points > commas ? '.' : ',';
}

function markOf(sample: string): DecimalMark | null {
  if (sample.length > MAX_NUMBER_TEXT) return null;
  let s = sample.replace(/\s+/g, '').replace(/^[(+\-\u2212]+|[)\-\u2212]+$/g, '');
  s = s.slice(leadingCurrency(s).length);
  s = s.slice(0, s.length - trailingCurrency(s).length).replace(/^[(+\-\u2212]+|[)\-\u2212]+$/g, '');
  // Apostrophes and spaces only ever group thousands; they say nothing of the mark.
  s = s.replace(/['’]/g, '');
  if (!/^\d*[.,][\d.,]*$/.test(s) || !/\d/.test(s)) return null;
  const lastPoint = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  if (lastPoint >= 0 && lastComma >= 0) return lastPoint > lastComma ? '.' : ',';
  const mark: DecimalMark = lastPoint >= 0 ? '.' : ',';
  const other: DecimalMark = mark === '.' ? ',' : '.';
  const parts = s.split(mark);
  // Several of one mark: it groups thousands, so the decimal mark is the other one.
  if (parts.length > 2) return parts.slice(1).every((p) => p.length === 3) ? other : null;
  const [before = '', after = ''] = parts;
  if (after.length !== 3) return after === '' ? null : mark;
  // "0,500", ",500" or "1234,567" cannot be thousands; "1,234" could be either.
  return before === '' || before === '0' || before.length > 3 ? mark : null;
}
