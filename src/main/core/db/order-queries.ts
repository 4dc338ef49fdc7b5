/**
 * Reading orders for the orders screen, the CLI and reports: one page at a
 * time, filtered and sorted in SQL so 200k orders never cross the boundary
 * at once; and one order with the reasons it counts (or not) per pilot.
 */

import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { type OrderDetail, type OrderRow, type OrdersPage, orderRevenue, orderStanding } from '../../../shared/orders';
import { explainAttribution } from '../attribution/explain';
import { pilotRules } from '../attribution/rules';
import { REVENUE, STANDING } from './order-sql';
import { sql } from './statements';

type OrderQuery = ParsedInput<'orders.list'>;

const SORTS: Record<OrderQuery['sort'], string> = {
  orderDate: 'o.order_date',
  orderName: 'coalesce(o.order_name, o.external_id)',
  totalMinor: 'o.total_minor',
  revenueMinor: REVENUE,
  creatorName: 'c.name',
};

const ROW_COLUMNS = `o.id, o.external_id AS externalId, o.order_name AS orderName, o.order_date AS orderDate,
  o.currency, o.total_minor AS totalMinor, o.subtotal_minor AS subtotalMinor, o.refunded_minor AS refundedMinor,
  o.financial_status AS financialStatus, o.cancelled_at AS cancelledAt, o.is_test AS isTest, o.batch_id AS batchId,
  (SELECT group_concat(code, char(31)) FROM (SELECT code FROM order_codes WHERE order_id = o.id ORDER BY position))
    AS codes,
  a.pilot_creator_id AS creatorId, c.name AS creatorName, a.rule, a.matched, coalesce(a.flagged, 0) AS flagged`;

