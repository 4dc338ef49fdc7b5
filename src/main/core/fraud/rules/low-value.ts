/**
 * Clusters of low-value orders: many orders of one creator far below the
 * pilot's typical order value within a few days (testing a code, splitting
 * baskets to farm a per-order CPA). Typical = the pilot's average subtotal;
 * only orders under the line reach this rule.
 */

import { daysBetween } from '../../../../shared/dates';
import { minorToDecimal } from '../../../../shared/money';
import {
  LOW_VALUE_MIN_ORDERS,
  LOW_VALUE_MIN_PILOT_ORDERS,
  LOW_VALUE_SHARE_BP,
  LOW_VALUE_SPAN_DAYS,
} from './thresholds';
import type { LowOrder, OrderFlag } from './types';

/** The low-value line in minor units (an order strictly below it is low), or null without enough orders to say. */
export function lowValueLine(pilotOrders: number, pilotSubtotalMinor: number): number | null {
  if (pilotOrders < LOW_VALUE_MIN_PILOT_ORDERS || pilotSubtotalMinor <= 0) return null;
  // share x average = subtotal x share / (orders x 10000), rounded up so "below" stays exact.
  return Math.ceil((pilotSubtotalMinor * LOW_VALUE_SHARE_BP) / (pilotOrders * 10_000));
}

export function lowValueClusters(low: readonly LowOrder[], lineMinor: number, currency: string): OrderFlag[] {
  const byCreator = new Map<number, LowOrder[]>();
  for (const o of low) {
    const list = byCreator.get(o.creatorId);
    if (list) list.push(o);
    else byCreator.set(o.creatorId, [o]);
  }
  const flags: OrderFlag[] = [];
  for (const unsorted of byCreator.values()) {
    const list = [...unsorted].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id));
    const inCluster = new Set<LowOrder>();
    // Each order opens a window of LOW_VALUE_SPAN_DAYS days; a window holding enough orders flags them all.
    let end = 0;
    for (let start = 0; start < list.length; start++) {
      const from = (list[start] as LowOrder).date;
      end = Math.max(end, start);
      while (end + 1 < list.length && daysBetween(from, (list[end + 1] as LowOrder).date) < LOW_VALUE_SPAN_DAYS) end++;
      if (end - start + 1 >= LOW_VALUE_MIN_ORDERS)
        for (let i = start; i <= end; i++) inCluster.add(list[i] as LowOrder);
    }
    if (inCluster.size === 0) continue;
    const cluster = list.filter((o) => inCluster.has(o));
    const text = `${cluster.length} orders under ${minorToDecimal(lineMinor, currency)} ${currency} (${LOW_VALUE_SHARE_BP / 100}% of the pilot's average order), ${LOW_VALUE_MIN_ORDERS} or more within ${LOW_VALUE_SPAN_DAYS} days, ${cluster[0]?.date} to ${cluster[cluster.length - 1]?.date}`;
    for (const o of cluster) flags.push({ orderId: o.id, rule: 'low_value_cluster', text });
  }
  return flags;
}
