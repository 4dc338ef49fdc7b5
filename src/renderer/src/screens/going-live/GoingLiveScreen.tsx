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
import { ContentPanel } from './content/ContentPanel';
import { GatePanel } from './gate/GatePanel';
import { ShopFilesPanel } from './ShopFilesPanel';
import { SignoffsPanel } from './signoffs/SignoffsPanel';
import { TrackingPanel } from './TrackingPanel';
import { TimelinePanel } from './timeline/TimelinePanel';

const VIEW_LABELS: Record<GoingLiveView, string> = {
  contracts: 'Terms & contracts',
  briefs: 'Briefs',
  tracking: 'Codes & links',
  files: 'Shop files',
  content: 'Content',
  signoffs: 'Sign-offs',
  gate: 'Go live',
  timeline: 'Timeline',
};

/**
 * Getting a pilot's shortlisted creators ready to post, in the order the work
 * goes: terms and contracts, briefs, codes and links, content, sign-offs, then
 * the gate that marks them live; the timeline says what is due this week.
 */
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

  // Reloading after an action keeps the panels (and what they report) in place.
  const ready = pilot !== null && loadedFor === pilotId && (!loading || settings !== null);

  // A button that opened another tab (or pilot) is gone with its panel: keep the keyboard on the tab shown.
  useEffect(() => {
    if (ready && (document.activeElement === null || document.activeElement === document.body)) {
      document.getElementById(`going-live-tab-${view}`)?.focus();
    }
  }, [ready, view]);

  if (!hasPilots) {
    return (
      <NoPilotsYet title="Going live" headingId="going-live-title">
        Going live takes a pilot's shortlisted creators through terms, contracts, briefs, codes and links, content and
        sign-offs to live. Create a pilot first.
      </NoPilotsYet>
    );
  }

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
          <h2>No shortlisted creators yet</h2>
          <p className="muted">
            Terms, contracts, briefs, codes and links are for creators from the shortlist on.
            {prospects > 0
              ? ` ${prospects} ${prospects === 1 ? 'prospect is' : 'prospects are'} still on the longlist; shortlist them on the Sourcing board.`
              : ' Source creators first, or add them on the Creators screen.'}
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
          {view === 'content' ? <ContentPanel pilot={pilot} /> : null}
          {view === 'signoffs' ? <SignoffsPanel pilot={pilot} /> : null}
          {view === 'gate' ? <GatePanel pilot={pilot} /> : null}
          {view === 'timeline' ? <TimelinePanel pilot={pilot} /> : null}
        </ScreenTabs>
      ) : null}
    </section>
  );
}
