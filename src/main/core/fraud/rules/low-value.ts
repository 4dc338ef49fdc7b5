/**
 * Clusters of low-value orders: a run of days on which a creator's orders
 * are many and, on average, far below the pilot's typical order (testing a
 * code, splitting baskets to farm a per-order CPA). Typical = the pilot's
 * average subtotal. Judged on a creator's days (count and subtotal per day),
 * so a busy creator's share of cheap orders among dear ones is not a cluster.
 */

import { addDays, daysBetween } from '../../../../shared/dates';
import { moneyText } from '../../../../shared/money';
import { divideHalfEven } from '../../metrics/arithmetic';
import {
  LOW_VALUE_MIN_ORDERS,
  LOW_VALUE_MIN_PILOT_ORDERS,
  LOW_VALUE_SHARE_BP,
  LOW_VALUE_SPAN_DAYS,
} from './thresholds';
import type { CreatorDay } from './types';

export interface LowValueRun {
  creatorId: number;
  /** Every day of the run (the orders on them are flagged). */
  days: string[];
  text: string;
}

/** A creator's day with its orders' subtotal. */
export interface CreatorDaySubtotal extends CreatorDay {
  subtotalMinor: number;
}

/**
 * Runs of days in which some LOW_VALUE_SPAN_DAYS-day window holds at least
 * LOW_VALUE_MIN_ORDERS of the creator's orders averaging under
 * LOW_VALUE_SHARE_BP of the pilot's average order. Overlapping windows merge.
 */
export function lowValueRuns(days: readonly CreatorDaySubtotal[], currency: string): LowValueRun[] {
  let pilotOrders = 0;
  let pilotSubtotal = 0;
  const byCreator = new Map<number, Map<string, CreatorDaySubtotal>>();
  for (const d of days) {
    pilotOrders += d.orders;
    pilotSubtotal += d.subtotalMinor;
    const map = byCreator.get(d.creatorId) ?? new Map<string, CreatorDaySubtotal>();
    map.set(d.day, d);
    byCreator.set(d.creatorId, map);
  }
  if (pilotOrders < LOW_VALUE_MIN_PILOT_ORDERS || pilotSubtotal <= 0) return [];
  const average = moneyText(divideHalfEven(pilotSubtotal, pilotOrders), currency);
  const runs: LowValueRun[] = [];
  for (const [creatorId, byDay] of byCreator) {
    const flagged = new Set<string>();
    for (const start of byDay.keys()) {
      let orders = 0;
      let subtotal = 0;
      const inSpan: string[] = [];
      for (let i = 0; i < LOW_VALUE_SPAN_DAYS; i++) {
        const d = byDay.get(addDays(start, i));
        if (!d) continue;
        orders += d.orders;
        subtotal += d.subtotalMinor;
        inSpan.push(d.day);
      }
      // window average < share x pilot average, in integers.
      const low = subtotal * pilotOrders * 10_000 < LOW_VALUE_SHARE_BP * pilotSubtotal * orders;
      if (orders >= LOW_VALUE_MIN_ORDERS && low) for (const day of inSpan) flagged.add(day);
    }
    // Consecutive flagged days (gaps under the window) make one run with one reason.
    const sorted = [...flagged].sort();
    let run: string[] = [];
    const close = () => {
      if (run.length === 0) return;
      const orders = run.reduce((n, day) => n + (byDay.get(day)?.orders ?? 0), 0);
      const subtotal = run.reduce((n, day) => n + (byDay.get(day)?.subtotalMinor ?? 0), 0);
      const span = run.length === 1 ? `on ${run[0]}` : `from ${run[0]} to ${run[run.length - 1]}`;
      runs.push({
        creatorId,
        days: run,
        text: `${orders} orders ${span} averaging ${moneyText(divideHalfEven(subtotal, orders), currency)}, under ${LOW_VALUE_SHARE_BP / 100}% of the pilot's average order of ${average}`,
      });
      run = [];
    };
    for (const day of sorted) {
      const last = run[run.length - 1];
      if (last && daysBetween(last, day) >= LOW_VALUE_SPAN_DAYS) close();
      run.push(day);
    }
    close();
  }
  return runs;
}
