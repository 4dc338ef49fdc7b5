import { useState } from 'react';
import { request } from '../api/client';
import { FormAlert } from '../components/FormAlert';
import { bytes, count } from '../format';
import { refreshAll } from '../stores/refresh-all';
import { useWorkspace } from '../stores/workspace';
import { PathForm } from './PathForm';
import { RecentWorkspaces } from './RecentWorkspaces';
import { RestoreSection } from './workspace/RestoreSection';

/** Which workspace file is open; switching, creating, backing up and restoring workspaces by path. */
export function WorkspaceScreen() {
  const { info, error, switchTo } = useWorkspace();
  const [backup, setBackup] = useState<string | null>(null);
  const [openError, setOpenError] = useState<string | null>(null);

  async function open(path: string, mode: 'open' | 'create') {
    await switchTo(path, mode);
    setBackup(null);
    setOpenError(null);
    await refreshAll({ workspaceChanged: true });
  }

  return (
    <section className="screen narrow" aria-labelledby="workspace-title">
      <div className="screen-head">
        <h1 id="workspace-title">Workspace</h1>
      </div>
      <FormAlert message={error ?? openError} />
      {info ? (
        <section className="section" aria-labelledby="current-title">
          <h2 id="current-title">Current workspace</h2>
          <dl className="facts">
            <dt>Name</dt>
            <dd>{info.name}</dd>
            <dt>File</dt>
            <dd className="mono">{info.path}</dd>
            <dt>Pilots</dt>
            <dd>{count(info.pilotCount)}</dd>
            <dt>Orders</dt>
            <dd>{count(info.orderCount)}</dd>
            <dt>Schema version</dt>
            <dd>{info.schemaVersion}</dd>
          </dl>
        </section>
      ) : null}
      {info ? (
        <RecentWorkspaces
          info={info}
          onOpen={(path) =>
            void open(path, 'open').catch((err: unknown) => {
              setOpenError((err as Error).message);
            })
          }
        />
      ) : null}
      <PathForm
        id="workspace-open-path"
        title="Open a workspace"
        description="Open an existing Pilotdesk workspace file."
        label="Workspace file to open"
        submitLabel="Open workspace"
        placeholder="/path/to/Client.pilotdesk"
        onSubmit={(path) => open(path, 'open')}
      />
      <PathForm
        id="workspace-create-path"
        title="Create a workspace"
        description="Start an empty workspace in a new file, e.g. one per client."
        label="New workspace file"
        submitLabel="Create workspace"
        placeholder="/path/to/New client.pilotdesk"
        onSubmit={(path) => open(path, 'create')}
      />
      {info ? (
        <PathForm
          id="workspace-backup-path"
          title="Back up this workspace"
          description="Writes a verified copy of the open workspace to a new file; it is safe while you work."
          label="Backup file"
          submitLabel="Back up"
          placeholder="/path/to/Backup.pilotdesk"
          onSubmit={async (path) => {
            setBackup(null);
            const result = await request('workspace.backup', { path });
            setBackup(`Backed up ${bytes(result.bytes)} to ${result.path}`);
          }}
          result={backup}
        />
      ) : null}
      {info ? <RestoreSection info={info} /> : null}
    </section>
  );
}
