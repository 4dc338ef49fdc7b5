/**
 * Repeat rate over N days (METRICS.md): of the new customers whose first
 * order is at least N days before the end of the order data, the share that
 * ordered again within N days. Customers too recent are counted apart as
 * "not yet measurable", never as not repeating.
 */

import { daysBetween } from '../../../shared/dates';
import type { RepeatWindow } from '../../../shared/results';
import { ratio } from './arithmetic';

/** New customers whose first order fell on one day, and how many of them ordered again within each window. */
export interface NewCustomerDay {
  orderDate: string;
  newCustomers: number;
  repeatedWithin: Record<RepeatWindow, number>;
}

export interface RepeatRate {
  days: number;
  eligible: number;
  repeated: number;
  notYetMeasurable: number;
  rate: number | null;
}

export function repeatRate(days: readonly NewCustomerDay[], dataEnd: string | null, window: RepeatWindow): RepeatRate {
  let eligible = 0;
  let repeated = 0;
  let all = 0;
  for (const d of days) {
    all += d.newCustomers;
    if (dataEnd === null || daysBetween(d.orderDate, dataEnd) < window) continue;
    eligible += d.newCustomers;
    repeated += d.repeatedWithin[window];
  }
  return { days: window, eligible, repeated, notYetMeasurable: all - eligible, rate: ratio(repeated, eligible) };
}
