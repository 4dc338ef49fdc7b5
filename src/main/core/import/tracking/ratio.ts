/**
 * Percentages from a tracking sheet ("2.98%", "2,98 %", or 0.0298 from a
 * percent-formatted spreadsheet cell), kept with the precision the sheet shows
 * them at, so "2.2%" is not called different from Pilotdesk's 2.195 %.
 */

import type { DecimalMark } from '../../../../shared/imports';
import { parseAmount, type ValueResult } from '../values';

export interface Ratio {
  /** 0.0298 for 2.98 %. */
  value: number;
  /** Half the smallest step the sheet can show, as a ratio: differences below it are rounding. */
  tolerance: number;
  /** As the sheet shows it. */
  text: string;
}

const DIGITS = 6;

export function readRatio(text: string, mark: DecimalMark): ValueResult<Ratio> {
  const cell = text.trim();
  const percent = cell.endsWith('%');
  const number = percent ? cell.slice(0, -1).trim() : cell;
  const read = parseAmount(number, DIGITS, mark);
  if (!read.ok) return { ok: false, message: `"${cell}" is not a percentage` };
  if (read.value < 0) return { ok: false, message: `"${cell}" is negative` };
  const shown = decimalsOf(number, mark);
  // Without a % sign, a number above 1 is a percentage (12 = 12 %), at most 1 a fraction (0.12, as a spreadsheet stores 12 %).
  const asPercent = percent || read.value > 10 ** DIGITS;
  const value = read.value / 10 ** DIGITS / (asPercent ? 100 : 1);
  const step = 10 ** -shown / (asPercent ? 100 : 1);
  // A fraction (0.0298) is shown as the percentage a spreadsheet shows for it (2.98%).
  const shownText = percent ? cell : `${(value * 100).toFixed(Math.max(0, shown - (asPercent ? 0 : 2)))}%`;
  return { ok: true, value: { value, tolerance: step / 2 + 1e-12, text: shownText } };
}

function decimalsOf(text: string, mark: DecimalMark): number {
  const at = text.lastIndexOf(mark);
  if (at < 0) return 0;
  return text.slice(at + 1).replace(/\D/g, '').length;
}
