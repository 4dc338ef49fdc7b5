/** The report and table export methods of the handler table. */

import { ApiError } from '../../../shared/api/errors';
import type { reportMethods } from '../../../shared/api/reports-contract';
import type { HandlerTable } from '../handler-table';

// TODO(report helper): replace these with the real handlers.
const notYet = (): never => {
  throw new ApiError('internal', 'Not built yet');
};

export const reportHandlers: HandlerTable<keyof typeof reportMethods> = {
  'reports.export': notYet,
  'tables.export': notYet,
  'orders.export': notYet,
};
