import { NoPilotsYet } from '../../components/NoPilotsYet';
import { PilotPicker } from '../../components/PilotPicker';
import { usePilots, useSelectedPilot } from '../../stores/pilots';
import { ReportForm } from './ReportForm';

/** Reports out: the client report of a pilot, as an xlsx workbook. */
export function ReportsScreen() {
  const pilot = useSelectedPilot();
  const hasPilots = usePilots((s) => s.pilots.length > 0);

  if (!hasPilots) {
    return (
      <NoPilotsYet title="Reports" headingId="reports-title">
        A client report covers one pilot. Create a pilot, add its creators and import its orders.
      </NoPilotsYet>
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
