/**
 * Order bursts: a day on which a creator's orders run far above their usual
 * daily rate. The usual rate leaves the day itself out (orders on the other
 * days of the creator's span / the other days), so one burst does not hide
 * itself by raising the average it is compared with.
 */

import { daysBetween } from '../../../../shared/dates';
import { BURST_MIN_ORDERS, BURST_MIN_SPAN_DAYS, BURST_MULTIPLE } from './thresholds';
import type { CreatorDay } from './types';

export interface BurstDay {
  creatorId: number;
  day: string;
  text: string;
}

export function burstDays(days: readonly CreatorDay[]): BurstDay[] {
  const byCreator = new Map<number, CreatorDay[]>();
  for (const d of days) {
    const list = byCreator.get(d.creatorId);
    if (list) list.push(d);
    else byCreator.set(d.creatorId, [d]);
  }
  const bursts: BurstDay[] = [];
  for (const list of byCreator.values()) {
    let first = list[0]?.day ?? '';
    let last = first;
    let total = 0;
    for (const d of list) {
      if (d.day < first) first = d.day;
      if (d.day > last) last = d.day;
      total += d.orders;
    }
    const spanDays = daysBetween(first, last) + 1;
    if (spanDays < BURST_MIN_SPAN_DAYS) continue;
    for (const d of list) {
      if (d.orders < BURST_MIN_ORDERS) continue;
      const otherOrders = total - d.orders;
      const otherDays = spanDays - 1;
      // orders / (otherOrders / otherDays) >= multiple, in integers.
      if (d.orders * otherDays < BURST_MULTIPLE * otherOrders) continue;
      bursts.push({ creatorId: d.creatorId, day: d.day, text: burstText(d.orders, d.day, otherOrders, otherDays) });
    }
  }
  return bursts.sort((a, b) => a.creatorId - b.creatorId || (a.day < b.day ? -1 : 1));
}

function burstText(n: number, day: string, otherOrders: number, otherDays: number): string {
  if (otherOrders === 0) return `${n} orders on ${day}, and none on this creator's other ${otherDays} days`;
  const usual = otherOrders / otherDays;
  return `${n} orders on ${day}, ${Math.round(n / usual)}x this creator's usual ${usual.toFixed(1)} a day`;
}
