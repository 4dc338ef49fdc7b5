import { useEffect, useState } from 'react';
import { type AutoBackup, ROLLING_BACKUP_DAYS } from '../../../../shared/backups';
import { request } from '../../api/client';
import { FormAlert } from '../../components/FormAlert';
import { RowAction } from '../../components/RowAction';
import { bytes, dateTime } from '../../format';
import { BACKUP_REASON_LABELS } from './backup-words';

interface AutoBackupsProps {
  /** Bumped after a backup or restore, so the list reads again. */
  version: number;
  onRestore(backup: AutoBackup): void;
}

/** The automatic backups Pilotdesk made before risky work, newest first, each restorable. */
export function AutoBackups({ version, onRestore }: AutoBackupsProps) {
  const [backups, setBackups] = useState<AutoBackup[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: version stands for a change on disk the list must show
  useEffect(() => {
    let live = true;
    request('backups.list', {}).then(
      (list) => {
        if (!live) return;
        setBackups(list);
        setError(null);
      },
      (err: unknown) => {
        if (live) setError((err as Error).message);
      },
    );
    return () => {
      live = false;
    };
  }, [version]);

  return (
    <section className="section" aria-labelledby="auto-backups-title">
      <h2 id="auto-backups-title">Automatic backups</h2>
      <p className="muted">
        Made before every import, schema upgrade and restore; kept for {ROLLING_BACKUP_DAYS} days (the newest always).
      </p>
      <FormAlert message={error} />
      {backups === null ? (
        error ? null : (
          <p className="muted">Loading backups…</p>
        )
      ) : backups.length === 0 ? (
        <p className="muted">No automatic backups yet. The first is made before this workspace's next import.</p>
      ) : (
        <div className="table-wrap">
          <table className="table" aria-label="Automatic backups">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Why</th>
                <th scope="col" className="num">
                  Size
                </th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {backups.map((b) => (
                <tr key={b.path}>
                  <td title={b.path}>{dateTime(b.createdAt)}</td>
                  <td>{BACKUP_REASON_LABELS[b.reason]}</td>
                  <td className="num">{bytes(b.bytes)}</td>
                  <td>
                    <RowAction
                      label="Restore"
                      subject={`the backup of ${dateTime(b.createdAt)}`}
                      onClick={() => onRestore(b)}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
