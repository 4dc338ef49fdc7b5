/** Saved checks and decisions of the repeat decision: the whole history is kept. */

import type { Database } from 'better-sqlite3';
import type { Verdict } from '../../../shared/results';
import type { CreatorCheck, CreatorDecision, Decision } from '../../../shared/review';
import { logActivity, nowIso, sql } from '../db/statements';
import type { ReviewHistory } from './ranking';

interface CheckRow {
  id: number;
  pilot_creator_id: number;
  checked_at: string;
  cac_minor: number | null;
  target_cac_minor: number | null;
  iroas: string | null;
  net_orders: number;
  verdict: Verdict;
  met: number;
  note: string | null;
  checked_by: string;
}

interface DecisionRow {
  id: number;
  pilot_creator_id: number;
  decision: Decision;
  note: string | null;
  decided_by: string;
  decided_at: string;
}

const toCheck = (r: CheckRow): CreatorCheck => ({
  id: r.id,
  pilotCreatorId: r.pilot_creator_id,
  checkedAt: r.checked_at,
  cacMinor: r.cac_minor,
  targetCacMinor: r.target_cac_minor,
  iroas: r.iroas === null ? null : Number(r.iroas),
  netOrders: r.net_orders,
  verdict: r.verdict,
  met: r.met === 1,
  note: r.note,
  by: r.checked_by,
});

const toDecision = (r: DecisionRow): CreatorDecision => ({
  id: r.id,
  pilotCreatorId: r.pilot_creator_id,
  decision: r.decision,
  note: r.note,
  by: r.decided_by,
  decidedAt: r.decided_at,
});

export type NewCheck = Omit<CreatorCheck, 'id' | 'checkedAt'>;

export function recordCheck(db: Database, check: NewCheck, pilotId: number): CreatorCheck {
  const { lastInsertRowid } = sql(
    db,
    `INSERT INTO creator_checks (pilot_creator_id, checked_at, cac_minor, target_cac_minor, iroas, net_orders,
       verdict, met, note, checked_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    check.pilotCreatorId,
    nowIso(),
    check.cacMinor,
    check.targetCacMinor,
    // The shortest decimal text that reads back as the same number: stored exactly, never as a float column.
    check.iroas === null ? null : String(check.iroas),
    check.netOrders,
    check.verdict,
    check.met ? 1 : 0,
    check.note,
    check.by,
  );
  const id = Number(lastInsertRowid);
  logActivity(db, 'review.check', 'pilot_creator', check.pilotCreatorId, {
    pilotId,
    checkId: id,
    verdict: check.verdict,
    cacMinor: check.cacMinor,
    by: check.by,
  });
  return toCheck(sql(db, 'SELECT * FROM creator_checks WHERE id = ?').get(id) as CheckRow);
}

export function recordDecision(
  db: Database,
  d: { pilotCreatorId: number; decision: Decision; note: string | null; by: string },
  pilotId: number,
): CreatorDecision {
  const { lastInsertRowid } = sql(
    db,
    `INSERT INTO creator_decisions (pilot_creator_id, decision, note, decided_by, decided_at) VALUES (?, ?, ?, ?, ?)`,
  ).run(d.pilotCreatorId, d.decision, d.note, d.by, nowIso());
  const id = Number(lastInsertRowid);
  logActivity(db, 'review.decide', 'pilot_creator', d.pilotCreatorId, {
    pilotId,
    decisionId: id,
    decision: d.decision,
    by: d.by,
  });
  return toDecision(sql(db, 'SELECT * FROM creator_decisions WHERE id = ?').get(id) as DecisionRow);
}

/** Every creator's checks and latest decision in a pilot, by pilot creator id. */
export function pilotHistory(db: Database, pilotId: number): Map<number, ReviewHistory> {
  const out = new Map<number, ReviewHistory>();
  const entry = (id: number) => {
    let h = out.get(id);
    if (!h) {
      h = { checks: [], decision: null };
      out.set(id, h);
    }
    return h;
  };
  const checks = sql(
    db,
    `SELECT k.* FROM creator_checks k JOIN pilot_creators pc ON pc.id = k.pilot_creator_id
     WHERE pc.pilot_id = ? ORDER BY k.checked_at DESC, k.id DESC`,
  ).all(pilotId) as CheckRow[];
  for (const r of checks) entry(r.pilot_creator_id).checks.push(toCheck(r));
  // The latest decision per creator wins; ties in time go to the later row.
  const decisions = sql(
    db,
    `SELECT d.* FROM creator_decisions d JOIN pilot_creators pc ON pc.id = d.pilot_creator_id
     WHERE pc.pilot_id = ? AND d.id = (SELECT d2.id FROM creator_decisions d2 WHERE d2.pilot_creator_id = d.pilot_creator_id
       ORDER BY d2.decided_at DESC, d2.id DESC LIMIT 1)`,
  ).all(pilotId) as DecisionRow[];
  for (const r of decisions) entry(r.pilot_creator_id).decision = toDecision(r);
  return out;
}
