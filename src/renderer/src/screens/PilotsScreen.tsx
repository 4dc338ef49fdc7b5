import { useCallback, useState } from 'react';
import type { Pilot } from '../../../shared/entities';
import { request } from '../api/client';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { FormAlert } from '../components/FormAlert';
import { useBrands } from '../stores/brands';
import { useNavigation } from '../stores/navigation';
import { usePilots } from '../stores/pilots';
import { refreshAll } from '../stores/refresh-all';
import { BrandsDialog } from './BrandsDialog';
import { PilotFormDialog } from './PilotFormDialog';
import { PilotsTable } from './PilotsTable';

type Open = { kind: 'new' } | { kind: 'edit'; pilot: Pilot } | { kind: 'archive'; pilot: Pilot } | { kind: 'brands' };

export function PilotsScreen() {
  const { pilots, showArchived, setShowArchived, selectedPilotId, select } = usePilots();
  const go = useNavigation((s) => s.go);
  const [open, setOpen] = useState<Open | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shown = showArchived ? pilots : pilots.filter((p) => !p.archived);
  const close = useCallback(() => setOpen(null), []);

  const onOpen = useCallback(
    (p: Pilot) => {
      select(p.id);
      go('creators');
    },
    [select, go],
  );
  const onEdit = useCallback((pilot: Pilot) => setOpen({ kind: 'edit', pilot }), []);
  const onArchive = useCallback((pilot: Pilot) => setOpen({ kind: 'archive', pilot }), []);
  const onUnarchive = useCallback(async (pilot: Pilot) => {
    try {
      await request('pilots.archive', { id: pilot.id, archived: false });
      setError(null);
    } catch (err) {
      setError((err as Error).message);
    }
    await refreshAll();
  }, []);

  async function onSaved(pilot: Pilot) {
    select(pilot.id);
    await Promise.all([usePilots.getState().refresh(), useBrands.getState().refresh()]);
  }

  return (
    <section className="screen" aria-labelledby="pilots-title">
      <div className="screen-head">
        <h1 id="pilots-title">Pilots</h1>
        <label className="toggle">
          <input type="checkbox" checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} />
          Show archived
        </label>
        <button type="button" className="button" onClick={() => setOpen({ kind: 'brands' })}>
          Brands
        </button>
        <button type="button" className="button primary" onClick={() => setOpen({ kind: 'new' })}>
          New pilot
        </button>
      </div>
      <FormAlert message={error} />
      {shown.length > 0 ? (
        <PilotsTable
          pilots={shown}
          selectedPilotId={selectedPilotId}
          onOpen={onOpen}
          onEdit={onEdit}
          onArchive={onArchive}
          onUnarchive={(p) => void onUnarchive(p)}
        />
      ) : (
        <p className="muted">All pilots are archived. Tick “Show archived” to see them.</p>
      )}
      {open?.kind === 'new' || open?.kind === 'edit' ? (
        <PilotFormDialog
          pilot={open.kind === 'edit' ? open.pilot : null}
          defaultCurrency={pilots[0]?.currency ?? 'USD'}
          onClose={close}
          onSaved={(p) => void onSaved(p)}
        />
      ) : null}
      {open?.kind === 'archive' ? (
        <ConfirmDialog
          title={`Archive ${open.pilot.name}?`}
          message="The pilot and its creators stay in the workspace; it leaves the list until you show archived pilots and unarchive it."
          confirmLabel="Archive pilot"
          onClose={close}
          onConfirm={async () => {
            await request('pilots.archive', { id: open.pilot.id, archived: true });
            await refreshAll();
          }}
        />
      ) : null}
      {open?.kind === 'brands' ? <BrandsDialog onClose={close} /> : null}
    </section>
  );
}
