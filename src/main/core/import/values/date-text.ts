/**
 * Dates from cell text in the order a file writes them: "2026-05-12 12:54:07
 * -0700" (Shopify), "7/25/2018 21:06" (Excel US), "06.07.2026" (Excel DE),
 * "Jul 6, 2026". The date is the calendar date as written, never moved to
 * UTC; time and offset are kept when present.
 */

import { DATE_ORDERS, type DateOrder } from '../../../../shared/imports';
import { readClock } from './clock-text';
import { fail, type ValueResult } from './value-result';

export interface ParsedDate {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM:SS */
  time: string | null;
  /** +HHMM */
  offset: string | null;
}

const ORDER_WORDS: Record<DateOrder, string> = {
  ymd: 'year-month-day',
  mdy: 'month/day/year',
  dmy: 'day/month/year',
};

const MAX_DATE_TEXT = 80;

/**
 * Reads `text` in `order`. A failed read's message is a predicate for the
 * caller to put after the quoted text: 'is not a real date', 'is not a
 * day/month/year date; it reads as month/day/year'.
 */
export function parseDateText(text: string, order: DateOrder): ValueResult<ParsedDate> {
  const read = readDate(text, order);
  if (read.ok) return read;
  if (read.message !== SHAPE && read.message !== NOT_REAL) return read;
  const fits = DATE_ORDERS.filter((o) => o !== order && readDate(text, o).ok);
  if (fits.length === 0) return read.message === NOT_REAL ? read : fail('is not a date');
  return fail(`is not a ${ORDER_WORDS[order]} date; it reads as ${fits.map((o) => ORDER_WORDS[o]).join(' or ')}`);
}

/** Every order that reads all non-empty samples, in the order ymd, mdy, dmy. */
export function dateOrdersFitting(samples: string[]): DateOrder[] {
  const filled = samples.filter((s) => s.trim() !== '');
  return DATE_ORDERS.filter((order) => filled.every((s) => readDate(s, order).ok));
}

/** The message of a text whose date part has none of the order's shapes. */
const SHAPE = 'has no date in this order';
const NOT_REAL = 'is not a real date';

/**
 * The shape most exports write ("2026-05-12 12:54:07 -0700", ISO 8601 with
 * "T" and "Z"), read character by character: an import reads one or two
 * dates per row. Anything else returns null for the full reading.
 */
function readIsoFast(text: string): ValueResult<ParsedDate> | null {
  const n = text.length;
  if (n < 10 || text[4] !== '-' || text[7] !== '-') return null;
  const y = digitsAt(text, 0, 4);
  const mo = digitsAt(text, 5, 2);
  const d = digitsAt(text, 8, 2);
  if (y < 0 || mo < 0 || d < 0) return null;
  if (n === 10)
    return isRealDate(y, mo, d) ? { ok: true, value: { date: text, time: null, offset: null } } : fail(NOT_REAL);
  if ((text[10] !== ' ' && text[10] !== 'T') || text[13] !== ':') return null;
  const h = digitsAt(text, 11, 2);
  const min = digitsAt(text, 14, 2);
  let at = 16;
  let sec = 0;
  if (text[16] === ':') {
    sec = digitsAt(text, 17, 2);
    at = 19;
    if (text[19] === '.') for (at = 20; at < n && isDigit(text[at]); ) at++;
  }
  if (h < 0 || min < 0 || sec < 0) return null;
  let offset: string | null = null;
  if (text[at] === 'Z' && at + 1 === n) offset = '+0000';
  else if (at < n) {
    if (text[at] === ' ') at++;
    const sign = text[at];
    const colon = text[at + 3] === ':' ? 1 : 0;
    const oh = digitsAt(text, at + 1, 2);
    const om = digitsAt(text, at + 3 + colon, 2);
    if ((sign !== '+' && sign !== '-') || oh < 0 || om < 0 || at + 5 + colon !== n) return null;
    if (oh > 14 || om > 59) return fail('has an impossible time zone offset');
    offset = `${sign}${text.slice(at + 1, at + 3)}${text.slice(at + 3 + colon, at + 5 + colon)}`;
  }
  if (!isRealDate(y, mo, d)) return fail(NOT_REAL);
  if (h > 23 || min > 59 || sec > 59) return fail('has an impossible time');
  const time = at >= 19 ? text.slice(11, 19) : `${text.slice(11, 16)}:00`;
  return { ok: true, value: { date: text.slice(0, 10), time, offset } };
}

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/** The number written by `count` digits at `start`, or -1. */
function digitsAt(text: string, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i++) {
    const c = text.charCodeAt(i);
    if (!(c >= 48 && c <= 57)) return -1;
    value = value * 10 + c - 48;
  }
  return value;
}

