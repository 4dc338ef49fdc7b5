/**
 * Order bursts: a day on which a creator's orders run far above their usual
 * daily rate. The usual rate leaves the day itself out (orders on the other
 * days of the creator's span / the other days), so one burst does not hide
 * itself by raising the average it is compared with.
 */

import { daysBetween } from '../../../../shared/dates';
import { BURST_MIN_ORDERS, BURST_MIN_SPAN_DAYS, BURST_MULTIPLE } from './thresholds';
import { byCreator, type OrderFlag, type ReviewOrder } from './types';

export function burstFlags(orders: readonly ReviewOrder[]): OrderFlag[] {
  const flags: OrderFlag[] = [];
  for (const list of byCreator(orders).values()) {
    const first = list[0];
    const last = list[list.length - 1];
    if (!first || !last) continue;
    const spanDays = daysBetween(first.date, last.date) + 1;
    if (spanDays < BURST_MIN_SPAN_DAYS) continue;
    const perDay = new Map<string, ReviewOrder[]>();
    for (const o of list) {
      const day = perDay.get(o.date);
      if (day) day.push(o);
      else perDay.set(o.date, [o]);
    }
    for (const [day, dayOrders] of perDay) {
      const n = dayOrders.length;
      if (n < BURST_MIN_ORDERS) continue;
      const otherOrders = list.length - n;
      const otherDays = spanDays - 1;
      // n / (otherOrders / otherDays) >= multiple, in integers.
      if (n * otherDays < BURST_MULTIPLE * otherOrders) continue;
      const text = burstText(n, day, otherOrders, otherDays);
      for (const o of dayOrders) flags.push({ orderId: o.id, rule: 'burst', text });
    }
  }
  return flags;
}

function burstText(n: number, day: string, otherOrders: number, otherDays: number): string {
  if (otherOrders === 0) return `${n} orders on ${day}, and none on this creator's other ${otherDays} days`;
  const usual = otherOrders / otherDays;
  const times = Math.round(n / usual);
  return `${n} orders on ${day}, ${times}x this creator's usual ${usual.toFixed(1)} a day`;
}