export function listOrders(db: Database, q: OrderQuery): OrdersPage {
  const where: string[] = [];
  const params: unknown[] = [];
  // Without a pilot, pilot_id = NULL matches nothing by the primary key: a join "ON 0"
  // made SQLite scan every attribution for every order (100k x 87k: minutes).
  const join = 'LEFT JOIN attributions a ON a.pilot_id = ? AND a.order_id = o.id';
  params.push(q.pilotId ?? null);
  if (q.pilotId !== undefined) {
    const rules = pilotRules(db, q.pilotId);
    if (!rules) throw ApiError.field('pilotId', `Pilot ${q.pilotId} does not exist`);
    // The pilot's orders: its brand's, inside its window, plus any credited to it.
    where.push(`(a.order_id IS NOT NULL OR (o.order_date BETWEEN ? AND ?
      AND (? IS NULL OR b.brand_id IS NULL OR b.brand_id = ?)))`);
    params.push(rules.startDate, rules.lastDay, rules.brandId, rules.brandId);
  }
  if (q.creatorId !== undefined) {
    where.push('a.pilot_creator_id = ?');
    params.push(q.creatorId);
  }
  if (q.batchId !== undefined) {
    where.push('(o.batch_id = ? OR o.id IN (SELECT order_id FROM order_revisions WHERE batch_id = ?))');
    params.push(q.batchId, q.batchId);
  }
  if (q.standing) {
    where.push(`${STANDING} = ?`);
    params.push(q.standing);
  }
  if (q.rule === 'none') where.push('a.order_id IS NULL');
  else if (q.rule) {
    where.push('a.rule = ?');
    params.push(q.rule);
  }
  if (q.search) {
    where.push(`(o.external_id LIKE ? ESCAPE '\\' OR o.order_name LIKE ? ESCAPE '\\'
      OR o.id IN (SELECT order_id FROM order_codes WHERE code LIKE ? ESCAPE '\\'))`);
    const like = `%${q.search.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    params.push(like, like, like);
  }
  const from = `FROM orders o JOIN import_batches b ON b.id = o.batch_id ${join}
    LEFT JOIN pilot_creators pc ON pc.id = a.pilot_creator_id LEFT JOIN creators c ON c.id = pc.creator_id
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`;
  const total = sql(db, `SELECT count(*) ${from}`)
    .pluck()
    .get(...params) as number;
  const direction = q.descending ? 'DESC' : 'ASC';
  const rows = sql(
    db,
    `SELECT ${ROW_COLUMNS} ${from} ORDER BY ${SORTS[q.sort]} ${direction}, o.id ${direction} LIMIT ? OFFSET ?`,
  ).all(...params, q.limit, q.offset) as RawRow[];
  return { total, offset: q.offset, rows: rows.map(toRow) };
}

export function getOrder(db: Database, id: number): OrderDetail {
  const r = sql(
    db,
    `SELECT ${ROW_COLUMNS}, o.source, o.created_at_text AS createdAtText, o.discount_minor AS discountMinor,
       o.shipping_minor AS shippingMinor, o.tax_minor AS taxMinor, o.landing_url AS landingUrl,
       o.utm_source AS utmSource, o.utm_medium AS utmMedium, o.utm_campaign AS utmCampaign,
       o.utm_content AS utmContent, o.region, b.file_name AS batchFileName, b.brand_id AS brandId
     FROM orders o JOIN import_batches b ON b.id = o.batch_id LEFT JOIN attributions a ON 0
       LEFT JOIN pilot_creators pc ON 0 LEFT JOIN creators c ON 0
     WHERE o.id = ?`,
  ).get(id) as (RawRow & DetailExtras) | undefined;
  if (!r) throw new ApiError('not_found', `Order ${id} does not exist`);
  const lines = sql(
    db,
    `SELECT line_no AS lineNo, sku, name, quantity, unit_price_minor AS unitPriceMinor, discount_minor AS discountMinor
     FROM order_lines WHERE order_id = ? ORDER BY line_no`,
  ).all(id) as OrderDetail['lines'];
  const row = toRow(r);
  return {
    ...row,
    source: r.source,
    createdAtText: r.createdAtText,
    discountMinor: r.discountMinor,
    shippingMinor: r.shippingMinor,
    taxMinor: r.taxMinor,
    cancelledAt: r.cancelledAt,
    isTest: r.isTest === 1,
    landingUrl: r.landingUrl,
    utm: { source: r.utmSource, medium: r.utmMedium, campaign: r.utmCampaign, content: r.utmContent },
    region: r.region,
    batchFileName: r.batchFileName,
    lines,
    attributions: explainAttribution(db, { ...row, brandId: r.brandId, utmCampaign: r.utmCampaign }),
  };
}

/** A row as SQL gives it: OrderRow less what toRow derives, with SQLite's own types. */
type RawRow = Omit<OrderRow, 'revenueMinor' | 'standing' | 'codes' | 'flagged'> & {
  cancelledAt: string | null;
  isTest: number;
  codes: string | null;
  flagged: number;
};

interface DetailExtras {
  source: string;
  createdAtText: string | null;
  discountMinor: number;
  shippingMinor: number;
  taxMinor: number;
  landingUrl: string | null;
  utmSource: string | null;
  utmMedium: string | null;
  utmCampaign: string | null;
  utmContent: string | null;
  region: string | null;
  batchFileName: string;
  brandId: number | null;
}

function toRow(r: RawRow): OrderRow {
  return {
    id: r.id,
    externalId: r.externalId,
    orderName: r.orderName,
    orderDate: r.orderDate,
    currency: r.currency,
    totalMinor: r.totalMinor,
    subtotalMinor: r.subtotalMinor,
    refundedMinor: r.refundedMinor,
    revenueMinor: orderRevenue(r),
    financialStatus: r.financialStatus,
    standing: orderStanding({ cancelledAt: r.cancelledAt, isTest: r.isTest === 1, financialStatus: r.financialStatus }),
    codes: r.codes ? r.codes.split('\u001f') : [],
    batchId: r.batchId,
    creatorId: r.creatorId,
    creatorName: r.creatorName,
    rule: r.rule,
    matched: r.matched,
    flagged: r.flagged === 1,
  };
}

/** Rows of the given orders as a pilot credits them (for a figure's explanation). */
export function pilotOrderRows(db: Database, pilotId: number, ids: readonly number[]): Map<number, OrderRow> {
  const rows = sql(
    db,
    `SELECT ${ROW_COLUMNS} FROM orders o
     JOIN attributions a ON a.pilot_id = ? AND a.order_id = o.id
     LEFT JOIN pilot_creators pc ON pc.id = a.pilot_creator_id LEFT JOIN creators c ON c.id = pc.creator_id
     WHERE o.id IN (SELECT value FROM json_each(?))`,
  ).all(pilotId, JSON.stringify(ids)) as RawRow[];
  return new Map(rows.map((r) => [r.id, toRow(r)]));
}
