/** Stage moves: one logged, undoable step per user action. */

import type { Database } from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import type { Stage } from '../../../shared/entities';
import type { MoveResult } from '../../../shared/sourcing';
import { reattributeOnStageChange } from '../attribution/taking-part';
import { logActivity, nowIso, sql } from '../db/statements';
import { refuseUnlessReady } from '../golive/gate';
import { notAMember } from './board';
import { capWarnings, stageCounts } from './caps';
import { pilotSourcing } from './criteria';
import { nextMoveId, recordStageMove, setStage } from './stage-log';

export interface MoveRequest {
  pilotId: number;
  memberIds: number[];
  stage: Stage;
  reason: string | null;
}

/** Moves members (all of the pilot, or ApiError naming memberIds) in one transaction, logged as one move by `by`. */
export function moveMembers(db: Database, request: MoveRequest, by: string): MoveResult {
  return db.transaction(() => {
    const pilot = pilotSourcing(db, request.pilotId);
    if (request.stage === 'declined' && !request.reason?.trim()) {
      throw ApiError.field('reason', 'Say why they declined (reason)');
    }
    const stages = memberStages(db, request.pilotId);
    const ids = [...new Set(request.memberIds)];
    for (const id of ids) if (!stages.has(id)) throw notAMember(id, pilot.name);
    // The go-live gate refuses the whole move, naming each member and what they lack.
    if (request.stage === 'live')
      refuseUnlessReady(
        db,
        ids.filter((id) => stages.get(id) !== 'live'),
      );
    const moveId = nextMoveId(db);
    const at = nowIso();
    const reason = request.reason?.trim() || null;
    const changes: { from: Stage; to: Stage }[] = [];
    for (const id of ids) {
      const from = stages.get(id) as Stage;
      if (from === request.stage) continue;
      setStage(db, id, request.stage, reason, at);
      recordStageMove(db, { moveId, memberId: id, at, by, from, to: request.stage, reason });
      changes.push({ from, to: request.stage });
    }
    const moved = changes.length;
    // Taking part (or no longer) decides whether their code and link win orders.
    reattributeOnStageChange(db, pilot.pilotId, changes);
    logActivity(db, 'sourcing.move', 'pilot', pilot.pilotId, { moveId, stage: request.stage, moved });
    return { moveId, moved, unchanged: ids.length - moved, warnings: warningsOf(db, pilot.pilotId) };
  })();
}

/** The pilot's cap warnings as they stand now. */
export function warningsOf(db: Database, pilotId: number): string[] {
  return capWarnings(stageCounts(db, pilotId), pilotSourcing(db, pilotId).shortlistCap);
}

function memberStages(db: Database, pilotId: number): Map<number, Stage> {
  const rows = sql(db, 'SELECT id, stage FROM pilot_creators WHERE pilot_id = ?').all(pilotId) as {
    id: number;
    stage: Stage;
  }[];
  return new Map(rows.map((r) => [r.id, r.stage]));
}
