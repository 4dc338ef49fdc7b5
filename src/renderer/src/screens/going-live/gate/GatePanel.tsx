import { useEffect, useRef, useState } from 'react';
import type { Pilot } from '../../../../../shared/entities';
import { request } from '../../../api/client';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { FormAlert } from '../../../components/FormAlert';
import { useGoingLive } from '../../../stores/going-live';
import { useSignoffs } from '../../../stores/signoffs';
import '../../../styles/signoffs.css';
import { GateTable, type Refusal } from './GateTable';
import { canMarkLive } from './gate-steps';

/**
 * The go-live gate: who may be marked live, and what each of the others still
 * lacks, with a way to the tab that fixes it. Marking live goes through the
 * core's gate, so a refusal names what is missing.
 */
export function GatePanel({ pilot }: { pilot: Pilot }) {
  const { loadChecks, checks, loading, error } = useSignoffs();
  const loadedFor = useSignoffs((s) => s.pilotId);
  const refresh = useGoingLive((s) => s.refresh);
  const [done, setDone] = useState<{ text: string; moveId: number | null } | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [confirming, setConfirming] = useState(false);
  // The clicked "Mark live" is gone once they are live: focus moves to what happened.
  const doneRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    void loadChecks(pilot.id);
  }, [pilot.id, loadChecks]);

  // Focus goes to what happened once nothing covers it (the confirmation closes after the move).
  const focusDone = useRef(false);
  useEffect(() => {
    if (done && !confirming && focusDone.current) {
      focusDone.current = false;
      doneRef.current?.focus();
    }
  }, [done, confirming]);

  const shown = loadedFor === pilot.id ? checks : [];
  const readyToMark = shown.filter((c) => c.problems.length === 0 && canMarkLive(c.stage));

  const reload = () => Promise.all([loadChecks(pilot.id), refresh(pilot.id)]);

  /** Moves them live through the gate; a refusal is shown where it was asked for, naming what is missing. */
  async function markLive(memberIds: number[], where: Refusal['where']): Promise<void> {
    setDone(null);
    setRefusal(null);
    try {
      const result = await request('sourcing.move', { pilotId: pilot.id, memberIds, stage: 'live' });
      const names = shown.filter((c) => memberIds.includes(c.memberId)).map((c) => c.name);
      const who = names.length === 1 ? names[0] : `${result.moved} creators`;
      const warnings = result.warnings.length > 0 ? ` ${result.warnings.join(' ')}` : '';
      focusDone.current = true;
      setDone({ text: `${who} marked live.${warnings}`, moveId: result.moved > 0 ? result.moveId : null });
    } catch (err) {
      setRefusal({ where, message: (err as Error).message });
    }
    await reload();
  }

  async function undo(moveId: number): Promise<void> {
    setRefusal(null);
    try {
      await request('sourcing.undoMove', { moveId });
      focusDone.current = true;
      setDone({ text: 'Undone: back at the stage they were at.', moveId: null });
    } catch (err) {
      setRefusal({ where: 'all', message: (err as Error).message });
    }
    await reload();
  }

  return (
    <div className="going-live-panel">
      <section className="section" aria-labelledby="gate-title">
        <h2 id="gate-title">Go live</h2>
        <p className="muted">
          A creator goes live when the contract is signed, the discount code and tracked link are valid (as this pilot
          attributes orders), and their content is approved. Each problem below links to the tab that fixes it.
        </p>
        <div className="toolbar gate-toolbar">
          <button
            type="button"
            className="button primary"
            disabled={readyToMark.length === 0}
            onClick={() => setConfirming(true)}
          >
            Mark all ready live{readyToMark.length > 0 ? ` (${readyToMark.length})` : ''}
          </button>
          <p className="muted small">
            {readyToMark.length === 0 && shown.length > 0
              ? shown.every((c) => !canMarkLive(c.stage))
                ? 'Everyone here is live already.'
                : 'No one waiting is ready yet.'
              : ''}
          </p>
        </div>
        <div className="gate-done">
          <p className="notice" role="status" ref={doneRef} tabIndex={-1}>
            {done?.text ?? ''}
          </p>
          {done?.moveId ? (
            <button type="button" className="button small" onClick={() => void undo(done.moveId ?? 0)}>
              Undo
            </button>
          ) : null}
        </div>
        {/* While the check reloads the rows may be a step behind; the core's gate still decides every move. */}
        <p className="muted small" aria-live="polite">
          {loading ? 'Checking who is ready…' : ''}
        </p>
        <FormAlert message={refusal?.where === 'all' ? refusal.message : error} />
        {shown.length > 0 ? (
          <GateTable checks={shown} refusal={refusal} onMarkLive={(id) => markLive([id], id)} />
        ) : null}
      </section>
      {confirming ? (
        <ConfirmDialog
          title="Mark all ready creators live?"
          message={`${readyToMark.map((c) => c.name).join(', ')} will be marked live, as one step (Undo is offered right after).`}
          confirmLabel={`Mark ${readyToMark.length} live`}
          onConfirm={() =>
            markLive(
              readyToMark.map((c) => c.memberId),
              'all',
            )
          }
          onClose={() => setConfirming(false)}
        />
      ) : null}
    </div>
  );
}
