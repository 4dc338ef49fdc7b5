/** The restore and automatic backup methods of the handler table. */

import type { backupMethods } from '../../../shared/api/backup-contract';
import { ApiError } from '../../../shared/api/errors';
import type { HandlerTable } from '../handler-table';

// TODO(backup helper): replace these with the real handlers.
const notYet = (): never => {
  throw new ApiError('internal', 'Not built yet');
};

export const backupHandlers: HandlerTable<keyof typeof backupMethods> = {
  'workspace.restore': notYet,
  'backups.list': notYet,
};
