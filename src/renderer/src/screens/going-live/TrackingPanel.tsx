import { useState } from 'react';
import type { Pilot, PilotCreator } from '../../../../shared/entities';
import type { CodesGenerated, LinksBuilt } from '../../../../shared/tracking-assets';
import { request } from '../../api/client';
import { FormAlert } from '../../components/FormAlert';
import { useGoingLive } from '../../stores/going-live';
import { CodeDialog } from './CodeDialog';
import { TrackingMembers } from './TrackingMembers';
import { TrackingSettingsForm } from './TrackingSettingsForm';

type Done = { kind: 'codes'; result: CodesGenerated } | { kind: 'links'; result: LinksBuilt };

/** Codes and links: the pilot's conventions, the bulk actions, and each member's code, link and QR code. */
export function TrackingPanel({ pilot }: { pilot: Pilot }) {
  const { members, settings, prospects, refresh } = useGoingLive();
  const putMember = useGoingLive((s) => s.putMember);
  const [done, setDone] = useState<Done | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [editing, setEditing] = useState<PilotCreator | null>(null);

  async function run(action: () => Promise<Done>) {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      setDone(await action());
      await refresh(pilot.id);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  if (!settings) return null;
  const withoutCode = members.filter((m) => !m.discountCode).length;
  const withoutLink = members.filter((m) => !m.landingUrl).length;
  return (
    <div className="going-live-panel">
      <TrackingSettingsForm key={pilot.id} pilot={pilot} settings={settings} first={members[0]} />
      <section className="section" aria-labelledby="tracking-members-title">
        <div className="board-head">
          <h2 id="tracking-members-title">Creators being readied</h2>
          <div className="actions">
            <button
              type="button"
              className="button primary"
              disabled={busy}
              onClick={() =>
                void run(async () => ({
                  kind: 'codes',
                  result: await request('assets.generateCodes', { pilotId: pilot.id }),
                }))
              }
            >
              Generate missing codes{withoutCode > 0 ? ` (${withoutCode})` : ''}
            </button>
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() =>
                void run(async () => ({
                  kind: 'links',
                  result: await request('assets.buildLinks', { pilotId: pilot.id }),
                }))
              }
            >
              Build links{withoutLink > 0 ? ` (${withoutLink})` : ''}
            </button>
          </div>
        </div>
        {prospects > 0 ? (
          <p className="muted">
            {prospects} more {prospects === 1 ? 'prospect is' : 'prospects are'} on the longlist; they get codes once
            shortlisted.
          </p>
        ) : null}
        <FormAlert message={error} />
        {done ? <DoneReport done={done} /> : null}
        <TrackingMembers members={members} onEditCode={setEditing} />
      </section>
      {editing ? (
        <CodeDialog
          member={editing}
          onClose={() => setEditing(null)}
          onSaved={(m) => {
            putMember(m);
            setDone(null);
          }}
        />
      ) : null}
    </div>
  );
}

function DoneReport({ done }: { done: Done }) {
  if (done.kind === 'codes') {
    const { assigned, kept } = done.result;
    const notes = assigned.filter((a) => a.note);
    return (
      <div className="notice" role="status" aria-label="Codes generated">
        <p>
          {assigned.length === 0
            ? 'Every creator already has a code.'
            : `Gave ${assigned.length} ${assigned.length === 1 ? 'creator a code' : 'creators codes'}.`}
          {kept > 0 ? ` Kept ${kept} existing ${kept === 1 ? 'code' : 'codes'}.` : ''}
        </p>
        {notes.length > 0 ? (
          <ul>
            {notes.map((a) => (
              <li key={a.memberId}>
                {a.name}: <span className="mono">{a.code}</span> — {a.note}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    );
  }
  const { built, skipped, warning } = done.result;
  return (
    <div className="notice" role="status" aria-label="Links built">
      <p>
        {built.length === 0
          ? 'No link to build.'
          : `Built ${built.length} tracked ${built.length === 1 ? 'link' : 'links'}.`}
      </p>
      {skipped.length > 0 ? (
        <ul>
          {skipped.map((s) => (
            <li key={s.memberId}>
              {s.name}: {s.reason}
            </li>
          ))}
        </ul>
      ) : null}
      {warning ? <p className="warning-text">{warning}</p> : null}
    </div>
  );
}
