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

export interface AttributedOrder {
  memberId: number;
  id: number;
  externalId: string;
  orderName: string | null;
  orderDate: string;
  currency: string;
  subtotalMinor: number;
  refundedMinor: number;
  totalMinor: number;
  financialStatus: string;
  flagged: number;
}

/** Counted orders credited in the pilot, in the order they happened (sorted here: cheaper than in SQL). */
export function attributedOrders(db: Database, pilotId: number): AttributedOrder[] {
  const rows = sql(
    db,
    `SELECT a.pilot_creator_id AS memberId, o.id, o.external_id AS externalId, o.order_name AS orderName,
       o.order_date AS orderDate, o.currency, o.subtotal_minor AS subtotalMinor,
       o.refunded_minor AS refundedMinor, o.total_minor AS totalMinor,
       o.financial_status AS financialStatus, a.flagged
     FROM attributions a JOIN orders o ON o.id = a.order_id
     WHERE a.pilot_id = ? AND ${COUNTS}`,
  ).all(pilotId) as AttributedOrder[];
  return rows.sort(inDateOrder);
}

const inDateOrder = (a: { orderDate: string; id: number }, b: { orderDate: string; id: number }) =>
  a.orderDate < b.orderDate ? -1 : a.orderDate > b.orderDate ? 1 : a.id - b.id;

/** Fully refunded: the shop says so, or the refunds reach the order's total. */
export function isFullyRefunded(o: Pick<AttributedOrder, 'financialStatus' | 'refundedMinor' | 'totalMinor'>): boolean {
  return o.financialStatus === 'refunded' || (o.totalMinor > 0 && o.refundedMinor >= o.totalMinor);
}

/** Revenue (METRICS.md): subtotal minus refunds, never below zero; nothing once fully refunded. */
export function orderRevenue(
  o: Pick<AttributedOrder, 'financialStatus' | 'refundedMinor' | 'totalMinor' | 'subtotalMinor'>,
): number {
  return isFullyRefunded(o) ? 0 : Math.max(0, o.subtotalMinor - o.refundedMinor);
}

interface BuyerHistory {
  firstId: number;
  firstDate: string;
  nextDate: string | null;
}

/**
 * Each buyer's first counted order with the brand (by date, then id), with
 * the date of their next one: keyed by that first order's id. One pass over
 * the brand's orders, no sort: a window function over the same rows costs
 * two temporary sorts.
 */
export function firstOrders(db: Database, brandId: number | null): Map<number, string | null> {
  const rows = sql(
    db,
    `SELECT o.buyer_hash, o.order_date, o.id FROM orders o JOIN import_batches b ON b.id = o.batch_id
     WHERE o.buyer_hash IS NOT NULL AND ${OF_BRAND} AND ${COUNTS}`,
  )
    .raw()
    .all({ brand: brandId }) as [string, string, number][];
  const buyers = new Map<string, BuyerHistory>();
  for (const [buyer, date, id] of rows) {
    const h = buyers.get(buyer);
    if (!h) {
      buyers.set(buyer, { firstId: id, firstDate: date, nextDate: null });
    } else if (date < h.firstDate || (date === h.firstDate && id < h.firstId)) {
      h.nextDate = h.firstDate;
      h.firstId = id;
      h.firstDate = date;
    } else if (h.nextDate === null || date < h.nextDate) {
      h.nextDate = date;
    }
  }
  const firsts = new Map<number, string | null>();
  for (const h of buyers.values()) firsts.set(h.firstId, h.nextDate);
  return firsts;
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
