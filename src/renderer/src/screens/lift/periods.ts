/** The pre and test periods of a lift test must be of equal length; these help the form keep them so. */

import { addDays, daysBetween, type IsoDate, isIsoDate } from '../../../../shared/dates';

/** Days in a period, first and last day included; null while either date is incomplete. */
export function periodDays(start: string, end: string): number | null {
  if (!isIsoDate(start) || !isIsoDate(end)) return null;
  const days = daysBetween(start, end) + 1;
  return days > 0 ? days : null;
}

/** The test period's last day, so it is as long as the pre period. */
export function deriveTestEnd(preStart: string, preEnd: string, testStart: string): IsoDate | null {
  const days = periodDays(preStart, preEnd);
  if (days === null || !isIsoDate(testStart)) return null;
  return addDays(testStart, days - 1);
}
