import { useEffect } from 'react';
import type { PilotResults } from '../../../../shared/results';
import { FormAlert } from '../../components/FormAlert';
import { ImportFileButton } from '../../components/ImportFileButton';
import { NoPilotsYet } from '../../components/NoPilotsYet';
import { PilotPicker } from '../../components/PilotPicker';
import { useNavigation } from '../../stores/navigation';
import { useOrders } from '../../stores/orders';
import { usePilots, useSelectedPilot } from '../../stores/pilots';
import { useResults } from '../../stores/results';
import '../../styles/results.css';
import { CacChart } from './CacChart';
import { CreatorResultsTable } from './CreatorResultsTable';
import { DataCoverage } from './DataCoverage';
import { ExplainDialog } from './ExplainDialog';
import { OrdersOverTime } from './OrdersOverTime';
import { SummaryCards } from './SummaryCards';

/** A pilot's results: the summary against its targets, every creator's figures, the charts, and what each figure is made of. */
export function ResultsScreen() {
  const pilot = useSelectedPilot();
  const pilotId = pilot?.id ?? null;
  const hasPilots = usePilots((s) => s.pilots.length > 0);
  const { results, loading, error, refresh, explaining } = useResults();
  const resultsPilotId = useResults((s) => s.pilotId);
  // Imports and undos bump the orders version; an edited pilot (targets, window) has a new updatedAt.
  const version = useOrders((s) => s.version);
  const edited = pilot?.updatedAt;
  const go = useNavigation((s) => s.go);

  // biome-ignore lint/correctness/useExhaustiveDependencies: version and edited stand for data the results are computed from
  useEffect(() => {
    void refresh(pilotId);
  }, [pilotId, version, edited, refresh]);

  if (!hasPilots) {
    return (
      <NoPilotsYet title="Results" headingId="results-title">
        Results belong to a pilot. Create a pilot, add its creators and import its orders.
      </NoPilotsYet>
    );
  }

  const current = results && resultsPilotId === pilotId && results.pilot.id === pilotId ? results : null;
  return (
    <section className="screen" aria-labelledby="results-title">
      <div className="screen-head">
        <h1 id="results-title">Results</h1>
        <button type="button" className="button" disabled={!pilot || loading} onClick={() => void refresh(pilotId)}>
          Recompute
        </button>
        <button type="button" className="button" disabled={!pilot} onClick={() => go('reports')}>
          Export report…
        </button>
      </div>
      <div className="toolbar">
        <PilotPicker />
        <p className="muted" role="status">
          {loading ? 'Computing results…' : ''}
        </p>
      </div>
      <FormAlert message={error} />
      {pilot ? null : <p className="muted">Choose a pilot to see its results.</p>}
      {current ? <ResultsBody results={current} onGo={go} /> : null}
      {current && explaining ? <ExplainDialog results={current} target={explaining} /> : null}
    </section>
  );
}

function ResultsBody({ results, onGo }: { results: PilotResults; onGo(area: 'creators'): void }) {
  const { pilot, creators } = results;
  if (creators.length === 0) {
    return (
      <div className="empty-state">
        <h2>No creators in this pilot yet</h2>
        <p className="muted">Results are counted per creator. Add the pilot's creators with their codes and terms.</p>
        <button type="button" className="button primary" onClick={() => onGo('creators')}>
          Go to creators
        </button>
      </div>
    );
  }
  if (pilot.dataFrom === null) {
    return (
      <div className="empty-state">
        <h2>No orders yet</h2>
        <p className="muted">
          Results are counted from the brand's shop orders. Export the orders from the shop's admin and import the file;
          orders carrying a creator's code or tracked link are credited to them.
        </p>
        <ImportFileButton label="Import orders…" kind="orders" primary />
      </div>
    );
  }
  return (
    <>
      <DataCoverage pilot={pilot} />
      {pilot.netOrders === 0 ? (
        <div className="notice-plain" role="note">
          No orders are credited to this pilot's creators yet. Check their discount codes and go-live dates, or import
          newer orders. <ImportFileButton label="Import orders…" kind="orders" />
        </div>
      ) : null}
      <SummaryCards pilot={pilot} />
      <CreatorResultsTable creators={creators} currency={pilot.currency} pilotName={pilot.name} />
      <div className="result-charts">
        <OrdersOverTime results={results} />
        <CacChart results={results} />
      </div>
    </>
  );
}
