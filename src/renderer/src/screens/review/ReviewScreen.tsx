import { NoPilotsYet } from '../../components/NoPilotsYet';
import { PilotPicker } from '../../components/PilotPicker';
import '../../styles/review.css';
import { usePilots, useSelectedPilot } from '../../stores/pilots';
import { type ReviewView, useReview } from '../../stores/review';
import { LiftTest } from '../lift/LiftTest';
import { RepeatDecision } from './RepeatDecision';
import { ScreenTabs } from './ScreenTabs';

const TABS: { view: ReviewView; label: string }[] = [
  { view: 'decision', label: 'Repeat decision' },
  { view: 'lift', label: 'Lift test' },
];

/** After a pilot: which creators to work with again, and whether the pilot lifted sales at all. */
export function ReviewScreen() {
  const pilot = useSelectedPilot();
  const hasPilots = usePilots((s) => s.pilots.length > 0);
  const { view, setView } = useReview();

  if (!hasPilots) {
    return (
      <NoPilotsYet title="Review" headingId="review-title">
        The review ranks a pilot’s creators and tests its lift. Create or load a pilot first.
      </NoPilotsYet>
    );
  }

  return (
    <section className="screen" aria-labelledby="review-title">
      <div className="screen-head">
        <h1 id="review-title">Review</h1>
      </div>
      <div className="toolbar">
        <PilotPicker />
      </div>
      <ScreenTabs id="review" label="Review views" tabs={TABS} view={view} onChange={setView}>
        {!pilot ? <p className="muted">Choose a pilot to review.</p> : null}
        {pilot && view === 'decision' ? <RepeatDecision pilot={pilot} /> : null}
        {pilot && view === 'lift' ? <LiftTest pilot={pilot} /> : null}
      </ScreenTabs>
    </section>
  );
}
