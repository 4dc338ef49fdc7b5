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

export interface BonusOrder {
  orderDate: string;
  revenueMinor: number;
  netOrder: boolean;
  newCustomer: boolean;
}

export interface BonusOutcome {
  bonusMinor: number;
  /** The day the threshold was reached, or null if not (yet). */
  reachedOn: string | null;
}

const step: Record<BonusMetric, (o: BonusOrder) => number> = {
  net_orders: (o) => (o.netOrder ? 1 : 0),
  revenue: (o) => o.revenueMinor,
  new_customers: (o) => (o.newCustomer ? 1 : 0),
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
