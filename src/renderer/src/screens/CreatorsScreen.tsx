import { useCallback, useEffect, useState } from 'react';
import { type PilotCreator, takesPart } from '../../../shared/entities';
import { request } from '../api/client';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { FormAlert } from '../components/FormAlert';
import { ImportFileButton } from '../components/ImportFileButton';
import { NoPilotsYet } from '../components/NoPilotsYet';
import { PilotPicker } from '../components/PilotPicker';
import { count } from '../format';
import { useCreators } from '../stores/creators';
import { useNavigation } from '../stores/navigation';
import { usePilots, useSelectedPilot } from '../stores/pilots';
import { CreatorFormDialog } from './CreatorFormDialog';
import { CreatorsTable } from './CreatorsTable';

type Open = { kind: 'add' } | { kind: 'edit'; creator: PilotCreator } | { kind: 'remove'; creator: PilotCreator };

export function CreatorsScreen() {
  const pilot = useSelectedPilot();
  const pilotId = pilot?.id ?? null;
  const { creators: members, error, refresh, loading } = useCreators();
  // This screen is for the creators taking part and their terms; prospects live on the Sourcing board.
  const creators = members.filter((m) => takesPart(m.stage));
  const prospects = members.length - creators.length;
  const go = useNavigation((s) => s.go);
  const listPilotId = useCreators((s) => s.pilotId);
  const hasPilots = usePilots((s) => s.pilots.length > 0);
  const [open, setOpen] = useState<Open | null>(null);
  const close = useCallback(() => setOpen(null), []);

  useEffect(() => {
    void refresh(pilotId);
  }, [pilotId, refresh]);

  const afterChange = useCallback(async () => {
    await Promise.all([refresh(pilotId), usePilots.getState().refresh()]);
  }, [pilotId, refresh]);
  const onEdit = useCallback((creator: PilotCreator) => setOpen({ kind: 'edit', creator }), []);
  const onRemove = useCallback((creator: PilotCreator) => setOpen({ kind: 'remove', creator }), []);

  if (!hasPilots) {
    return (
      <NoPilotsYet title="Creators" headingId="creators-title">
        Creators take part in a pilot. Create a pilot first, then add its creators here.
      </NoPilotsYet>
    );
  }

  const current = listPilotId === pilotId;
  return (
    <section className="screen" aria-labelledby="creators-title">
      <div className="screen-head">
        <h1 id="creators-title">Creators</h1>
        {pilot ? <ImportFileButton label="Move in a tracking sheet…" kind="tracking" /> : null}
        <button type="button" className="button primary" disabled={!pilot} onClick={() => setOpen({ kind: 'add' })}>
          Add creator
        </button>
      </div>
      <div className="toolbar">
        <PilotPicker />
        {pilot && current && !loading ? (
          <p className="muted" role="status">
            {creators.length === 1 ? '1 creator takes' : `${count(creators.length)} creators take`} part in this pilot
            {prospects > 0 ? (
              <>
                {' · '}
                <button type="button" className="button link" onClick={() => go('sourcing')}>
                  {prospects === 1 ? '1 prospect' : `${count(prospects)} prospects`} on the Sourcing board
                </button>
              </>
            ) : null}
          </p>
        ) : null}
      </div>
      <FormAlert message={error} />
      {pilot && current && creators.length > 0 ? (
        <CreatorsTable pilot={pilot} creators={creators} onEdit={onEdit} onRemove={onRemove} />
      ) : null}
      {pilot && current && !loading && creators.length === 0 && !error ? (
        <p className="muted">
          No creators in this pilot yet. Add the first with “Add creator”, or move in the tracking sheet your team keeps
          today with “Move in a tracking sheet…”.
        </p>
      ) : null}
      {pilot && (open?.kind === 'add' || open?.kind === 'edit') ? (
        <CreatorFormDialog
          pilot={pilot}
          creator={open.kind === 'edit' ? open.creator : null}
          onClose={close}
          onSaved={() => void afterChange()}
        />
      ) : null}
      {pilot && open?.kind === 'remove' ? (
        <ConfirmDialog
          title={`Remove ${open.creator.name}?`}
          message={`${open.creator.name} leaves ${pilot.name}. Their details and handles stay in the workspace, so adding them again is quick.`}
          confirmLabel="Remove creator"
          onClose={close}
          onConfirm={async () => {
            await request('creators.remove', { id: open.creator.id });
            await afterChange();
          }}
        />
      ) : null}
    </section>
  );
}