function readDate(text: string, order: DateOrder): ValueResult<ParsedDate> {
  if (order === 'ymd') {
    const fast = readIsoFast(text);
    if (fast) return fast;
  }
  if (text.length > MAX_DATE_TEXT) return fail('is too long to be a date');
  const s = text.replace(/\s+/g, ' ').trim();
  if (s === '') return fail('is empty');
  const day = readDay(s.replace(WEEKDAY, ''), order);
  if (!day) return fail(SHAPE);
  const { y, m, d, rest } = day;
  if (!isRealDate(y, m, d)) return fail(NOT_REAL);
  const clock = readClock(rest);
  if (!clock.ok) return clock;
  return { ok: true, value: { date: `${y}-${pad(m)}-${pad(d)}`, ...clock.value } };
}

interface Day {
  y: number;
  m: number;
  d: number;
  /** What follows the date: time, offset, zone name. */
  rest: string;
}

const WEEKDAY = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,? /i;
const YMD = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)/;
const YMD_COMPACT = /^(\d{4})(\d{2})(\d{2})(?![\d:.,/-])/;
const NUMERIC = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?!\d)/;
const MONTH_FIRST = /^([a-z]{3,9})\.?[ -](\d{1,2})(?:st|nd|rd|th)?,?[ -](\d{4})(?!\d)/i;
const DAY_FIRST = /^(\d{1,2})(?:st|nd|rd|th)?[ -]([a-z]{3,9})\.?,?[ -](\d{4}|\d{2})(?!\d)/i;

function readDay(s: string, order: DateOrder): Day | null {
  if (order === 'ymd') {
    const m = YMD.exec(s) ?? YMD_COMPACT.exec(s);
    if (!m) return null;
    const [, y, , mo, d] = m.length === 5 ? m : [m[0], m[1], '', m[2], m[3]];
    return { y: Number(y), m: Number(mo), d: Number(d), rest: s.slice(m[0].length) };
  }
  const numeric = NUMERIC.exec(s);
  if (numeric) {
    const [whole, a, , b, y] = numeric as unknown as [string, string, string, string, string];
    const [m, d] = order === 'mdy' ? [a, b] : [b, a];
    return { y: fullYear(y), m: Number(m), d: Number(d), rest: s.slice(whole.length) };
  }
  if (order === 'mdy') {
    const named = MONTH_FIRST.exec(s);
    const month = named ? monthNumber(named[1] as string) : 0;
    if (!named || !month) return null;
    return { y: Number(named[3]), m: month, d: Number(named[2]), rest: s.slice(named[0].length) };
  }
  const named = DAY_FIRST.exec(s);
  const month = named ? monthNumber(named[2] as string) : 0;
  if (!named || !month) return null;
  return { y: fullYear(named[3] as string), m: month, d: Number(named[1]), rest: s.slice(named[0].length) };
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** 1-12 for an English month name or its abbreviation ("Sep", "Sept", "September"); 0 otherwise. */
function monthNumber(name: string): number {
  const n = name.toLowerCase();
  const i = MONTHS.findIndex((full) => full === n || full.slice(0, 3) === n || (n === 'sept' && full === 'september'));
  return i + 1;
}

/** Two-digit years are this century's: "7/6/26" is 2026. */
const fullYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isRealDate(y: number, m: number, d: number): boolean {
  if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (m === 2 && leap ? 29 : (DAYS_IN_MONTH[m - 1] as number));
}

const pad = (n: number) => String(n).padStart(2, '0');
