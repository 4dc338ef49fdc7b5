import { useState } from 'react';
import type { PilotCreator } from '../../../../shared/entities';
import { request } from '../../api/client';
import { STAGE_LABELS } from '../../labels';
import { copyText } from '../outreach/message-text';

interface TrackingMembersProps {
  members: PilotCreator[];
  onEditCode(member: PilotCreator): void;
}

/** Each member's code (edited in a dialog), tracked link (copied) and QR code (written as PNG or SVG). */
export function TrackingMembers({ members, onEditCode }: TrackingMembersProps) {
  const [said, setSaid] = useState<{ memberId: number; text: string; failed?: boolean } | null>(null);

  async function act(memberId: number, action: () => Promise<string>) {
    try {
      setSaid({ memberId, text: await action() });
    } catch (err) {
      setSaid({ memberId, text: (err as Error).message, failed: true });
    }
  }

  return (
    <>
      <div className="table-wrap">
        <table className="table tracking-table" aria-label="Codes and links">
          <thead>
            <tr>
              <th scope="col">Creator</th>
              <th scope="col">Stage</th>
              <th scope="col">Code</th>
              <th scope="col">Tracked link</th>
              <th scope="col">QR code</th>
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr key={m.id}>
                <th scope="row">
                  {m.name}
                  <div className="muted small">{m.handles.map((h) => h.handle).join(', ')}</div>
                </th>
                <td>{STAGE_LABELS[m.stage]}</td>
                <td>
                  <div className="cell-with-action">
                    <span className="mono">{m.discountCode ?? <span className="muted">No code</span>}</span>
                    <button
                      type="button"
                      className="button small"
                      aria-label={`Edit ${m.name}'s code`}
                      onClick={() => onEditCode(m)}
                    >
                      Edit
                    </button>
                  </div>
                </td>
                <td className="link-cell">
                  {m.landingUrl ? (
                    <div className="cell-with-action">
                      <span className="mono break">{m.landingUrl}</span>
                      <button
                        type="button"
                        className="button small"
                        aria-label={`Copy ${m.name}'s link`}
                        onClick={() =>
                          void act(m.id, async () => {
                            await copyText(m.landingUrl ?? '');
                            return 'Link copied.';
                          })
                        }
                      >
                        Copy
                      </button>
                    </div>
                  ) : (
                    <span className="muted">No link</span>
                  )}
                </td>
                <td>
                  <div className="actions">
                    {(['png', 'svg'] as const).map((format) => (
                      <button
                        key={format}
                        type="button"
                        className="button small"
                        disabled={!m.landingUrl}
                        aria-label={`Export ${m.name}'s QR code as ${format.toUpperCase()}`}
                        onClick={() =>
                          void act(m.id, async () => {
                            const qr = await request('assets.exportQr', { memberId: m.id, format });
                            return `QR code written to ${qr.path}`;
                          })
                        }
                      >
                        {format.toUpperCase()}
                      </button>
                    ))}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className={said?.failed ? 'field-error' : 'muted'} role="status">
        {said ? `${members.find((m) => m.id === said.memberId)?.name ?? ''}: ${said.text}` : ''}
      </p>
    </>
  );
}
