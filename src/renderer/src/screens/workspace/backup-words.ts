import { type BackupReason, ROLLING_BACKUP_DAYS } from '../../../../shared/backups';

export const BACKUP_REASON_LABELS: Record<BackupReason, string> = {
  import: 'Before an import',
  migration: 'Before a schema upgrade',
  restore: 'Before a restore',
};

/** What a restore does, said before it is done: what goes, and the way back. */
export function restoreWarning(workspaceName: string, from: string): string {
  return (
    `Everything in ${workspaceName} — pilots, creators, orders, imports, payouts — is replaced by the contents of ${from}. ` +
    `Pilotdesk first makes an automatic backup of the workspace as it is now (kept ${ROLLING_BACKUP_DAYS} days), so this restore can be undone.`
  );
}
