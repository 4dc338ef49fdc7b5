import { useEffect, useState } from 'react';
import type { ImportBatch } from '../../../../shared/imports';
import { request } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormAlert } from '../../components/FormAlert';
import { RowAction } from '../../components/RowAction';
import { count } from '../../format';
import { useImportHistory } from '../../stores/import-history';
import { useOrders } from '../../stores/orders';
import { usePilots } from '../../stores/pilots';
import { refreshOrders } from '../../stores/refresh-all';

function when(iso: string): string {
  return new Intl.DateTimeFormat(navigator.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** Every import so far, newest first; each can be undone as a whole unless a later one built on it. */
export function ImportHistory() {
  const { batches, loaded, error, refresh } = useImportHistory();
  const pilots = usePilots((s) => s.pilots);
  const [undoing, setUndoing] = useState<ImportBatch | null>(null);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  if (!loaded) return <p className="muted">Loading the import history…</p>;
  const owner = (b: ImportBatch) =>
    b.kind === 'orders' ? (b.brandName ?? '—') : (pilots.find((p) => p.id === b.pilotId)?.name ?? '—');

  return (
    <div className="form">
      <FormAlert message={error} />
      {batches.length === 0 && !error ? <p className="muted">Nothing imported yet.</p> : null}
      {batches.length > 0 ? (
        <div className="table-wrap">
          <table className="table" aria-label="Import history">
            <thead>
              <tr>
                <th scope="col">File</th>
                <th scope="col">Holds</th>
                <th scope="col">Brand or pilot</th>
                <th scope="col">Imported</th>
                <th scope="col" className="num">
                  Rows
                </th>
                <th scope="col" className="num">
                  Added
                </th>
                <th scope="col" className="num">
                  Updated
                </th>
                <th scope="col">
                  <span className="visually-hidden">Undo</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {batches.map((b) => (
                <tr key={b.id}>
                  <td className="wrap">
                    {b.fileName} <span className="muted">· {b.format}</span>
                  </td>
                  <td>{b.kind === 'orders' ? 'Orders' : 'Clicks'}</td>
                  <td>{owner(b)}</td>
                  <td>{when(b.importedAt)}</td>
                  <td className="num">{count(b.rowsRead)}</td>
                  <td className="num">{count(b.added)}</td>
                  <td className="num">{count(b.updated)}</td>
                  <td className="wrap">
                    {b.undoneAt ? (
                      <span className="badge archived">Undone {when(b.undoneAt)}</span>
                    ) : b.undoBlockedBy ? (
                      <span className="muted">{b.undoBlockedBy}</span>
                    ) : (
                      <span className="row-actions">
                        <RowAction label="Undo" subject={`import of ${b.fileName}`} onClick={() => setUndoing(b)} />
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {undoing ? (
        <ConfirmDialog
          title={`Undo the import of ${undoing.fileName}?`}
          message={undoMessage(undoing)}
          confirmLabel="Undo import"
          onClose={() => setUndoing(null)}
          onConfirm={async () => {
            await request('imports.undo', { batchId: undoing.id });
            // Its orders are gone: a list filtered to it would show nothing and not say why.
            const orders = useOrders.getState();
            if (orders.filters.batchId === undoing.id) orders.setFilter('batchId', null);
            await refreshOrders();
          }}
        />
      ) : null}
    </div>
  );
}

function undoMessage(b: ImportBatch): string {
  if (b.kind === 'clicks') {
    return `The ${count(b.added + b.updated)} days of clicks it wrote go back to what they were before. Other imports stay.`;
  }
  return `The ${count(b.added)} orders it added are removed, and the ${count(b.updated)} it updated go back to how they were before. Other imports stay.`;
}
