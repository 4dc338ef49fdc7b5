/** The lift test and repeat decision methods of the handler table. */

import type { liftMethods } from '../../../shared/api/lift-contract';
import { getPilot } from '../db/pilots';
import type { HandlerTable } from '../handler-table';
import { reviewHandlers } from '../review/handlers';
import { liftGroups, runLift } from './run';
import { listLifts } from './store';

export const liftHandlers: HandlerTable<keyof typeof liftMethods> = {
  'lift.groups': ({ pilotId }, s) => liftGroups(s.db, pilotId),
  'lift.run': (input, s) => runLift(s.db, input),
  'lift.list': ({ pilotId }, s) => listLifts(s.db, getPilot(s.db, pilotId, 'pilotId').id),
  ...reviewHandlers,
};
