/** Workspace backups: the ones a user makes, and the rolling ones made before risky work. */

import type { WorkspaceInfo } from './entities';

/** Automatic backups older than this many days are deleted (the newest one is always kept). */
export const ROLLING_BACKUP_DAYS = 7;

/** Why an automatic backup was made. */
export const BACKUP_REASONS = ['import', 'migration', 'restore'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export interface AutoBackup {
  path: string;
  /** ISO timestamp. */
  createdAt: string;
  reason: BackupReason;
  bytes: number;
}

export interface RestoreResult {
  /** The workspace as it is now, restored. */
  workspace: WorkspaceInfo;
  /** The automatic backup of the state just replaced, so a restore can itself be undone. */
  safetyBackup: string;
}
