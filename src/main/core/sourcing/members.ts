/** Putting workspace profiles on a pilot's longlist, each arrival logged as a move from nowhere. */

import type { Database } from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import type { MoveResult } from '../../../shared/sourcing';
import { logActivity, nowIso, sql } from '../db/statements';
import { pilotSourcing } from './criteria';
import { warningsOf } from './moves';
import { nextMoveId, recordStageMove } from './stage-log';

/** Adds a person to the pilot's longlist as part of move `moveId`; returns the new member id. */
export function joinLonglist(
  db: Database,
  pilotId: number,
  creatorId: number,
  move: { moveId: number; at: string; by: string },
): number {
  const memberId = Number(
    sql(
      db,
      `INSERT INTO pilot_creators (pilot_id, creator_id, stage, stage_changed_at, created_at, updated_at)
       VALUES (?, ?, 'longlist', ?, ?, ?)`,
    ).run(pilotId, creatorId, move.at, move.at, move.at).lastInsertRowid,
  );
  recordStageMove(db, { ...move, memberId, from: null, to: 'longlist', reason: null });
  return memberId;
}

/** Profiles onto a pilot's longlist in one logged move; those already in the pilot are left as they are. */
export function addToPilot(db: Database, pilotId: number, creatorIds: readonly number[], by: string): MoveResult {
  return db.transaction(() => {
    const pilot = pilotSourcing(db, pilotId);
    const ids = [...new Set(creatorIds)];
    const exists = sql(db, 'SELECT 1 FROM creators WHERE id = ?').pluck();
    for (const id of ids) {
      if (!exists.get(id)) throw ApiError.field('creatorIds', `There is no profile ${id} in this workspace`);
    }
    const member = sql(db, 'SELECT 1 FROM pilot_creators WHERE pilot_id = ? AND creator_id = ?').pluck();
    const move = { moveId: nextMoveId(db), at: nowIso(), by };
    let moved = 0;
    for (const id of ids) {
      if (member.get(pilotId, id)) continue;
      joinLonglist(db, pilotId, id, move);
      moved++;
    }
    logActivity(db, 'sourcing.addToPilot', 'pilot', pilotId, { moveId: move.moveId, added: moved });
    return {
      moveId: move.moveId,
      moved,
      unchanged: ids.length - moved,
      warnings: warningsOf(db, pilot.pilotId),
    };
  })();
}
