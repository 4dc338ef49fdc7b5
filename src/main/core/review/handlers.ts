/** The repeat decision's methods of the handler table (spread into the lift area's table). */

import type { HandlerTable } from '../handler-table';
import { checkCreator, decideCreator, reviewList } from './review';

export const reviewHandlers: HandlerTable<'review.list' | 'review.check' | 'review.decide'> = {
  'review.list': ({ pilotId }, s) => reviewList(s.db, pilotId),
  'review.check': (input, s) => checkCreator(s.db, input),
  'review.decide': (input, s) => decideCreator(s.db, input),
};
