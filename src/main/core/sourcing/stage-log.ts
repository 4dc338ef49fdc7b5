/**
 * The stage log: one row per member per move, grouped by move id so one user
 * action can be undone whole. Every way a stage changes (moves, adding to a
 * pilot, the creators screen) writes here, so the log is complete.
 */

import type { Database } from 'better-sqlite3';
import type { Stage } from '../../../shared/entities';
import type { StageMoveEntry } from '../../../shared/sourcing';
import { sql } from '../db/statements';

export interface StageMoveRow {
  moveId: number;
  memberId: number;
  at: string;
  by: string;
  from: Stage | null;
  to: Stage;
  reason: string | null;
}

/** A fresh move id, one past the last; call inside the transaction that writes the move. */
export function nextMoveId(db: Database): number {
  return (sql(db, 'SELECT coalesce(max(move_id), 0) + 1 FROM stage_moves').pluck().get() as number) ?? 1;
}

export function recordStageMove(db: Database, m: StageMoveRow): void {
  sql(
    db,
    `INSERT INTO stage_moves (move_id, pilot_creator_id, at, by_user, from_stage, to_stage, reason)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(m.moveId, m.memberId, m.at, m.by, m.from, m.to, m.reason);
}

/** Sets a member's stage with its timestamp: the one write every stage change goes through. */
export function setStage(db: Database, memberId: number, stage: Stage, reason: string | null, at: string): void {
  sql(
    db,
    `UPDATE pilot_creators SET stage = ?, stage_changed_at = ?, updated_at = ?,
       declined_reason = CASE WHEN ? = 'declined' THEN ? ELSE NULL END
     WHERE id = ?`,
  ).run(stage, at, at, stage, reason, memberId);
}

interface LogRow {
  id: number;
  move_id: number;
  at: string;
  by_user: string;
  pilot_creator_id: number;
  name: string;
  from_stage: Stage | null;
  to_stage: Stage;
  reason: string | null;
  undone_at: string | null;
}

/** A pilot's stage log (or one member's), newest first. */
export function stageLog(db: Database, pilotId: number, memberId: number | null): StageMoveEntry[] {
  const rows = sql(
    db,
    `SELECT m.id, m.move_id, m.at, m.by_user, m.pilot_creator_id, c.name, m.from_stage, m.to_stage, m.reason,
       m.undone_at
     FROM stage_moves m JOIN pilot_creators pc ON pc.id = m.pilot_creator_id JOIN creators c ON c.id = pc.creator_id
     WHERE pc.pilot_id = ? AND (? IS NULL OR pc.id = ?)
     ORDER BY m.id DESC`,
  ).all(pilotId, memberId, memberId) as LogRow[];
  return rows.map((r) => ({
    id: r.id,
    moveId: r.move_id,
    at: r.at,
    by: r.by_user,
    memberId: r.pilot_creator_id,
    name: r.name,
    from: r.from_stage,
    to: r.to_stage,
    reason: r.reason,
    undoneAt: r.undone_at,
  }));
}
