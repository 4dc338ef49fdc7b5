/**
 * Which order is each buyer's first with a brand, and how many days until
 * their next: derived data (METRICS.md "New customers", "Repeat rate") kept
 * on the orders themselves, so results can sum it in SQL instead of walking
 * every buyer's history on each view. Rebuilt for a brand whenever its
 * orders change (an import or an undo), inside that write's transaction.
 */

import type { Database } from 'better-sqlite3';
import { COUNTS } from './order-sql';
import { sql } from './statements';

/** Resets then marks the first counted order of each buyer of the brand (`@brand`, NULL for orders of no brand). */
const REMEMBER = [
  `UPDATE orders SET buyer_first = 0, buyer_next_days = NULL
   WHERE (buyer_first <> 0 OR buyer_next_days IS NOT NULL)
     AND batch_id IN (SELECT id FROM import_batches WHERE brand_id IS @brand)`,
  `WITH ranked AS (
     SELECT o.id, row_number() OVER w AS n,
       CAST(julianday(lead(o.order_date) OVER w) - julianday(o.order_date) AS INTEGER) AS gap
     FROM orders o JOIN import_batches b ON b.id = o.batch_id
     WHERE b.brand_id IS @brand AND o.buyer_hash IS NOT NULL AND ${COUNTS}
     WINDOW w AS (PARTITION BY o.buyer_hash ORDER BY o.order_date, o.id))
   UPDATE orders SET buyer_first = 1, buyer_next_days = ranked.gap
   FROM ranked WHERE orders.id = ranked.id AND ranked.n = 1`,
];

export function rememberFirstOrders(db: Database, brandId: number | null): void {
  for (const text of REMEMBER) sql(db, text).run({ brand: brandId });
}

/** Every brand's buyers (a workspace upgraded to schema 3). */
export function rememberAllFirstOrders(db: Database): void {
  const brands = db.prepare('SELECT DISTINCT brand_id FROM import_batches').pluck().all() as (number | null)[];
  for (const brand of brands) rememberFirstOrders(db, brand);
}
