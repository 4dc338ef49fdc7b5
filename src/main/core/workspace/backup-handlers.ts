/** The restore and automatic backup methods of the handler table. */

import type { backupMethods } from '../../../shared/api/backup-contract';
import type { HandlerTable } from '../handler-table';

export const backupHandlers: HandlerTable<keyof typeof backupMethods> = {
  'workspace.restore': ({ path }, s) => s.restore(path),
  'backups.list': (_, s) => s.listBackups(),
};
