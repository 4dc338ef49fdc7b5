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

/**
 * Sums every creator's points into the buckets in one pass; days outside
 * them are left out. Bucket indexes come from a map of each day, not from
 * date arithmetic per point: a 50-creator pilot has thousands of points.
 */
export function seriesByCreator(points: SeriesPoint[], buckets: Buckets): Map<number, CreatorSeries> {
  const n = buckets.starts.length;
  const index = new Map<string, number>();
  buckets.starts.forEach((start, i) => {
    for (let d = 0; d < buckets.days; d++) index.set(d === 0 ? start : addDays(start, d), i);
  });
  const out = new Map<number, CreatorSeries>();
  for (const p of points) {
    const i = index.get(p.day);
    if (i === undefined) continue;
    let line = out.get(p.creatorId);
    if (!line) {
      line = { netOrders: new Array(n).fill(0), revenueMinor: new Array(n).fill(0) };
      out.set(p.creatorId, line);
    }
    line.netOrders[i] = (line.netOrders[i] ?? 0) + p.netOrders;
    line.revenueMinor[i] = (line.revenueMinor[i] ?? 0) + p.revenueMinor;
  }
  return out;
}

/** A creator with no points: a flat line. */
export function emptySeries(buckets: Buckets): CreatorSeries {
  const n = buckets.starts.length;
  return { netOrders: new Array(n).fill(0), revenueMinor: new Array(n).fill(0) };
}
