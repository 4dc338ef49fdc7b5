/** Stage moves: one logged, undoable step per user action. */

import type { Database } from 'better-sqlite3';
import type { Stage } from '../../../shared/entities';
import type { MoveResult } from '../../../shared/sourcing';

export interface MoveRequest {
  pilotId: number;
  memberIds: number[];
  stage: Stage;
  reason: string | null;
}

/** Moves members (all of the pilot, or ApiError naming memberIds) in one transaction, logged as one move by `by`. */
export function moveMembers(_db: Database, _request: MoveRequest, _by: string): MoveResult {
  throw new Error('Not built yet');
}
