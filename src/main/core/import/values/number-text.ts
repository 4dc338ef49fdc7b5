/**
 * The number inside a cell's text, as digits: signs (leading or trailing
 * minus, accounting parentheses), currency symbols and codes, spaces and
 * thousands separators are read and checked against the file's decimal mark,
 * and never through a float.
 */

import type { DecimalMark } from '../../../../shared/imports';
import { leadingCurrency, trailingCurrency } from './currency-affix';
import { fail, type ValueResult } from './value-result';

export interface DecimalDigits {
  negative: boolean;
  /** Digits before the decimal mark, separators removed ('' for ".5"). */
  whole: string;
  /** Digits after the decimal mark. */
  fraction: string;
}

/** Longer text is no cell's amount; refusing it keeps every regex here cheap. */
export const MAX_NUMBER_TEXT = 64;

const PLAIN: Record<DecimalMark, RegExp> = {
  '.': /^(-?)(\d{1,15})(?:\.(\d{1,15}))?$/,
  ',': /^(-?)(\d{1,15})(?:,(\d{1,15}))?$/,
};

/**
 * Reads `text` as a decimal number written with `mark`. Messages are
 * predicates about the text ("is empty", "uses a decimal comma; ...") for the
 * caller to put after the field's name or the quoted text.
 */
export function readDecimal(text: string, mark: DecimalMark, allowCurrency: boolean): ValueResult<DecimalDigits> {
  const plain = PLAIN[mark].exec(text);
  if (plain)
    return { ok: true, value: { negative: plain[1] === '-', whole: plain[2] ?? '', fraction: plain[3] ?? '' } };
  if (text.length > MAX_NUMBER_TEXT) return fail('is too long to be a number');
  const shell = unwrap(text, allowCurrency);
  if (!shell.ok) return shell;
  const { body, negative } = shell.value;
  if (body === '') return fail(text.trim() === '' ? 'is empty' : 'is not a number');
  const digits = readBody(body, mark);
  if (digits.ok) return { ok: true, value: { negative, ...digits.value } };
  return fail(explain(body, mark, digits.message));
}

interface Shell {
  body: string;
  negative: boolean;
}

const MINUS = new Set(['-', '\u2212']);

/** Peels signs, parentheses and currency off both ends, in any nesting: "-$45", "$(33.62)", "45.00 USD-". */
function unwrap(text: string, allowCurrency: boolean): ValueResult<Shell> {
  let s = text.replace(/\s+/g, ' ').trim();
  let minus = 0;
  let plus = 0;
  let parens = 0;
  let currencies = 0;
  for (let changed = true; changed && s !== ''; ) {
    changed = false;
    const before = s;
    if (s.startsWith('(') && s.endsWith(')') && s.length > 1) {
      parens++;
      s = s.slice(1, -1);
    }
    if (MINUS.has(s[0] as string)) {
      minus++;
      s = s.slice(1);
    } else if (s[0] === '+') {
      plus++;
      s = s.slice(1);
    }
    if (MINUS.has(s.at(-1) as string)) {
      minus++;
      s = s.slice(0, -1);
    }
    if (allowCurrency) {
      const lead = leadingCurrency(s);
      const trail = trailingCurrency(s.slice(lead.length));
      if (lead || trail) {
        currencies += (lead ? 1 : 0) + (trail ? 1 : 0);
        s = s.slice(lead.length, s.length - trail.length);
      }
    }
    s = s.trim();
    changed = s !== before;
  }
  if (minus + parens + plus > 1) return fail('has more than one sign');
  if (currencies > 2) return fail('is not a number');
  return { ok: true, value: { body: s, negative: minus + parens === 1 } };
}

/** Characters that may group thousands: , . ' ’ and space; whichever is not the decimal mark. */
const GROUP_CODES = new Set([0x2c, 0x2e, 0x27, 0x2019, 0x20]);

const isDigitCode = (c: number) => c >= 48 && c <= 57;

function readBody(body: string, mark: DecimalMark): ValueResult<Omit<DecimalDigits, 'negative'>> {
  const markCode = mark.charCodeAt(0);
  const at = body.indexOf(mark);
  if (at >= 0 && body.indexOf(mark, at + 1) >= 0) return fail('two marks');
  const end = at < 0 ? body.length : at;
  if (at >= 0) {
    if (at === body.length - 1) return fail('bad fraction');
    for (let i = at + 1; i < body.length; i++) if (!isDigitCode(body.charCodeAt(i))) return fail('bad fraction');
  }
  if (end === 0 && at < 0) return fail('not a number');
  let separator = 0;
  let run = 0;
  const groups: number[] = [];
  for (let i = 0; i < end; i++) {
    const c = body.charCodeAt(i);
    if (isDigitCode(c)) run++;
    else if (c !== markCode && GROUP_CODES.has(c)) {
      if (separator && c !== separator) return fail('bad groups');
      separator = c;
      groups.push(run);
      run = 0;
    } else return fail('not a number');
  }
  const fraction = at < 0 ? '' : body.slice(at + 1);
  if (!separator) return { ok: true, value: { whole: body.slice(0, end), fraction } };
  groups.push(run);
  if (!wellGrouped(groups)) return fail('bad groups');
  return { ok: true, value: { whole: body.slice(0, end).replace(/\D/g, ''), fraction } };
}

/** Group lengths of 1,234,567 or the Indian 12,34,567: a short first group, then threes (or twos before a last three). */
function wellGrouped(lengths: number[]): boolean {
  const [first = 0, ...rest] = lengths;
  if (first < 1 || first > 3 || rest.length === 0) return false;
  if (rest.every((n) => n === 3)) return true;
  return first <= 2 && rest.at(-1) === 3 && rest.slice(0, -1).every((n) => n === 2);
}

const MARK_NAMES: Record<DecimalMark, string> = { '.': 'a decimal point', ',': 'a decimal comma' };

/** Why the body failed, in the user's words; above all, a number written with the other decimal mark. */
function explain(body: string, mark: DecimalMark, problem: string): string {
  const other: DecimalMark = mark === '.' ? ',' : '.';
  const read = `this file was read with ${MARK_NAMES[mark]}`;
  const asOther = readBody(body, other);
  if (asOther.ok) {
    return asOther.value.fraction !== ''
      ? `uses ${MARK_NAMES[other]}; ${read}`
      : `groups thousands with "${mark}"; ${read}`;
  }
  if (/^\d+(?:[.,]\d+)?e[+-]?\d+$/i.test(body)) {
    return 'is in scientific notation, as Excel shows long numbers; format the column as text or number in the spreadsheet and export again';
  }
  if (problem === 'bad groups') return 'has misplaced thousands separators';
  return 'is not a number';
}
