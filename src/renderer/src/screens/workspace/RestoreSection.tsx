import { useState } from 'react';
import type { WorkspaceInfo } from '../../../../shared/entities';
import { request } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { dateTime } from '../../format';
import { refreshAll } from '../../stores/refresh-all';
import { PathForm } from '../PathForm';
import { AutoBackups } from './AutoBackups';
import { restoreWarning } from './backup-words';

/** A backup to restore: its file, and how the confirmation names it. */
interface Restoring {
  path: string;
  from: string;
}

/**
 * Restoring the open workspace from a backup file or an automatic backup,
 * always after a confirmation that says what is replaced. Afterwards every
 * screen reads its data again, as if another workspace had opened.
 */
export function RestoreSection({ info }: { info: WorkspaceInfo }) {
  const [restoring, setRestoring] = useState<Restoring | null>(null);
  const [restored, setRestored] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  async function restore(target: Restoring) {
    const result = await request('workspace.restore', { path: target.path });
    await refreshAll({ workspaceChanged: true });
    setRestored(
      `Restored ${result.workspace.name} from ${target.from}. The workspace as it was before is kept as an automatic backup: ${result.safetyBackup}`,
    );
    setVersion((v) => v + 1);
  }

  return (
    <>
      <PathForm
        id="workspace-restore-path"
        title="Restore from a backup"
        description="Replaces this workspace's data with a backup's. You confirm first; the current state is backed up automatically."
        label="File to restore"
        submitLabel="Restore…"
        placeholder="/path/to/Backup.pilotdesk"
        keepPath
        onSubmit={async (path) => {
          setRestored(null);
          setRestoring({ path, from: path });
        }}
        result={restored}
      />
      <AutoBackups
        version={version}
        onRestore={(b) => {
          setRestored(null);
          setRestoring({ path: b.path, from: `the automatic backup of ${dateTime(b.createdAt)}` });
        }}
      />
      {restoring ? (
        <ConfirmDialog
          title="Restore this backup?"
          message={restoreWarning(info.name, restoring.from)}
          confirmLabel="Restore and replace"
          onClose={() => setRestoring(null)}
          onConfirm={() => restore(restoring)}
        />
      ) : null}
    </>
  );
}
