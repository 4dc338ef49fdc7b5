import { PilotPicker } from '../../components/PilotPicker';
import { useNavigation } from '../../stores/navigation';
import { usePilots, useSelectedPilot } from '../../stores/pilots';
import { ReportForm } from './ReportForm';

/** Reports out: the client report of a pilot, as an xlsx workbook. */
export function ReportsScreen() {
  const pilot = useSelectedPilot();
  const hasPilots = usePilots((s) => s.pilots.length > 0);
  const go = useNavigation((s) => s.go);

  if (!hasPilots) {
    return (
      <section className="empty-state" aria-labelledby="reports-title">
        <h1 id="reports-title">Reports</h1>
        <p className="muted">
          A client report covers one pilot. Create a pilot, add its creators and import its orders.
        </p>
        <button type="button" className="button primary" onClick={() => go('pilots')}>
          Go to pilots
        </button>
      </section>
    );
  }

  return (
    <section className="screen narrow" aria-labelledby="reports-title">
      <div className="screen-head">
        <h1 id="reports-title">Reports</h1>
      </div>
      <div className="toolbar">
        <PilotPicker />
      </div>
      {pilot ? (
        // A new form per pilot: what was written for one pilot is not shown under another.
        <ReportForm key={pilot.id} pilot={pilot} />
      ) : (
        <p className="muted">Choose the pilot to report on.</p>
      )}
    </section>
  );
}
