import { useEffect, useState } from 'react';
import type { StageMoveEntry } from '../../../../shared/sourcing';
import { request } from '../../api/client';
import { FormAlert } from '../../components/FormAlert';
import { Modal } from '../../components/Modal';
import { dateTime } from '../../format';
import { STAGE_LABELS } from '../../labels';

/** Every stage move of the pilot, newest first as the core lists them, with undone ones marked. */
export function StageLogDialog({ pilotId, onClose }: { pilotId: number; onClose(): void }) {
  const [entries, setEntries] = useState<StageMoveEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    request('sourcing.log', { pilotId }).then(setEntries, (err: Error) => setError(err.message));
  }, [pilotId]);
  return (
    <Modal title="Stage log" onClose={onClose} wide>
      <div className="form">
        <FormAlert message={error} />
        {entries === null && !error ? <p className="muted">Loading the log…</p> : null}
        {entries?.length === 0 ? <p className="muted">No moves yet.</p> : null}
        {entries && entries.length > 0 ? (
          <div className="table-wrap log-scroller">
            <table className="table" aria-label="Stage moves">
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">By</th>
                  <th scope="col">Profile</th>
                  <th scope="col">Move</th>
                  <th scope="col">Reason</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((e) => (
                  <tr key={e.id} className={e.undoneAt ? 'undone' : undefined}>
                    <td>{dateTime(e.at)}</td>
                    <td>{e.by}</td>
                    <td>{e.name}</td>
                    <td>
                      {e.from ? STAGE_LABELS[e.from] : 'Added'} → {STAGE_LABELS[e.to]}
                      {e.undoneAt ? <span className="muted"> · undone {dateTime(e.undoneAt)}</span> : null}
                    </td>
                    <td className="wrap">{e.reason ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        <div className="modal-foot">
          <button type="button" className="button primary" onClick={onClose} data-autofocus>
            Close
          </button>
        </div>
      </div>
    </Modal>
  );
}
