/**
 * The facts results are computed from, read with a few aggregate queries:
 * the pilot's credited counted orders (summed per creator and day, or one by
 * one), the order data's coverage, and clicks per creator. Nothing here
 * decides a figure.
 */

import type { Database } from 'better-sqlite3';
import { COUNTS, FULLY_REFUNDED, REVENUE } from '../db/order-sql';
import { sql } from '../db/statements';
import type { DayTotals } from '../metrics/figures';

/** SQL: the order's shop is the pilot's brand (any brand for a pilot without one); binds @brand. */
export const OF_BRAND = '(@brand IS NULL OR b.brand_id IS NULL OR b.brand_id = @brand)';

/** A creator's counted credited orders on one day in one currency, summed in SQL. */
export interface CreditedDay extends Omit<DayTotals, 'held'> {
  memberId: number;
  currency: string;
  orders: number;
}

/**
 * The pilot's counted credited orders summed per creator, day and currency:
 * one aggregate query, so a hundred thousand orders never cross into
 * JavaScript one by one. In (creator, date) order.
 */
export function creditedDays(db: Database, pilotId: number): CreditedDay[] {
  const rows = sql(
    db,
    `SELECT a.pilot_creator_id, o.order_date, o.currency, count(*), sum(NOT ${FULLY_REFUNDED}), sum(${REVENUE}),
       sum(o.buyer_first), sum(o.buyer_first AND NOT ${FULLY_REFUNDED}),
       sum(o.buyer_first AND o.buyer_next_days <= 30), sum(o.buyer_first AND o.buyer_next_days <= 60),
       sum(o.buyer_first AND o.buyer_next_days <= 90)
     FROM attributions a JOIN orders o ON o.id = a.order_id
     WHERE a.pilot_id = ? AND ${COUNTS}
     GROUP BY a.pilot_creator_id, o.order_date, o.currency
     ORDER BY a.pilot_creator_id, o.order_date, o.currency`,
  )
    .raw()
    .all(pilotId) as [number, string, string, number, number, number, number, number, number, number, number][];
  return rows.map(
    ([memberId, orderDate, currency, orders, netOrders, revenueMinor, newCustomers, netNew, r30, r60, r90]) => ({
      memberId,
      orderDate,
      currency,
      orders,
      netOrders,
      revenueMinor,
      newCustomers,
      netNewCustomers: netNew,
      repeatedWithin: { 30: r30, 60: r60, 90: r90 },
    }),
  );
}

/** One counted credited order, as the ledger and the explanations list them. */
export interface CreditedOrder {
  memberId: number;
  id: number;
  orderDate: string;
  currency: string;
  revenueMinor: number;
  netOrder: boolean;
  newCustomer: boolean;
  /** Days from this first order to the buyer's next one (null: none, or not a first order). */
  nextDays: number | null;
}

/** Which orders to read: only these orders, or only these creators' (pilot creator ids). */
export type CreditedFilter = { ids: readonly number[] } | { memberIds: readonly number[] } | undefined;

/** The pilot's counted credited orders one by one (all, or those of `only`), in the order they happened. */
export function creditedOrders(db: Database, pilotId: number, only?: CreditedFilter): CreditedOrder[] {
  const where = !only
    ? ''
    : 'ids' in only
      ? 'AND o.id IN (SELECT value FROM json_each(@list))'
      : 'AND a.pilot_creator_id IN (SELECT value FROM json_each(@list))';
  const rows = sql(
    db,
    `SELECT a.pilot_creator_id, o.id, o.order_date, o.currency, ${REVENUE}, NOT ${FULLY_REFUNDED},
       o.buyer_first, o.buyer_next_days
     FROM attributions a JOIN orders o ON o.id = a.order_id
     WHERE a.pilot_id = @pilot AND ${COUNTS} ${where}
     ORDER BY o.order_date, o.id`,
  )
    .raw()
    .all(
      only ? { pilot: pilotId, list: JSON.stringify('ids' in only ? only.ids : only.memberIds) } : { pilot: pilotId },
    ) as [number, number, string, string, number, number, number, number | null][];
  return rows.map(([memberId, id, orderDate, currency, revenueMinor, net, first, nextDays]) => ({
    memberId,
    id,
    orderDate,
    currency,
    revenueMinor,
    netOrder: net === 1,
    newCustomer: first === 1,
    nextDays: first === 1 ? nextDays : null,
  }));
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
