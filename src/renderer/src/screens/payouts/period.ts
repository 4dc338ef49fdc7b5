/** Payout periods as calendar dates (YYYY-MM-DD) in the user's own day. */

import { addDays, daysBetween, type IsoDate, isIsoDate } from '../../../../shared/dates';

/** Today as a calendar date in the user's time zone (not UTC: a payout run late in the evening is still today). */
export function today(now: Date = new Date()): IsoDate {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** The calendar month before the one `day` falls in: the usual payout period. */
export function lastMonth(day: IsoDate = today()): { start: IsoDate; end: IsoDate } {
  const firstOfThis = `${day.slice(0, 8)}01`;
  const end = addDays(firstOfThis, -1);
  return { start: `${end.slice(0, 8)}01`, end };
}

/** The month `day` falls in, first to last day. */
export function monthOf(day: IsoDate): { start: IsoDate; end: IsoDate } {
  const start = `${day.slice(0, 8)}01`;
  const next = addDays(start, 32);
  return { start, end: addDays(`${next.slice(0, 8)}01`, -1) };
}

/** Problems with a typed period, by field, before anything is asked of the core. */
export function periodErrors(start: string, end: string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!isIsoDate(start)) errors.periodStart = 'Choose the first day of the period';
  if (!isIsoDate(end)) errors.periodEnd = 'Choose the last day of the period';
  if (isIsoDate(start) && isIsoDate(end) && daysBetween(start, end) < 0) {
    errors.periodEnd = 'The period ends before it starts';
  }
  return errors;
}
