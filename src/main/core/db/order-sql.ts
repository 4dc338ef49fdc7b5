/**
 * The SQL twins of the order rules in src/shared/orders.ts (METRICS.md
 * "Which orders count", "Revenue"), written once for every query that needs
 * them: the orders screen, results, lift tests, fraud review and payouts.
 * Each expects the orders table aliased `o`.
 */

import { COUNTED_STATUSES } from '../../../shared/orders';

const counted = COUNTED_STATUSES.map((s) => `'${s}'`).join(', ');
const cancelled = `(o.cancelled_at IS NOT NULL AND o.cancelled_at <> '')`;

/** Why an order does or does not count: twin of orderStanding. */
export const STANDING = `CASE
  WHEN ${cancelled} THEN 'cancelled'
  WHEN o.is_test = 1 THEN 'test'
  WHEN o.financial_status IN (${counted}) THEN 'counts'
  WHEN o.financial_status IN ('pending', 'voided', 'expired') THEN o.financial_status
  ELSE 'other' END`;

/** The order counts: the same as STANDING = 'counts', as a plain predicate. */
export const COUNTS = `NOT ${cancelled} AND o.is_test = 0 AND o.financial_status IN (${counted})`;

/** Fully refunded (not a net order): the shop says so, or the refunds reach the order's total. */
export const FULLY_REFUNDED = `(o.financial_status = 'refunded' OR (o.total_minor > 0 AND o.refunded_minor >= o.total_minor))`;

/** Revenue: subtotal minus refunds, never below zero. Twin of orderRevenue. */
export const REVENUE = 'max(0, o.subtotal_minor - o.refunded_minor)';
