/**
 * The order data a lift test reads: the pilot's brand's counted orders in the
 * pilot's currency (other currencies are never added), revenue per METRICS.md
 * (subtotal minus refunds, never below zero), grouped by region.
 */

import type { Database } from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import { addDays } from '../../../shared/dates';
import type { LiftRegion } from '../../../shared/lift';
import { COUNTS, REVENUE } from '../db/order-sql';
import { getPilot } from '../db/pilots';
import { sql } from '../db/statements';
import type { LiftSeries } from './lift';

/** Whose orders, in which currency. */
export interface LiftScope {
  pilotId: number;
  brandId: number;
  currency: string;
}

const BRAND_ORDERS = `FROM orders o JOIN import_batches b ON b.id = o.batch_id
  WHERE b.brand_id = @brandId AND o.currency = @currency AND ${COUNTS}`;

export function liftScope(db: Database, pilotId: number): LiftScope {
  const pilot = getPilot(db, pilotId, 'pilotId');
  if (pilot.brandId === null) {
    throw ApiError.field('pilotId', 'The pilot has no brand, so it has no order data to test: give it a brand first');
  }
  return { pilotId: pilot.id, brandId: pilot.brandId, currency: pilot.currency };
}

/** Every region of the brand's counted orders, the best selling first; orders without a region apart. */
export function brandRegions(
  db: Database,
  scope: LiftScope,
): { regions: LiftRegion[]; withoutRegion: { orders: number; revenueMinor: number } } {
  const rows = sql(
    db,
    `SELECT o.region AS region, count(*) AS orders, sum(${REVENUE}) AS revenueMinor,
       min(o.order_date) AS firstDate, max(o.order_date) AS lastDate
     ${BRAND_ORDERS} GROUP BY o.region ORDER BY revenueMinor DESC, o.region`,
  ).all({ brandId: scope.brandId, currency: scope.currency }) as (Omit<LiftRegion, 'region'> & {
    region: string | null;
  })[];
  const none = rows.find((r) => r.region === null);
  return {
    regions: rows.filter((r): r is LiftRegion => r.region !== null),
    withoutRegion: { orders: none?.orders ?? 0, revenueMinor: none?.revenueMinor ?? 0 },
  };
}

export interface Periods {
  preStart: string;
  testStart: string;
  /** Days in each period (they are of equal length). */
  days: number;
}

/** Daily revenue per group, and the regions that had counted orders in either period. */
export interface GroupRevenue {
  series: LiftSeries;
  regionsSeen: Set<string>;
}

/**
 * Daily revenue of the test and control regions over both periods, from one
 * aggregate query; days without orders are zero.
 */
export function dailyRevenue(
  db: Database,
  scope: LiftScope,
  groups: { test: string[]; control: string[] },
  periods: Periods,
): GroupRevenue {
  const preEnd = addDays(periods.preStart, periods.days - 1);
  const testEnd = addDays(periods.testStart, periods.days - 1);
  // The regions join as a small table (SQLite indexes it on the fly), and the
  // date index narrows the orders to the two periods.
  const rows = sql(
    db,
    `WITH grp(region, inTest) AS (
       SELECT value, 1 FROM json_each(@test) UNION ALL SELECT value, 0 FROM json_each(@control))
     SELECT o.order_date AS day, o.region AS region, g.inTest AS inTest, sum(${REVENUE}) AS revenue
     FROM orders o JOIN grp g ON g.region = o.region JOIN import_batches b ON b.id = o.batch_id
     WHERE b.brand_id = @brandId AND o.currency = @currency AND ${COUNTS}
       AND (o.order_date BETWEEN @preStart AND @preEnd OR o.order_date BETWEEN @testStart AND @testEnd)
     GROUP BY o.order_date, o.region`,
  ).all({
    brandId: scope.brandId,
    currency: scope.currency,
    test: JSON.stringify(groups.test),
    control: JSON.stringify(groups.control),
    preStart: periods.preStart,
    preEnd,
    testStart: periods.testStart,
    testEnd,
  }) as { day: string; region: string; inTest: number; revenue: number }[];

  const series = {
    testPre: new Array<number>(periods.days).fill(0),
    testTest: new Array<number>(periods.days).fill(0),
    controlPre: new Array<number>(periods.days).fill(0),
    controlTest: new Array<number>(periods.days).fill(0),
  };
  const regionsSeen = new Set<string>();
  const preIndex = dayIndex(periods.preStart, periods.days);
  const testIndex = dayIndex(periods.testStart, periods.days);
  for (const r of rows) {
    regionsSeen.add(r.region);
    const pre = preIndex.get(r.day);
    const index = pre ?? testIndex.get(r.day);
    if (index === undefined) continue;
    const target =
      pre !== undefined
        ? r.inTest
          ? series.testPre
          : series.controlPre
        : r.inTest
          ? series.testTest
          : series.controlTest;
    target[index] = (target[index] ?? 0) + r.revenue;
  }
  return { series, regionsSeen };
}

function dayIndex(start: string, days: number): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i < days; i++) out.set(addDays(start, i), i);
  return out;
}
