import { useEffect } from 'react';
import { FormAlert } from '../../components/FormAlert';
import { NoPilotsYet } from '../../components/NoPilotsYet';
import { PilotPicker } from '../../components/PilotPicker';
import { OUTREACH_VIEWS, type OutreachView, useOutreach } from '../../stores/outreach';
import { usePilots, useSelectedPilot } from '../../stores/pilots';
import { useSourcing } from '../../stores/sourcing';
import '../../styles/outreach.css';
import { ScreenTabs } from '../review/ScreenTabs';
import { BatchPanel } from './BatchPanel';
import { ContactLogDialog } from './ContactLogDialog';
import { DueList } from './DueList';
import { SendCap } from './SendCap';
import { SettingsForm } from './SettingsForm';
import { TemplatesPanel } from './TemplatesPanel';

const VIEW_LABELS: Record<OutreachView, string> = {
  batch: 'Batch',
  templates: 'Templates',
  due: 'Due today',
  settings: 'Settings',
};

/** Outreach: templates, a batch of messages for the pilot's shortlist, the follow-ups due, and the send settings. */
export function OutreachScreen() {
  const pilot = useSelectedPilot();
  const pilotId = pilot?.id ?? null;
  const hasPilots = usePilots((s) => s.pilots.length > 0);
  const { view, setView, refresh, error, due, logFor, openLog } = useOutreach();
  const refreshBoard = useSourcing((s) => s.refresh);

  useEffect(() => {
    void refresh();
  }, [refresh]);
  useEffect(() => {
    void refreshBoard(pilotId);
  }, [pilotId, refreshBoard]);

  if (!hasPilots) {
    return (
      <NoPilotsYet title="Outreach" headingId="outreach-title">
        Outreach writes to a pilot's shortlisted creators. Create a pilot and source its creators first.
      </NoPilotsYet>
    );
  }

  const tabs = OUTREACH_VIEWS.map((v) => ({
    view: v,
    label: v === 'due' && due.length > 0 ? `${VIEW_LABELS[v]} (${due.length})` : VIEW_LABELS[v],
  }));
  return (
    <section className="screen wide-screen" aria-labelledby="outreach-title">
      <div className="screen-head">
        <h1 id="outreach-title">Outreach</h1>
        <SendCap />
      </div>
      <div className="toolbar">
        <PilotPicker />
      </div>
      <FormAlert message={error} />
      <ScreenTabs id="outreach" label="Outreach" tabs={tabs} view={view} onChange={setView}>
        {view === 'batch' ? pilot ? <BatchPanel pilot={pilot} /> : <p className="muted">Choose a pilot.</p> : null}
        {view === 'templates' ? <TemplatesPanel /> : null}
        {view === 'due' ? <DueList /> : null}
        {view === 'settings' ? <SettingsForm /> : null}
      </ScreenTabs>
      {logFor ? <ContactLogDialog member={logFor} onClose={() => openLog(null)} /> : null}
    </section>
  );
}
