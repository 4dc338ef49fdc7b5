/** The results methods of the handler table. */

import type { resultsMethods } from '../../../shared/api/results-contract';
import type { HandlerTable } from '../handler-table';
import { explainFigure } from './explain';
import { computePilotResults } from './pilot-results';

export const resultsHandlers: HandlerTable<keyof typeof resultsMethods> = {
  'results.get': ({ pilotId }, s) => computePilotResults(s.db, pilotId),
  'results.explain': (input, s) => explainFigure(s.db, input),
};
