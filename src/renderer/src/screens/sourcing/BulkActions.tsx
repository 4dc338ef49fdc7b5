import { useState } from 'react';
import { STAGES, type Stage } from '../../../../shared/entities';
import type { Prospect, SourcingBoard } from '../../../../shared/sourcing';
import { count } from '../../format';
import { STAGE_LABELS } from '../../labels';
import { useNavigation } from '../../stores/navigation';
import { useOutreach } from '../../stores/outreach';
import { useSourcing } from '../../stores/sourcing';
import { DeclineDialog, ReviewersDialog, ShortlistTopDialog } from './MoveDialogs';

interface BulkActionsProps {
  board: SourcingBoard;
  /** Profiles the filters match, in every stage. */
  matching: Prospect[];
  /** The rows shown, in the order shown. */
  ordered: () => Prospect[];
  /** False while the criteria panel holds unsaved changes: shortlisting goes by the saved scores. */
  criteriaSaved: boolean;
}

type Open = 'decline' | 'top' | 'reviewers' | null;

const profiles = (n: number) => `${count(n)} ${n === 1 ? 'profile' : 'profiles'}`;

/** What can be done to the selection at once: move it, hand it to reviewers, or take it to outreach. */
export function BulkActions({ board, matching, ordered, criteriaSaved }: BulkActionsProps) {
  const { selected, selectOnly, move } = useSourcing();
  const [stage, setStage] = useState<Stage>('shortlist');
  const [open, setOpen] = useState<Open>(null);
  const [error, setError] = useState<string | null>(null);
  const n = selected.size;
  const inOrder = () =>
    ordered()
      .filter((p) => selected.has(p.memberId))
      .map((p) => p.memberId);

  async function run(ids: number[], to: Stage, reason: string | null) {
    setError(null);
    await move(ids, to, reason, `Moved ${profiles(ids.length)} to ${STAGE_LABELS[to]}`);
  }

  async function moveSelection() {
    if (stage === 'declined') return setOpen('decline');
    try {
      await run(inOrder(), stage, null);
    } catch (err) {
      setError((err as Error).message);
    }
  }

  const candidates = matching
    .filter((p) => p.stage === 'longlist')
    .sort((a, b) => b.fit.score - a.fit.score || a.profile.name.localeCompare(b.profile.name))
    .map((p) => ({ memberId: p.memberId, score: p.fit.score }));

  return (
    <div className="bulk-bar" role="toolbar" aria-label="Act on the selection">
      <span className="bulk-count" aria-live="polite">
        {n === 0 ? 'Nothing selected' : `${profiles(n)} selected`}
      </span>
      <div className="bulk-move">
        <label htmlFor="bulk-stage" className="visually-hidden">
          Move to stage
        </label>
        <select id="bulk-stage" className="input" value={stage} onChange={(e) => setStage(e.target.value as Stage)}>
          {STAGES.map((s) => (
            <option key={s} value={s}>
              {STAGE_LABELS[s]}
            </option>
          ))}
        </select>
        <button type="button" className="button" disabled={n === 0} onClick={() => void moveSelection()}>
          Move {n > 0 ? profiles(n) : ''}
        </button>
      </div>
      <button type="button" className="button" disabled={n === 0} onClick={() => setOpen('reviewers')}>
        Assign reviewers…
      </button>
      <button
        type="button"
        className="button"
        disabled={n === 0}
        onClick={() => {
          useOutreach.getState().handOff(board.pilotId, inOrder());
          useNavigation.getState().go('outreach');
        }}
      >
        Add to outreach
      </button>
      {n > 0 ? (
        <button type="button" className="button small" onClick={() => selectOnly([])}>
          Clear selection
        </button>
      ) : null}
      <span className="bulk-spacer" />
      <button
        type="button"
        className="button primary"
        disabled={!criteriaSaved}
        title={criteriaSaved ? undefined : 'Save or discard the criteria changes first'}
        onClick={() => setOpen('top')}
      >
        Shortlist top {board.shortlistCap}…
      </button>
      {error ? (
        <p className="field-error bulk-error" role="alert">
          {error}
        </p>
      ) : null}
      {open === 'decline' ? (
        <DeclineDialog n={n} onDecline={(reason) => run(inOrder(), 'declined', reason)} onClose={() => setOpen(null)} />
      ) : null}
      {open === 'top' ? (
        <ShortlistTopDialog
          cap={board.shortlistCap}
          candidates={candidates}
          onShortlist={(ids) => run(ids, 'shortlist', null)}
          onClose={() => setOpen(null)}
        />
      ) : null}
      {open === 'reviewers' ? (
        <ReviewersDialog
          pilotId={board.pilotId}
          memberIds={inOrder()}
          onDone={() => void useSourcing.getState().refresh(board.pilotId)}
          onClose={() => setOpen(null)}
        />
      ) : null}
    </div>
  );
}
