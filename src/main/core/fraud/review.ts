/** The fraud review screen's data, and a person's decision on one order. */

import type { Database } from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import type { FlaggedOrder, FraudReview, ReviewDecision } from '../../../shared/fraud';
import { REVENUE } from '../db/order-sql';
import { getPilot } from '../db/pilots';
import { logActivity, nowIso, sql } from '../db/statements';
import { orderReviews } from './decisions';
import { pilotFlags } from './detect';

const ORDERS = `SELECT o.id AS orderId, o.external_id AS externalId, o.order_name AS orderName, o.order_date AS orderDate,
    a.pilot_creator_id AS creatorId, c.name AS creatorName, ${REVENUE} AS revenueMinor
  FROM json_each(?) j
  CROSS JOIN attributions a ON a.pilot_id = ? AND a.order_id = j.value
  JOIN orders o ON o.id = a.order_id
  JOIN pilot_creators pc ON pc.id = a.pilot_creator_id JOIN creators c ON c.id = pc.creator_id`;

type OrderFacts = Omit<FlaggedOrder, 'reasons' | 'review' | 'held'>;

function flaggedOrders(db: Database, pilotId: number, only?: number): FlaggedOrder[] {
  const flags = pilotFlags(db, pilotId).orders;
  const reviews = orderReviews(db, pilotId);
  const ids = only !== undefined ? [only] : [...new Set([...flags.keys(), ...reviews.keys()])];
  const rows = sql(db, ORDERS).all(JSON.stringify(ids), pilotId) as OrderFacts[];
  return rows
    .map((r) => {
      const reasons = [...(flags.get(r.orderId) ?? [])];
      const review = reviews.get(r.orderId) ?? null;
      return { ...r, reasons, review, held: reasons.length > 0 && review === null };
    })
    .filter((o) => o.reasons.length > 0 || o.review !== null)
    .sort((a, b) => (a.orderDate < b.orderDate ? -1 : a.orderDate > b.orderDate ? 1 : a.orderId - b.orderId));
}

export function fraudReview(db: Database, pilotId: number): FraudReview {
  const pilot = getPilot(db, pilotId, 'pilotId');
  const flags = pilotFlags(db, pilotId);
  const names = new Map(
    (
      sql(
        db,
        'SELECT pc.id, c.name FROM pilot_creators pc JOIN creators c ON c.id = pc.creator_id WHERE pc.pilot_id = ?',
      ).all(pilotId) as { id: number; name: string }[]
    ).map((r) => [r.id, r.name]),
  );
  const orders = flaggedOrders(db, pilotId);
  return {
    pilotId,
    currency: pilot.currency,
    orders,
    creators: flags.creators.map((c) => ({
      creatorId: c.creatorId,
      creatorName: names.get(c.creatorId) ?? `Creator ${c.creatorId}`,
      rule: c.rule,
      text: c.text,
      orderCount: c.orderIds.length,
    })),
    heldCount: orders.filter((o) => o.held).length,
    rejectedCount: orders.filter((o) => o.review?.decision === 'rejected').length,
    clearedCount: orders.filter((o) => o.review?.decision === 'cleared').length,
    notes: [...flags.notes],
  };
}

export interface DecideInput {
  pilotId: number;
  orderId: number;
  decision: ReviewDecision;
  note: string | null;
  by: string;
}

/** Records (or changes) the decision on a flagged order; every change is logged with what it replaced. */
export function decideOrder(db: Database, input: DecideInput): FlaggedOrder {
  getPilot(db, input.pilotId, 'pilotId');
  return db.transaction(() => {
    const [current] = flaggedOrders(db, input.pilotId, input.orderId);
    if (!current) {
      throw ApiError.field('orderId', `order ${input.orderId} is not flagged for review in this pilot`);
    }
    sql(
      db,
      `INSERT INTO order_reviews (pilot_id, order_id, decision, note, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (pilot_id, order_id) DO UPDATE SET decision = excluded.decision, note = excluded.note,
         decided_by = excluded.decided_by, decided_at = excluded.decided_at`,
    ).run(input.pilotId, input.orderId, input.decision, input.note, input.by, nowIso());
    logActivity(db, 'fraud.decide', 'order', input.orderId, {
      pilotId: input.pilotId,
      decision: input.decision,
      previous: current.review?.decision ?? null,
      note: input.note,
      by: input.by,
      reasons: current.reasons.map((r) => r.text),
    });
    const [updated] = flaggedOrders(db, input.pilotId, input.orderId);
    if (!updated) throw new ApiError('internal', `order ${input.orderId} vanished while deciding`);
    return updated;
  })();
}
