/** The results methods of the handler table. */

import type { resultsMethods } from '../../../shared/api/results-contract';
import { ApiError } from '../../../shared/api/errors';
import type { HandlerTable } from '../handler-table';

const notYet = (): never => {
  throw new ApiError('internal', 'Results are being built');
};

export const resultsHandlers: HandlerTable<keyof typeof resultsMethods> = {
  'results.get': notYet,
  'results.explain': notYet,
};
