/** A pilot's sourcing board: members with their profiles, fit and outreach state. */

import type { Database } from 'better-sqlite3';
import type { Prospect, SourcingBoard } from '../../../shared/sourcing';

/** The pilot's members as prospects (only `memberIds` when given, in that order; ApiError for one not in the pilot). */
export function prospectsOf(_db: Database, _pilotId: number, _memberIds?: readonly number[]): Prospect[] {
  throw new Error('Not built yet');
}

export function sourcingBoard(_db: Database, _pilotId: number): SourcingBoard {
  throw new Error('Not built yet');
}
