/** Approved payouts as stored: reading them, and what they paid per order and in bonuses. */

import type { Database } from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import type { Payout } from '../../../shared/payouts';
import { sql } from '../db/statements';
import type { PaidOrder, PaidSoFar } from './payable';

const SELECT = `SELECT p.id, p.pilot_id AS pilotId, p.pilot_creator_id AS creatorId, c.name AS creatorName,
    pc.payee_ref AS payeeRef, p.period_start AS periodStart, p.period_end AS periodEnd, p.currency,
    p.amount_minor AS amountMinor, p.order_count AS orderCount, p.approved_by AS approvedBy,
    p.approved_at AS approvedAt, p.paid_by AS paidBy, p.paid_at AS paidAt
  FROM payouts p JOIN pilot_creators pc ON pc.id = p.pilot_creator_id JOIN creators c ON c.id = pc.creator_id`;

export function listPayouts(db: Database, pilotId: number): Payout[] {
  return sql(db, `${SELECT} WHERE p.pilot_id = ? ORDER BY p.period_end DESC, c.name, p.id`).all(pilotId) as Payout[];
}

export function getPayout(db: Database, id: number, field = 'payoutId'): Payout {
  const payout = sql(db, `${SELECT} WHERE p.id = ?`).get(id) as Payout | undefined;
  if (!payout) throw new ApiError('not_found', `No payout with id ${id}`, [{ field, message: 'No such payout' }]);
  return payout;
}

/** Per creator of the pilot: what approved payouts paid per order, and in bonuses. */
export function paidSoFar(db: Database, pilotId: number): Map<number, PaidSoFar> {
  const rows = sql(
    db,
    `SELECT p.pilot_creator_id AS creatorId, l.order_id AS orderId, l.kind, max(l.order_ref) AS orderRef,
       sum(l.amount_minor) AS amountMinor
     FROM payouts p JOIN payout_lines l ON l.payout_id = p.id
     WHERE p.pilot_id = ?
     GROUP BY p.pilot_creator_id, l.order_id, l.kind = 'bonus'`,
  ).all(pilotId) as {
    creatorId: number;
    orderId: number | null;
    kind: string;
    orderRef: string | null;
    amountMinor: number;
  }[];
  const out = new Map<number, { orders: Map<number, PaidOrder>; bonusMinor: number }>();
  for (const r of rows) {
    let creator = out.get(r.creatorId);
    if (!creator) {
      creator = { orders: new Map(), bonusMinor: 0 };
      out.set(r.creatorId, creator);
    }
    if (r.kind === 'bonus') creator.bonusMinor += r.amountMinor;
    else if (r.orderId !== null) {
      creator.orders.set(r.orderId, { orderRef: r.orderRef ?? String(r.orderId), paidMinor: r.amountMinor });
    }
  }
  return out;
}

/** Each creator's latest approved period end in the pilot: a new period must start after it. */
export function lastApprovedPeriods(db: Database, pilotId: number): Map<number, { start: string; end: string }> {
  const rows = sql(
    db,
    `SELECT pilot_creator_id AS creatorId, period_start AS start, max(period_end) AS end
     FROM payouts WHERE pilot_id = ? GROUP BY pilot_creator_id`,
  ).all(pilotId) as { creatorId: number; start: string; end: string }[];
  return new Map(rows.map((r) => [r.creatorId, { start: r.start, end: r.end }]));
}
