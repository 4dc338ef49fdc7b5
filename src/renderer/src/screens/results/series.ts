/** The chart's buckets: a creator's net orders and revenue per day, or per week over a long pilot. */

import { addDays, daysBetween } from '../../../../shared/dates';
import type { PilotSummary, SeriesPoint } from '../../../../shared/results';

export interface Buckets {
  /** The first day of each bucket. */
  starts: string[];
  days: 1 | 7;
}

/** Longer than this, days are summed into weeks so a line is readable. */
const DAILY_UP_TO = 42;

/** From the pilot's start to the last day an order counts, cut at the end of the order data. */
export function bucketsOf(pilot: PilotSummary): Buckets {
  const from = pilot.startDate;
  const last = pilot.dataTo && pilot.dataTo < pilot.windowEnd ? pilot.dataTo : pilot.windowEnd;
  const span = Math.max(0, daysBetween(from, last < from ? from : last)) + 1;
  const days = span > DAILY_UP_TO ? 7 : 1;
  const starts = Array.from({ length: Math.ceil(span / days) }, (_, i) => addDays(from, i * days));
  return { starts, days };
}

export interface CreatorSeries {
  netOrders: number[];
  revenueMinor: number[];
}

/** Sums a creator's points into the buckets; days outside them are left out. */
export function seriesFor(points: SeriesPoint[], creatorId: number, buckets: Buckets): CreatorSeries {
  const n = buckets.starts.length;
  const out: CreatorSeries = { netOrders: new Array(n).fill(0), revenueMinor: new Array(n).fill(0) };
  const from = buckets.starts[0];
  if (from === undefined) return out;
  for (const p of points) {
    if (p.creatorId !== creatorId) continue;
    const i = Math.floor(daysBetween(from, p.day) / buckets.days);
    if (i < 0 || i >= n) continue;
    out.netOrders[i] = (out.netOrders[i] ?? 0) + p.netOrders;
    out.revenueMinor[i] = (out.revenueMinor[i] ?? 0) + p.revenueMinor;
  }
  return out;
}
