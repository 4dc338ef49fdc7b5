/**
 * Clusters of low-value orders: many orders of one creator far below the
 * pilot's typical order value within a few days (testing a code, splitting
 * baskets to farm a per-order CPA). Typical = the pilot's median subtotal,
 * which a handful of odd orders cannot move.
 */

import { daysBetween } from '../../../../shared/dates';
import { minorToDecimal } from '../../../../shared/money';
import {
  LOW_VALUE_MIN_ORDERS,
  LOW_VALUE_MIN_PILOT_ORDERS,
  LOW_VALUE_SHARE_BP,
  LOW_VALUE_SPAN_DAYS,
} from './thresholds';
import { byCreator, type OrderFlag, type ReviewOrder } from './types';

/** The middle subtotal (the lower middle for an even count: an order's own value, never an average). */
export function medianSubtotal(orders: readonly ReviewOrder[]): number | null {
  if (orders.length === 0) return null;
  const values = orders.map((o) => o.subtotalMinor).sort((a, b) => a - b);
  return values[Math.floor((values.length - 1) / 2)] ?? null;
}

export function lowValueFlags(orders: readonly ReviewOrder[], currency: string): OrderFlag[] {
  if (orders.length < LOW_VALUE_MIN_PILOT_ORDERS) return [];
  const median = medianSubtotal(orders);
  if (median === null || median <= 0) return [];
  // Below share x median, compared in integers: subtotal x 10000 < median x share.
  const isLow = (o: ReviewOrder) => o.subtotalMinor * 10_000 < median * LOW_VALUE_SHARE_BP;
  const flags: OrderFlag[] = [];
  for (const list of byCreator(orders).values()) {
    const low = list.filter(isLow);
    const inCluster = new Set<ReviewOrder>();
    // Each low order opens a window of LOW_VALUE_SPAN_DAYS days; a full window flags all it holds.
    let end = 0;
    for (let start = 0; start < low.length; start++) {
      const from = low[start] as ReviewOrder;
      end = Math.max(end, start);
      while (end + 1 < low.length && daysBetween(from.date, (low[end + 1] as ReviewOrder).date) < LOW_VALUE_SPAN_DAYS) {
        end++;
      }
      if (end - start + 1 >= LOW_VALUE_MIN_ORDERS)
        for (let i = start; i <= end; i++) inCluster.add(low[i] as ReviewOrder);
    }
    if (inCluster.size === 0) continue;
    const cluster = [...inCluster];
    const limit = minorToDecimal(Math.ceil((median * LOW_VALUE_SHARE_BP) / 10_000), currency);
    const text = `${cluster.length} orders under ${limit} ${currency} (${LOW_VALUE_SHARE_BP / 100}% of the pilot's median order of ${minorToDecimal(median, currency)}), at least ${LOW_VALUE_MIN_ORDERS} within ${LOW_VALUE_SPAN_DAYS} days, ${cluster[0]?.date} to ${cluster[cluster.length - 1]?.date}`;
    for (const o of cluster) flags.push({ orderId: o.id, rule: 'low_value_cluster', text });
  }
  return flags;
}
