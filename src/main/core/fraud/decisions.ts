/**
 * Review decisions and what they mean for money: a flagged order without a
 * decision is held (its commission is not payable); a rejected order earns
 * nothing and is left out of the results; a cleared order counts normally.
 * A rejection stands even if the order is no longer flagged later: a person
 * decided it.
 */

import type { Database } from 'better-sqlite3';
import type { OrderReview, ReviewDecision } from '../../../shared/fraud';
import { sql } from '../db/statements';
import { pilotFlags } from './detect';

export function orderReviews(db: Database, pilotId: number): Map<number, OrderReview> {
  const rows = sql(
    db,
    `SELECT order_id AS orderId, decision, note, decided_by AS decidedBy, decided_at AS decidedAt
     FROM order_reviews WHERE pilot_id = ?`,
  ).all(pilotId) as (OrderReview & { orderId: number })[];
  return new Map(rows.map(({ orderId, ...review }) => [orderId, review]));
}

function decided(db: Database, pilotId: number, decision: ReviewDecision): Set<number> {
  return new Set(
    sql(db, 'SELECT order_id FROM order_reviews WHERE pilot_id = ? AND decision = ?')
      .pluck()
      .all(pilotId, decision) as number[],
  );
}

/** Flagged orders of the pilot nobody has cleared or rejected yet. */
export function heldOrderIds(db: Database, pilotId: number): Set<number> {
  const flagged = pilotFlags(db, pilotId).orders;
  const reviewed = new Set(sql(db, 'SELECT order_id FROM order_reviews WHERE pilot_id = ?').pluck().all(pilotId));
  const held = new Set<number>();
  for (const id of flagged.keys()) if (!reviewed.has(id)) held.add(id);
  return held;
}

/** Orders a person rejected in the pilot's fraud review. */
export function rejectedOrderIds(db: Database, pilotId: number): Set<number> {
  return decided(db, pilotId, 'rejected');
}
