/**
 * Commission earned per order (METRICS.md "Money owed to creators"): the
 * rev-share rate on the order's revenue, with higher tier rates on the part
 * of cumulative revenue (in order date order) above each tier's start, plus
 * a fixed CPA per net order or per new customer.
 *
 * Tiers are marginal, like tax brackets: crossing 1,500.00 raises the rate on
 * revenue above 1,500.00 only, so no single order jumps in value. Rounding is
 * cumulative: an order earns round(commission through it) - round(commission
 * before it), so per-order amounts always add up to the rounded total.
 */

import type { CommissionTier, CpaBasis } from '../../../shared/entities';
import { divideHalfEven } from './arithmetic';

export interface CommissionTerms {
  commissionRateBp: number | null;
  commissionTiers: readonly CommissionTier[];
  cpaMinor: number | null;
  cpaBasis: CpaBasis;
}

/**
 * Attributed counted orders in the sequence they happened: one order, or all
 * of a day's. A day's exact commission is the sum of its orders', so totals
 * are the same whichever grain is used.
 */
export interface Earning {
  revenueMinor: number;
  netOrders: number;
  /** New customers whose first order is a net order (CPA per new customer pays only for those). */
  netNewCustomers: number;
}

/** The rate in basis points that applies at a cumulative revenue position. */
interface Bracket {
  fromMinor: number;
  rateBp: number;
}

function bracketsOf(terms: CommissionTerms): Bracket[] {
  return [{ fromMinor: 0, rateBp: terms.commissionRateBp ?? 0 }, ...terms.commissionTiers].sort(
    (a, b) => a.fromMinor - b.fromMinor,
  );
}

/** Exact commission, in minor x basis points, on revenue from `start` to `end` of the cumulative line. */
function exactShare(brackets: Bracket[], start: number, end: number): number {
  let total = 0;
  for (const [i, bracket] of brackets.entries()) {
    const lo = Math.max(start, bracket.fromMinor);
    const hi = Math.min(end, brackets[i + 1]?.fromMinor ?? Number.POSITIVE_INFINITY);
    if (hi > lo) total += (hi - lo) * bracket.rateBp;
  }
  return total;
}

/** Commission (rev-share + CPA) each order (or day) earns, in the same order as given. */
export function orderCommissions(terms: CommissionTerms, orders: readonly Earning[]): number[] {
  const brackets = bracketsOf(terms);
  const revShare = brackets.some((b) => b.rateBp > 0);
  let cumulativeRevenue = 0;
  let exactSoFar = 0;
  let roundedSoFar = 0;
  return orders.map((o) => {
    let earned = 0;
    if (revShare && o.revenueMinor > 0) {
      exactSoFar += exactShare(brackets, cumulativeRevenue, cumulativeRevenue + o.revenueMinor);
      cumulativeRevenue += o.revenueMinor;
      const rounded = divideHalfEven(exactSoFar, 10_000);
      earned += rounded - roundedSoFar;
      roundedSoFar = rounded;
    }
    if (terms.cpaMinor)
      earned += terms.cpaMinor * (terms.cpaBasis === 'new_customer' ? o.netNewCustomers : o.netOrders);
    return earned;
  });
}
