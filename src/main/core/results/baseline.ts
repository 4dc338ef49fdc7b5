/**
 * Baseline revenue per creator (METRICS.md): what their attributed channel
 * would have sold anyway, by the pilot's baseline method.
 * - none: 0.
 * - manual: the amount typed on the creator's terms (0 when left empty).
 * - pre_period: the revenue of the brand's counted orders carrying the
 *   creator's code or tracked link in the stretch of equal length just before
 *   their window (go-live to pilot end plus attribution window).
 * - holdout: the pilot's latest saved lift test says which share of revenue
 *   was incremental; each creator's baseline is the rest of their revenue.
 */

import type { Database } from 'better-sqlite3';
import { addDays, daysBetween } from '../../../shared/dates';
import type { Pilot, PilotCreator } from '../../../shared/entities';
import { orderRevenue } from '../../../shared/orders';
import type { PilotRules } from '../attribution/rules';
import { COUNTS } from '../db/order-sql';
import { sql } from '../db/statements';
import { latestLift } from '../lift/latest';
import { mulDiv } from '../metrics/arithmetic';
import { OF_BRAND } from './order-facts';

export interface Baseline {
  minor: number | null;
  reason?: string;
}

export type BaselineOf = (member: PilotCreator, revenueMinor: number) => Baseline;

export function baselines(db: Database, pilot: Pilot, rules: PilotRules | null): BaselineOf {
  switch (pilot.baselineMethod) {
    case 'none':
      return () => ({ minor: 0 });
    case 'manual':
      return (m) => ({ minor: m.baselineRevenueMinor ?? 0 });
    case 'pre_period':
      return (m) => ({ minor: prePeriodRevenue(db, pilot, rules, m) });
    case 'holdout': {
      const lift = latestLift(db, pilot.id);
      if (!lift) return () => ({ minor: null, reason: 'baseline method is holdout and no lift test is saved yet' });
      if (lift.testPeriodRevenueMinor <= 0) {
        return () => ({ minor: null, reason: 'the saved lift test has no test-period revenue' });
      }
      // The share of revenue that was not incremental, applied to each creator.
      const incremental = Math.min(Math.max(lift.incrementalRevenueMinor, 0), lift.testPeriodRevenueMinor);
      const baseShare = lift.testPeriodRevenueMinor - incremental;
      return (_, revenue) => ({ minor: mulDiv(revenue, baseShare, lift.testPeriodRevenueMinor) });
    }
  }
}

function prePeriodRevenue(db: Database, pilot: Pilot, rules: PilotRules | null, m: PilotCreator): number {
  const member = rules?.members.find((r) => r.id === m.id);
  if (!rules || !member) return 0;
  const length = daysBetween(member.firstDay, rules.lastDay) + 1;
  const from = addDays(member.firstDay, -length);
  const to = addDays(member.firstDay, -1);
  const rows = sql(
    db,
    `SELECT DISTINCT o.id, o.subtotal_minor AS subtotalMinor, o.refunded_minor AS refundedMinor,
       lower(o.utm_campaign) AS campaign, lower(o.utm_content) AS content, lower(o.utm_source) AS source,
       (SELECT 1 FROM order_codes oc WHERE oc.order_id = o.id AND oc.code = @code) AS hasCode
     FROM orders o JOIN import_batches b ON b.id = o.batch_id
     WHERE o.order_date BETWEEN @from AND @to AND o.currency = @currency AND ${OF_BRAND} AND ${COUNTS}
       AND (o.utm_campaign IS NOT NULL OR EXISTS (SELECT 1 FROM order_codes oc WHERE oc.order_id = o.id AND oc.code = @code))`,
  ).all({ code: m.discountCode, from, to, currency: pilot.currency, brand: pilot.brandId }) as Array<{
    subtotalMinor: number;
    refundedMinor: number;
    campaign: string | null;
    content: string | null;
    source: string | null;
    hasCode: number | null;
  }>;
  let total = 0;
  for (const o of rows) {
    const byCode = rules.useCodes && o.hasCode === 1;
    const byLink =
      rules.useLinks &&
      o.campaign !== null &&
      rules.campaigns.has(o.campaign) &&
      ((o.content !== null && member.linkIds.has(o.content)) || (o.source !== null && member.linkIds.has(o.source)));
    if (byCode || byLink) total += orderRevenue(o);
  }
  return total;
}
