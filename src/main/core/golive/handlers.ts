/** The going-live methods of the handler table: the gate's check, sign-offs with their SLAs, and the timeline. */

import type { signoffsMethods } from '../../../shared/api/signoffs-contract';
import { getPilot } from '../db/pilots';
import type { HandlerTable } from '../handler-table';
import { goLiveChecks } from './gate';
import { listSignoffs, overdueSignoffs, setSignoff, setSla, slaSettings } from './signoffs';
import { pilotTimeline, weekAcross } from './timeline';

export const signoffsHandlers: HandlerTable<keyof typeof signoffsMethods> = {
  'golive.check': ({ pilotId }, s) => goLiveChecks(s.db, pilotId),
  'signoffs.list': ({ pilotId }, s) => listSignoffs(s.db, getPilot(s.db, pilotId, 'pilotId').id),
  'signoffs.set': (input, s) => setSignoff(s.db, input),
  'signoffs.sla': ({ pilotId, hours }, s) => (hours ? setSla(s.db, pilotId, hours) : slaSettings(s.db, pilotId)),
  'signoffs.overdue': ({ at }, s) => overdueSignoffs(s.db, at),
  'timeline.get': ({ pilotId, date }, s) => pilotTimeline(s.db, pilotId, date),
  'timeline.week': ({ date }, s) => weekAcross(s.db, date),
};
