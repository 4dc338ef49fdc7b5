import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { FitCriteria, Prospect, SourcingBoard } from '../../../../shared/sourcing';
import { FormAlert } from '../../components/FormAlert';
import { ImportFileButton } from '../../components/ImportFileButton';
import { NoPilotsYet } from '../../components/NoPilotsYet';
import { PilotPicker } from '../../components/PilotPicker';
import { usePilots, useSelectedPilot } from '../../stores/pilots';
import { useSourcing } from '../../stores/sourcing';
import '../../styles/sourcing.css';
import { BulkActions } from './BulkActions';
import { CriteriaPanel } from './CriteriaPanel';
import { FitDialog } from './FitDialog';
import { ProfileFormDialog } from './ProfileFormDialog';
import { ProspectFilters } from './ProspectFilters';
import { ProspectGrid } from './ProspectGrid';
import { localToday } from './prospect-format';
import { shownProspects } from './prospect-view';
import { StageLogDialog } from './StageLogDialog';
import { StageTabs } from './StageTabs';
import { UndoBar } from './UndoBar';

type Open =
  | { kind: 'add' }
  | { kind: 'edit'; prospect: Prospect }
  | { kind: 'fit'; prospect: Prospect }
  | { kind: 'log' };

/** A pilot's sourcing: the longlist scored against its criteria, filtered, and moved through the pipeline. */
export function SourcingScreen() {
  const pilot = useSelectedPilot();
  const pilotId = pilot?.id ?? null;
  const hasPilots = usePilots((s) => s.pilots.length > 0);
  const { board, loading, error, refresh } = useSourcing();
  const boardPilotId = useSourcing((s) => s.pilotId);

  useEffect(() => {
    void refresh(pilotId);
  }, [pilotId, refresh]);

  if (!hasPilots) {
    return (
      <NoPilotsYet title="Sourcing" headingId="sourcing-title">
        Sourcing fills a pilot with creators: import a longlist, score it against the pilot's criteria and shortlist the
        best. Create a pilot first.
      </NoPilotsYet>
    );
  }

  const current = board && boardPilotId === pilotId && board.pilotId === pilotId ? board : null;
  return (
    <section className="screen wide-screen" aria-labelledby="sourcing-title">
      <div className="screen-head">
        <h1 id="sourcing-title">Sourcing</h1>
        {pilot ? <ImportFileButton label="Import longlist…" kind="longlist" /> : null}
      </div>
      <div className="toolbar">
        <PilotPicker />
        <p className="muted" role="status">
          {loading && !current ? 'Loading the board…' : ''}
        </p>
      </div>
      <FormAlert message={error} />
      {pilot ? null : <p className="muted">Choose a pilot to source its creators.</p>}
      {pilot && current ? <Board board={current} pilotName={pilot.name} /> : null}
    </section>
  );
}

function Board({ board, pilotName }: { board: SourcingBoard; pilotName: string }) {
  const { filters, setFilter, refresh } = useSourcing();
  const [draft, setDraft] = useState<FitCriteria | null>(null);
  const [open, setOpen] = useState<Open | null>(null);
  const close = useCallback(() => {
    setOpen(null);
    // A dialog opened from another (Edit profile from the fit) has no opener left to return focus to:
    // the list the keyboard came from takes it back instead of the page.
    requestAnimationFrame(() => {
      const at = document.activeElement;
      if (!at || at === document.body || at.tagName === 'MAIN') {
        document.querySelector<HTMLElement>('.prospect-scroller')?.focus();
      }
    });
  }, []);
  const onFit = useCallback((prospect: Prospect) => setOpen({ kind: 'fit', prospect }), []);
  const onEdit = useCallback((prospect: Prospect) => setOpen({ kind: 'edit', prospect }), []);
  const today = localToday();

  const order = useRef<Prospect[]>([]);
  const { scored, matching, shown } = useMemo(() => shownProspects(board, draft, filters), [board, draft, filters]);
  const empty = board.prospects.length === 0;

  return (
    <>
      {board.warnings.length > 0 ? (
        <div className="warning-banner" role="alert" aria-label="Cap warnings">
          {board.warnings.map((w) => (
            <p key={w}>{w}</p>
          ))}
        </div>
      ) : null}
      <CriteriaPanel board={board} onDraft={setDraft} />
      {empty ? (
        <div className="empty-state">
          <h2>No profiles in this pilot yet</h2>
          <p className="muted">
            Import the longlist a discovery tool exported (CSV, XLSX, XLS or ODS), or add profiles one by one. Each is
            scored against the fit criteria above.
          </p>
          <div className="actions">
            <ImportFileButton label="Import longlist…" kind="longlist" primary />
            <button type="button" className="button" onClick={() => setOpen({ kind: 'add' })}>
              Add profile
            </button>
          </div>
        </div>
      ) : (
        <>
          <div className="board-head">
            <StageTabs counts={board.counts} stage={filters.stage} onChange={(s) => setFilter('stage', s)} />
            <div className="actions">
              <button type="button" className="button" onClick={() => setOpen({ kind: 'log' })}>
                Stage log
              </button>
              <button type="button" className="button" onClick={() => setOpen({ kind: 'add' })}>
                Add profile
              </button>
            </div>
          </div>
          <ProspectFilters prospects={scored} shown={shown.length} />
          <BulkActions board={board} matching={matching} ordered={() => order.current} criteriaSaved={draft === null} />
          <UndoBar />
          {shown.length > 0 ? (
            <ProspectGrid prospects={shown} order={order} onFit={onFit} onEdit={onEdit} today={today} />
          ) : (
            <p className="muted">No profile matches these filters.</p>
          )}
        </>
      )}
      {open?.kind === 'fit' ? (
        <FitDialog
          name={open.prospect.profile.name}
          fit={scored.find((p) => p.memberId === open.prospect.memberId)?.fit ?? open.prospect.fit}
          criteria={draft ?? board.criteria}
          market={board.market}
          onEdit={() => setOpen({ kind: 'edit', prospect: open.prospect })}
          onClose={close}
        />
      ) : null}
      {open?.kind === 'add' || open?.kind === 'edit' ? (
        <ProfileFormDialog
          pilotId={board.pilotId}
          pilotName={pilotName}
          profile={open.kind === 'edit' ? open.prospect.profile : null}
          onClose={close}
          onSaved={() => void refresh(board.pilotId)}
        />
      ) : null}
      {open?.kind === 'log' ? <StageLogDialog pilotId={board.pilotId} onClose={close} /> : null}
    </>
  );
}
