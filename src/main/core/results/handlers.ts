/** The results methods of the handler table. */

import type { resultsMethods } from '../../../shared/api/results-contract';
import type { HandlerTable } from '../handler-table';

export const resultsHandlers: HandlerTable<keyof typeof resultsMethods> = {};
