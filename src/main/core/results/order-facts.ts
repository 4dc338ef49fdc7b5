/**
 * The facts results are computed from, read with a few aggregate queries:
 * the pilot's attributed counted orders, which of them are their buyer's
 * first order with the brand (and when that buyer ordered next), the order
 * data's coverage, and clicks per creator. Nothing here decides a figure.
 */

import type { Database } from 'better-sqlite3';
import { sql } from '../db/statements';

/** SQL: the order counts (METRICS.md "Which orders count"); twin of orderStanding. */
export const COUNTS = `(o.cancelled_at IS NULL OR o.cancelled_at = '') AND o.is_test = 0
  AND o.financial_status IN ('paid', 'partially_paid', 'partially_refunded', 'refunded', 'authorized')`;

/** SQL: the order's shop is the pilot's brand (any brand for a pilot without one); binds @brand. */
export const OF_BRAND = '(@brand IS NULL OR b.brand_id IS NULL OR b.brand_id = @brand)';

/** Fully refunded: the shop says so, or the refunds reach the order's total. */
const FULLY_REFUNDED = `(o.financial_status = 'refunded' OR (o.total_minor > 0 AND o.refunded_minor >= o.total_minor))`;

/** Revenue (METRICS.md): subtotal minus refunds, never below zero; nothing once fully refunded. */
const REVENUE = `CASE WHEN ${FULLY_REFUNDED} THEN 0 ELSE max(0, o.subtotal_minor - o.refunded_minor) END`;

interface RefundFields {
  financialStatus: string;
  refundedMinor: number;
  totalMinor: number;
  subtotalMinor: number;
}

/** The JavaScript twin of REVENUE, for rows read whole. */
export function orderRevenue(o: RefundFields): number {
  const fully = o.financialStatus === 'refunded' || (o.totalMinor > 0 && o.refundedMinor >= o.totalMinor);
  return fully ? 0 : Math.max(0, o.subtotalMinor - o.refundedMinor);
}

/** A counted order credited in the pilot. */
export interface CreditedOrder {
  memberId: number;
  id: number;
  orderDate: string;
  currency: string;
  revenueMinor: number;
  fullyRefunded: boolean;
}

export interface OrderFacts {
  /** Counted orders credited in the pilot, in the order they happened (date, then id). */
  credited: CreditedOrder[];
  /** Each buyer's first counted order with the brand, by its id, with the date of their next one. */
  firsts: Map<number, string | null>;
}

interface BuyerHistory {
  firstId: number;
  nextDate: string | null;
}

/**
 * One pass over the brand's counted orders in date order (the date index
 * gives that order, so nothing is sorted): the pilot's credited orders, and
 * every buyer's first order with the date of their next. Columns the
 * uncredited orders do not need come back as NULL, and revenue is taken in
 * SQL, so few values cross into JavaScript.
 */
export function readOrderFacts(db: Database, pilotId: number, brandId: number | null): OrderFacts {
  const rows = sql(
    db,
    `SELECT o.id, o.order_date, o.buyer_hash, a.pilot_creator_id,
       CASE WHEN a.order_id IS NULL THEN NULL ELSE o.currency END,
       CASE WHEN a.order_id IS NULL THEN NULL ELSE ${REVENUE} END,
       CASE WHEN a.order_id IS NULL THEN NULL ELSE ${FULLY_REFUNDED} END
     FROM orders o JOIN import_batches b ON b.id = o.batch_id
     LEFT JOIN attributions a ON a.pilot_id = @pilot AND a.order_id = o.id
     WHERE ${OF_BRAND} AND ${COUNTS}
     ORDER BY o.order_date, o.id`,
  )
    .raw()
    .all({ pilot: pilotId, brand: brandId }) as [
    number,
    string,
    string | null,
    number | null,
    string | null,
    number | null,
    number | null,
  ][];
  const credited: CreditedOrder[] = [];
  const buyers = new Map<string, BuyerHistory>();
  for (const [id, orderDate, buyer, memberId, currency, revenueMinor, fullyRefunded] of rows) {
    if (memberId !== null) {
      credited.push({
        memberId,
        id,
        orderDate,
        currency: currency ?? '',
        revenueMinor: revenueMinor ?? 0,
        fullyRefunded: fullyRefunded === 1,
      });
    }
    if (buyer === null) continue;
    // Rows come in date order: the first seen is the first order, the second seen the next.
    const h = buyers.get(buyer);
    if (!h) buyers.set(buyer, { firstId: id, nextDate: null });
    else if (h.nextDate === null) h.nextDate = orderDate;
  }
  const firsts = new Map<number, string | null>();
  for (const h of buyers.values()) firsts.set(h.firstId, h.nextDate);
  return { credited, firsts };
}

/** The first and last order dates of the brand's order data. */
export function coverage(db: Database, brandId: number | null): { from: string | null; to: string | null } {
  const row = sql(
    db,
    `SELECT min(o.order_date) AS "from", max(o.order_date) AS "to"
     FROM orders o JOIN import_batches b ON b.id = o.batch_id WHERE ${OF_BRAND}`,
  ).get({ brand: brandId }) as { from: string | null; to: string | null };
  return row;
}

/** Clicks recorded per creator of the pilot (creators with none are absent). */
export function clicksByMember(db: Database, pilotId: number): Map<number, number> {
  const rows = sql(
    db,
    `SELECT c.pilot_creator_id, sum(c.clicks) FROM clicks c
     JOIN pilot_creators pc ON pc.id = c.pilot_creator_id WHERE pc.pilot_id = ? GROUP BY c.pilot_creator_id`,
  )
    .raw()
    .all(pilotId) as [number, number][];
  return new Map(rows);
}
