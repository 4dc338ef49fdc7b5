/**
 * Credits a pilot's orders to its creators (METRICS.md): a code beats a
 * link; inside each creator's window (go-live to pilot end plus the
 * attribution window); one creator per order; an order carrying codes of
 * several creators goes to the first listed and is flagged for review.
 * Attribution is derived data: it is rebuilt whole whenever orders or terms
 * change, inside the caller's transaction.
 */

import type { Database } from 'better-sqlite3';
import { sql } from '../db/statements';
import { TAKES_PART_SQL } from '../db/taking-part';
import { type MemberRules, type PilotRules, pilotRules } from './rules';

interface Credit {
  memberId: number;
  rule: 'code' | 'link';
  matched: string;
  flagged: boolean;
}

export function attributePilot(db: Database, pilotId: number): number {
  const rules = pilotRules(db, pilotId);
  sql(db, 'DELETE FROM attributions WHERE pilot_id = ?').run(pilotId);
  if (!rules || rules.members.length === 0) return 0;
  const credits = new Map<number, Credit>();
  if (rules.useCodes) creditCodes(db, rules, credits);
  if (rules.useLinks) creditLinks(db, rules, credits);
  const insert = sql(
    db,
    'INSERT INTO attributions (pilot_id, order_id, pilot_creator_id, rule, matched, flagged) VALUES (?, ?, ?, ?, ?, ?)',
  );
  for (const [orderId, c] of credits) insert.run(pilotId, orderId, c.memberId, c.rule, c.matched, c.flagged ? 1 : 0);
  return credits.size;
}

/** Every pilot (of one brand, when given): after an import or an undo. */
export function attributePilots(db: Database, brandId?: number | null): void {
  const ids = (
    brandId
      ? sql(db, 'SELECT id FROM pilots WHERE brand_id = ? OR brand_id IS NULL').pluck().all(brandId)
      : sql(db, 'SELECT id FROM pilots').pluck().all()
  ) as number[];
  for (const id of ids) attributePilot(db, id);
}

/** Orders of the pilot's brand (or of any brand, for a pilot without one). */
const BRAND_MATCH = '(? IS NULL OR b.brand_id IS NULL OR b.brand_id = ?)';

/**
 * Codes: the first code listed whose creator's window holds the order date
 * wins; an order that carries codes of two or more of the pilot's creators
 * (in their windows or not) is flagged for review.
 */
function creditCodes(db: Database, rules: PilotRules, credits: Map<number, Credit>): void {
  const rows = sql(
    db,
    `SELECT oc.order_id AS orderId, pc.id AS memberId, oc.code,
       (o.order_date >= coalesce(pc.go_live_date, ?) AND o.order_date <= ?) AS inWindow
     FROM pilot_creators pc
     JOIN order_codes oc ON oc.code = pc.discount_code
     JOIN orders o ON o.id = oc.order_id
     JOIN import_batches b ON b.id = o.batch_id
     WHERE pc.pilot_id = ? AND ${TAKES_PART_SQL} AND o.order_date >= ? AND o.order_date <= ? AND ${BRAND_MATCH}
     ORDER BY oc.order_id, oc.position`,
  ).all(
    rules.startDate,
    rules.lastDay,
    rules.id,
    rules.startDate,
    rules.lastDay,
    rules.brandId,
    rules.brandId,
  ) as Array<{
    orderId: number;
    memberId: number;
    code: string;
    inWindow: number;
  }>;
  let orderId = -1;
  let members = new Set<number>();
  for (const r of rows) {
    if (r.orderId !== orderId) {
      orderId = r.orderId;
      members = new Set();
    }
    members.add(r.memberId);
    const credit = credits.get(r.orderId);
    if (credit) credit.flagged = members.size > 1;
    else if (r.inWindow)
      credits.set(r.orderId, { memberId: r.memberId, rule: 'code', matched: r.code, flagged: members.size > 1 });
  }
}

function creditLinks(db: Database, rules: PilotRules, credits: Map<number, Credit>): void {
  const firstDay = rules.members.reduce((min, m) => (m.firstDay < min ? m.firstDay : min), rules.lastDay);
  const campaigns = [...rules.campaigns];
  const rows = sql(
    db,
    `SELECT o.id, o.order_date AS orderDate, o.utm_content AS content, o.utm_source AS source
     FROM orders o JOIN import_batches b ON b.id = o.batch_id
     WHERE o.utm_campaign COLLATE NOCASE IN (SELECT value FROM json_each(?))
       AND o.order_date >= ? AND o.order_date <= ? AND ${BRAND_MATCH}`,
  ).all(JSON.stringify(campaigns), firstDay, rules.lastDay, rules.brandId, rules.brandId) as Array<{
    id: number;
    orderDate: string;
    content: string | null;
    source: string | null;
  }>;
  for (const r of rows) {
    if (credits.has(r.id)) continue; // a code beats a link
    const byContent = matching(rules.members, r.content, r.orderDate);
    const found = byContent.length > 0 ? byContent : matching(rules.members, r.source, r.orderDate);
    const first = found[0];
    if (!first) continue;
    credits.set(r.id, {
      memberId: first.id,
      rule: 'link',
      matched: byContent.length > 0 ? `utm_content=${r.content}` : `utm_source=${r.source}`,
      flagged: found.length > 1,
    });
  }
}

function matching(members: MemberRules[], value: string | null, orderDate: string): MemberRules[] {
  if (!value) return [];
  const key = value.trim().replace(/^@/, '').toLowerCase();
  return members.filter((m) => m.linkIds.has(key) && orderDate >= m.firstDay);
}
