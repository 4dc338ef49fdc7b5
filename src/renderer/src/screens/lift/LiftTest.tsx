import { useEffect, useState } from 'react';
import type { Pilot } from '../../../../shared/entities';
import type { LiftResult, SavedLift } from '../../../../shared/lift';
import { request } from '../../api/client';
import { FormAlert } from '../../components/FormAlert';
import { useLift } from '../../stores/lift';
import { LiftForm } from './LiftForm';
import { LiftResultView } from './LiftResultView';
import { SavedLifts } from './SavedLifts';

/** Lift tests for one pilot: choose regions and periods, run, read the answer, and the tests saved before. */
export function LiftTest({ pilot }: { pilot: Pilot }) {
  const { groups, saved, loading, error, result, refresh, setResult } = useLift();
  const current = useLift((s) => s.pilotId === pilot.id);
  const [showError, setShowError] = useState<string | null>(null);

  useEffect(() => {
    void refresh(pilot.id);
  }, [pilot.id, refresh]);

  async function onResult(r: LiftResult) {
    setResult(r);
    if (r.id !== null) await refresh(pilot.id);
    document.getElementById('lift-result-title')?.scrollIntoView({ block: 'start' });
  }

  /** A saved test keeps its figures, not its days: run its setup again, unsaved, for the chart. */
  async function show(t: SavedLift) {
    setShowError(null);
    try {
      const { testGroups, controlGroups, preStart, preEnd, testStart, testEnd } = t;
      const again = await request('lift.run', {
        pilotId: pilot.id,
        testGroups,
        controlGroups,
        preStart,
        preEnd,
        testStart,
        testEnd,
        save: false,
      });
      setResult({ ...again, id: t.id, createdAt: t.createdAt });
    } catch (err) {
      setShowError((err as Error).message);
    }
  }

  if (!current || (loading && !groups)) return <p className="muted">Reading the regions in the order data…</p>;
  if (error) return <FormAlert message={error} />;
  if (!groups) return null;
  if (groups.regions.length === 0) {
    return (
      <p className="muted">
        No orders with a region in {pilot.currency} for this pilot’s brand yet. A lift test compares regions, so import
        orders whose export carries the shipping or billing region.
      </p>
    );
  }
  return (
    <div className="form">
      <LiftForm key={pilot.id} pilot={pilot} groups={groups} onResult={(r) => void onResult(r)} />
      <FormAlert message={showError} />
      {result && result.pilotId === pilot.id ? <LiftResultView result={result} /> : null}
      <SavedLifts saved={saved} onShow={(t) => void show(t)} />
    </div>
  );
}
