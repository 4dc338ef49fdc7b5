/**
 * A bonus (METRICS.md): a fixed amount once a named metric reaches its
 * threshold within the pilot. Earned once; the day it was reached is the day
 * of the order that took the running total to the threshold.
 */

import type { BonusMetric } from '../../../shared/entities';

export interface BonusTerms {
  bonusMetric: BonusMetric | null;
  bonusThreshold: number | null;
  bonusMinor: number | null;
}

/** One order, or a day's orders. */
export interface BonusOrder {
  orderDate: string;
  revenueMinor: number;
  netOrders: number;
  newCustomers: number;
}

export interface BonusOutcome {
  bonusMinor: number;
  /** The day the threshold was reached, or null if not (yet). */
  reachedOn: string | null;
}

const step: Record<BonusMetric, (o: BonusOrder) => number> = {
  net_orders: (o) => o.netOrders,
  revenue: (o) => o.revenueMinor,
  new_customers: (o) => o.newCustomers,
};

/** Walks the orders in date order and reports whether and when the bonus was earned. */
export function bonusEarned(terms: BonusTerms, orders: readonly BonusOrder[]): BonusOutcome {
  const { bonusMetric, bonusThreshold, bonusMinor } = terms;
  if (!bonusMetric || bonusThreshold === null || !bonusMinor) return { bonusMinor: 0, reachedOn: null };
  let running = 0;
  for (const o of orders) {
    running += step[bonusMetric](o);
    if (running >= bonusThreshold) return { bonusMinor, reachedOn: o.orderDate };
  }
  return { bonusMinor: 0, reachedOn: null };
}
