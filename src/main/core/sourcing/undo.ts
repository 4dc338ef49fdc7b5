/**
 * Undoing a move: each member goes back where the move found them, unless
 * they have moved since (the later move is the user's newer decision, so it
 * wins) or the move added them (removing a member is a separate, deliberate act).
 */

import type { Database } from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import type { Stage } from '../../../shared/entities';
import type { MoveResult } from '../../../shared/sourcing';
import { reattributeOnStageChange } from '../attribution/taking-part';
import { logActivity, nowIso, sql } from '../db/statements';
import { warningsOf } from './moves';
import { nextMoveId, recordStageMove, setStage } from './stage-log';

interface Row {
  id: number;
  member_id: number;
  pilot_id: number;
  name: string;
  stage: Stage;
  from_stage: Stage | null;
  to_stage: Stage;
  undone_at: string | null;
  moved_since: number;
}

export function undoMove(db: Database, moveId: number, by: string): MoveResult {
  return db.transaction(() => {
    const rows = sql(
      db,
      `SELECT m.id, m.pilot_creator_id AS member_id, pc.pilot_id, c.name, pc.stage, m.from_stage, m.to_stage,
         m.undone_at,
         EXISTS (SELECT 1 FROM stage_moves later WHERE later.pilot_creator_id = m.pilot_creator_id AND later.id > m.id)
           AS moved_since
       FROM stage_moves m JOIN pilot_creators pc ON pc.id = m.pilot_creator_id JOIN creators c ON c.id = pc.creator_id
       WHERE m.move_id = ? ORDER BY m.id`,
    ).all(moveId) as Row[];
    const first = rows[0];
    if (!first) {
      throw new ApiError('not_found', `There is no move ${moveId}`, [{ field: 'moveId', message: 'No such move' }]);
    }
    const open = rows.filter((r) => r.undone_at === null);
    if (open.length === 0) throw ApiError.field('moveId', `Move ${moveId} was already undone`);

    const undo = { moveId: nextMoveId(db), at: nowIso(), by, reason: `Undo of move ${moveId}` };
    const added: string[] = [];
    const movedSince: string[] = [];
    const changes: { from: Stage; to: Stage }[] = [];
    for (const r of open) {
      if (r.from_stage === null) {
        added.push(r.name);
      } else if (r.moved_since === 1 || r.stage !== r.to_stage) {
        movedSince.push(r.name);
      } else {
        setStage(db, r.member_id, r.from_stage, reasonBefore(db, r), undo.at);
        recordStageMove(db, { ...undo, memberId: r.member_id, from: r.to_stage, to: r.from_stage });
        sql(db, 'UPDATE stage_moves SET undone_at = ? WHERE id = ?').run(undo.at, r.id);
        changes.push({ from: r.to_stage, to: r.from_stage });
      }
    }
    const moved = changes.length;
    reattributeOnStageChange(db, first.pilot_id, changes);
    logActivity(db, 'sourcing.undoMove', 'pilot', first.pilot_id, { moveId, undoMoveId: undo.moveId, moved });
    const notes: string[] = [];
    if (movedSince.length > 0) notes.push(`Left as they are, moved again since: ${names(movedSince)}`);
    if (added.length > 0) {
      notes.push(`Left on the longlist, as this move added them to the pilot: ${names(added)}`);
    }
    return {
      moveId: undo.moveId,
      moved,
      unchanged: rows.length - moved,
      warnings: [...notes, ...warningsOf(db, first.pilot_id)],
    };
  })();
}

/** Going back to declined restores the reason they declined with. */
function reasonBefore(db: Database, r: Row): string | null {
  if (r.from_stage !== 'declined') return null;
  return (
    (sql(
      db,
      `SELECT reason FROM stage_moves WHERE pilot_creator_id = ? AND to_stage = 'declined' AND id < ?
       ORDER BY id DESC LIMIT 1`,
    )
      .pluck()
      .get(r.member_id, r.id) as string | null | undefined) ?? null
  );
}

function names(list: string[]): string {
  return list.length <= 5 ? list.join(', ') : `${list.slice(0, 5).join(', ')} and ${list.length - 5} more`;
}
