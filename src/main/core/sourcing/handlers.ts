/** The sourcing methods of the handler table. */

import type { sourcingMethods } from '../../../shared/api/sourcing-contract';
import { logActivity } from '../db/statements';
import type { HandlerTable } from '../handler-table';
import { currentUser } from '../user';
import { sourcingBoard } from './board';
import { pilotSourcing, saveCriteria } from './criteria';
import { addToPilot } from './members';
import { moveMembers } from './moves';
import { listProfiles, saveProfile } from './profiles';
import { assignReviewers } from './reviewers';
import { stageLog } from './stage-log';
import { undoMove } from './undo';

export const sourcingHandlers: HandlerTable<keyof typeof sourcingMethods> = {
  'profiles.save': (input, s) => saveProfile(s.db, input, currentUser()),
  'profiles.list': ({ search }, s) => listProfiles(s.db, search),
  'sourcing.board': ({ pilotId }, s) => sourcingBoard(s.db, pilotId),
  'sourcing.setCriteria': ({ pilotId, criteria, shortlistCap }, s) => {
    s.db.transaction(() => {
      pilotSourcing(s.db, pilotId);
      saveCriteria(s.db, pilotId, criteria, shortlistCap);
      logActivity(s.db, 'sourcing.setCriteria', 'pilot', pilotId, { criteria, shortlistCap });
    })();
    return sourcingBoard(s.db, pilotId);
  },
  'sourcing.addToPilot': ({ pilotId, creatorIds }, s) => addToPilot(s.db, pilotId, creatorIds, currentUser()),
  'sourcing.move': (input, s) => moveMembers(s.db, input, currentUser()),
  'sourcing.undoMove': ({ moveId }, s) => undoMove(s.db, moveId, currentUser()),
  'sourcing.log': ({ pilotId, memberId }, s) => {
    pilotSourcing(s.db, pilotId);
    return stageLog(s.db, pilotId, memberId ?? null);
  },
  'sourcing.assignReviewers': (input, s) => assignReviewers(s.db, input),
};
