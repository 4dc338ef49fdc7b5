import { useState } from 'react';
import type { Pilot, PilotCreator } from '../../../../shared/entities';
import { request } from '../../api/client';
import { useGoingLive } from '../../stores/going-live';
import { BriefPrintView } from './BriefPrintView';
import { BriefSettingsForm } from './BriefSettingsForm';

type Said = { memberId: number; text: string; missing: string[]; failed?: boolean };

/** The pilot's brief, then each creator's brief as .docx or a printable view. */
export function BriefsPanel({ pilot }: { pilot: Pilot }) {
  const members = useGoingLive((s) => s.members);
  const [said, setSaid] = useState<Said | null>(null);
  const [printing, setPrinting] = useState<{ member: PilotCreator; html: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function act(member: PilotCreator, format: 'docx' | 'html') {
    setBusy(true);
    setSaid(null);
    try {
      const doc = await request('briefs.generate', { memberId: member.id, format });
      const missing = doc.missing.map((f) => f.label);
      if (format === 'html' && doc.html !== null) {
        setPrinting({ member, html: doc.html });
        if (missing.length > 0) setSaid({ memberId: member.id, text: 'Brief shown.', missing });
      } else {
        setSaid({ memberId: member.id, text: `Brief written to ${doc.path}`, missing });
      }
    } catch (err) {
      setSaid({ memberId: member.id, text: (err as Error).message, missing: [], failed: true });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="going-live-panel">
      <BriefSettingsForm key={pilot.id} pilotId={pilot.id} />
      <section className="section" aria-labelledby="member-briefs-title">
        <h2 id="member-briefs-title">Each creator’s brief</h2>
        <p className="muted">Each brief carries the creator’s own code and tracked link, and the disclosure rules.</p>
        <div className="table-wrap">
          <table className="table" aria-label="Briefs">
            <thead>
              <tr>
                <th scope="col">Creator</th>
                <th scope="col">Code</th>
                <th scope="col">Brief</th>
              </tr>
            </thead>
            <tbody>
              {members.map((m) => (
                <tr key={m.id}>
                  <th scope="row">{m.name}</th>
                  <td className="mono">{m.discountCode ?? <span className="muted">No code yet</span>}</td>
                  <td>
                    <div className="actions">
                      <button
                        type="button"
                        className="button small"
                        disabled={busy}
                        aria-label={`Brief .docx for ${m.name}`}
                        onClick={() => void act(m, 'docx')}
                      >
                        Brief .docx
                      </button>
                      <button
                        type="button"
                        className="button small"
                        disabled={busy}
                        aria-label={`Print brief for ${m.name}`}
                        onClick={() => void act(m, 'html')}
                      >
                        Print brief…
                      </button>
                    </div>
                    {said?.memberId === m.id ? (
                      <div className={said.failed ? 'field-error' : 'small'} role="status">
                        <p className="break">{said.text}</p>
                        {said.missing.length > 0 ? (
                          <p className="warning-text">Not filled in yet: {said.missing.join(', ')}.</p>
                        ) : null}
                      </div>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {printing ? (
        <BriefPrintView name={printing.member.name} html={printing.html} onClose={() => setPrinting(null)} />
      ) : null}
    </div>
  );
}
