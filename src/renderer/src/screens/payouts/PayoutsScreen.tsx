import { NoPilotsYet } from '../../components/NoPilotsYet';
import '../../styles/payouts.css';
import { useCallback } from 'react';
import { PilotPicker } from '../../components/PilotPicker';
import { count } from '../../format';
import { useFraud } from '../../stores/fraud';
import { type PayoutsView, usePayouts } from '../../stores/payouts';
import { usePilots, useSelectedPilot } from '../../stores/pilots';
import { FraudReviewPanel } from '../fraud/FraudReviewPanel';
import { ScreenTabs } from '../review/ScreenTabs';
import { PayablePanel } from './PayablePanel';
import { PayoutHistory } from './PayoutHistory';

/** Paying creators: what is payable for a period, the fraud holds that stop it, and payouts approved before. */
export function PayoutsScreen() {
  const pilot = useSelectedPilot();
  const hasPilots = usePilots((s) => s.pilots.length > 0);
  const { view, setView, refreshPreview, refreshList } = usePayouts();
  const held = useFraud((s) => (s.review && s.pilotId === pilot?.id ? s.review.heldCount : null));
  const pilotId = pilot?.id ?? null;

  const payoutsChanged = useCallback(() => refreshList(pilotId), [pilotId, refreshList]);
  const reviewChanged = useCallback(() => refreshPreview(pilotId), [pilotId, refreshPreview]);

  if (!hasPilots) {
    return (
      <NoPilotsYet title="Payouts" headingId="payouts-title">
        Payouts pay a pilot’s creators their commission. Create or load a pilot first.
      </NoPilotsYet>
    );
  }

  const tabs: { view: PayoutsView; label: string }[] = [
    { view: 'payable', label: 'Payable' },
    { view: 'fraud', label: held ? `Fraud review (${count(held)} held)` : 'Fraud review' },
    { view: 'history', label: 'Past payouts' },
  ];
  return (
    <section className="screen" aria-labelledby="payouts-title">
      <div className="screen-head">
        <h1 id="payouts-title">Payouts</h1>
      </div>
      <div className="toolbar">
        <PilotPicker />
      </div>
      <ScreenTabs id="payouts" label="Payouts views" tabs={tabs} view={view} onChange={setView}>
        {!pilot ? <p className="muted">Choose a pilot to see what its creators are owed.</p> : null}
        {pilot && view === 'payable' ? <PayablePanel pilot={pilot} onApproved={payoutsChanged} /> : null}
        {pilot && view === 'fraud' ? <FraudReviewPanel pilot={pilot} onDecided={reviewChanged} /> : null}
        {pilot && view === 'history' ? <PayoutHistory pilot={pilot} /> : null}
      </ScreenTabs>
    </section>
  );
}
