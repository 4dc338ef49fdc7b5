/** A pilot member looked up for a contracts or briefs method: a wrong id names "memberId". */

import type { Database } from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import type { PilotCreator } from '../../../shared/entities';
import { getMember } from '../db/creators';

export function findMember(db: Database, memberId: number): PilotCreator {
  try {
    return getMember(db, memberId);
  } catch (err) {
    if (err instanceof ApiError && err.code === 'not_found') {
      throw new ApiError('not_found', err.message, [{ field: 'memberId', message: 'No such creator' }]);
    }
    throw err;
  }
}
