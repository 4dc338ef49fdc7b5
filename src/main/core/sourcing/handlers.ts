/** The sourcing methods of the handler table. */

import type { sourcingMethods } from '../../../shared/api/sourcing-contract';
import type { HandlerTable } from '../handler-table';

const notBuilt = (): never => {
  throw new Error('Not built yet');
};

export const sourcingHandlers: HandlerTable<keyof typeof sourcingMethods> = {
  'profiles.save': notBuilt,
  'profiles.list': notBuilt,
  'sourcing.board': notBuilt,
  'sourcing.setCriteria': notBuilt,
  'sourcing.addToPilot': notBuilt,
  'sourcing.move': notBuilt,
  'sourcing.undoMove': notBuilt,
  'sourcing.log': notBuilt,
  'sourcing.assignReviewers': notBuilt,
};
