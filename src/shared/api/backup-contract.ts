/** Backups: restore from one, and the automatic rolling backups. */

import type { AutoBackup, RestoreResult } from '../backups';
import { method } from './method';
import { Empty, PathInput } from './schemas';

export const backupMethods = {
  /** Replaces the open workspace's data with a backup's, after an automatic backup of the current state. */
  'workspace.restore': method<RestoreResult>()(PathInput),
  /** The open workspace's automatic backups, newest first. */
  'backups.list': method<AutoBackup[]>()(Empty),
} as const;
