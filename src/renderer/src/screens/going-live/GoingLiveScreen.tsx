import { useEffect } from 'react';
import { FormAlert } from '../../components/FormAlert';
import { NoPilotsYet } from '../../components/NoPilotsYet';
import { PilotPicker } from '../../components/PilotPicker';
import { GOING_LIVE_VIEWS, type GoingLiveView, useGoingLive } from '../../stores/going-live';
import { useNavigation } from '../../stores/navigation';
import { usePilots, useSelectedPilot } from '../../stores/pilots';
import '../../styles/going-live.css';
import { ScreenTabs } from '../review/ScreenTabs';
import { BriefsPanel } from './BriefsPanel';
import { ContractsPanel } from './ContractsPanel';
import { ShopFilesPanel } from './ShopFilesPanel';
import { TrackingPanel } from './TrackingPanel';

const VIEW_LABELS: Record<GoingLiveView, string> = {
  tracking: 'Codes & links',
  files: 'Shop files',
  contracts: 'Terms & contracts',
  briefs: 'Briefs',
};

/** Getting a pilot's creators ready to post: codes and links, shop files, terms, contracts and briefs. */
export function GoingLiveScreen() {
  const pilot = useSelectedPilot();
  const pilotId = pilot?.id ?? null;
  const hasPilots = usePilots((s) => s.pilots.length > 0);
  const { view, setView, refresh, loading, error, members, prospects, settings } = useGoingLive();
  const loadedFor = useGoingLive((s) => s.pilotId);
  const go = useNavigation((s) => s.go);

  useEffect(() => {
    void refresh(pilotId);
  }, [pilotId, refresh]);

  if (!hasPilots) {
    return (
      <NoPilotsYet title="Going live" headingId="going-live-title">
        Going live gives a pilot's creators their discount codes, tracked links, contracts and briefs. Create a pilot
        first.
      </NoPilotsYet>
    );
  }

  // Reloading after an action keeps the panels (and what they report) in place.
  const ready = pilot !== null && loadedFor === pilotId && (!loading || settings !== null);
  return (
    <section className="screen wide-screen" aria-labelledby="going-live-title">
      <div className="screen-head">
        <h1 id="going-live-title">Going live</h1>
      </div>
      <div className="toolbar">
        <PilotPicker />
        <p className="muted" role="status">
          {loading ? 'Loading the pilot’s creators…' : ''}
        </p>
      </div>
      <FormAlert message={error} />
      {pilot ? null : <p className="muted">Choose a pilot to get its creators ready.</p>}
      {ready && members.length === 0 ? (
        <div className="empty-state">
          <h2>No creators taking part yet</h2>
          <p className="muted">
            Codes, links, contracts and briefs are for creators who are contracted, live or completed.
            {prospects > 0
              ? ` ${prospects} ${prospects === 1 ? 'prospect is' : 'prospects are'} still on the Sourcing board; move them to Contracted there.`
              : ' Add creators on the Creators screen, or source them first.'}
          </p>
          <div className="actions">
            <button type="button" className="button" onClick={() => go('sourcing')}>
              Go to Sourcing
            </button>
            <button type="button" className="button" onClick={() => go('creators')}>
              Go to Creators
            </button>
          </div>
        </div>
      ) : null}
      {ready && pilot && members.length > 0 ? (
        <ScreenTabs
          id="going-live"
          label="Going live"
          tabs={GOING_LIVE_VIEWS.map((v) => ({ view: v, label: VIEW_LABELS[v] }))}
          view={view}
          onChange={setView}
        >
          {view === 'tracking' ? <TrackingPanel pilot={pilot} /> : null}
          {view === 'files' ? <ShopFilesPanel pilot={pilot} /> : null}
          {view === 'contracts' ? <ContractsPanel pilot={pilot} /> : null}
          {view === 'briefs' ? <BriefsPanel pilot={pilot} /> : null}
        </ScreenTabs>
      ) : null}
    </section>
  );
}
