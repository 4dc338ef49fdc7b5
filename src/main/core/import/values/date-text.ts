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

function readDate(text: string, order: DateOrder): ValueResult<ParsedDate> {
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

function isRealDate(y: number, m: number, d: number): boolean {
  if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] as number;
  return d <= days;
}

const pad = (n: number) => String(n).padStart(2, '0');
