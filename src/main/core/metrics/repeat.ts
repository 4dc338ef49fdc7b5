/**
 * Repeat rate over N days (METRICS.md): of the new customers whose first
 * order is at least N days before the end of the order data, the share that
 * ordered again within N days. Customers too recent are counted apart as
 * "not yet measurable", never as not repeating.
 */

import { daysBetween } from '../../../shared/dates';
import { ratio } from './arithmetic';

export interface NewCustomer {
  firstDate: string;
  /** The date of their next counted order with the brand, if any. */
  nextDate: string | null;
}

export interface RepeatRate {
  days: number;
  eligible: number;
  repeated: number;
  notYetMeasurable: number;
  rate: number | null;
}

export function repeatRate(customers: readonly NewCustomer[], dataEnd: string | null, days: number): RepeatRate {
  let eligible = 0;
  let repeated = 0;
  for (const c of customers) {
    if (dataEnd === null || daysBetween(c.firstDate, dataEnd) < days) continue;
    eligible++;
    if (c.nextDate !== null && daysBetween(c.firstDate, c.nextDate) <= days) repeated++;
  }
  return { days, eligible, repeated, notYetMeasurable: customers.length - eligible, rate: ratio(repeated, eligible) };
}
