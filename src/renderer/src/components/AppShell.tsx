import { useEffect } from 'react';
import { onShowArea, onWorkspaceChanged } from '../api/client';
import { CreatorsScreen } from '../screens/CreatorsScreen';
import { GoingLiveScreen } from '../screens/going-live/GoingLiveScreen';
import { ImportHost } from '../screens/imports/ImportHost';
import { OrdersScreen } from '../screens/orders/OrdersScreen';
import { OutreachScreen } from '../screens/outreach/OutreachScreen';
import { PilotsScreen } from '../screens/PilotsScreen';
import { PayoutsScreen } from '../screens/payouts/PayoutsScreen';
import { ReportsScreen } from '../screens/reports/ReportsScreen';
import { ResultsScreen } from '../screens/results/ResultsScreen';
import { ReviewScreen } from '../screens/review/ReviewScreen';
import { SourcingScreen } from '../screens/sourcing/SourcingScreen';
import { WelcomeScreen } from '../screens/WelcomeScreen';
import { WorkspaceScreen } from '../screens/WorkspaceScreen';
import { isArea, useNavigation } from '../stores/navigation';
import { usePilots } from '../stores/pilots';
import { refreshAll } from '../stores/refresh-all';
import { useWorkspace } from '../stores/workspace';
import { AppHeader } from './AppHeader';
import { DropOverlay } from './DropOverlay';
import { Sidebar } from './Sidebar';

function MainArea() {
  const area = useNavigation((s) => s.area);
  const { loaded, pilots } = usePilots();
  const workspace = useWorkspace();
  if (!workspace.loaded) return <p className="muted">Opening the workspace…</p>;
  if (!workspace.info || area === 'workspace') return <WorkspaceScreen />;
  switch (area) {
    case 'pilots':
      if (!loaded) return <p className="muted">Loading pilots…</p>;
      return pilots.length === 0 ? <WelcomeScreen /> : <PilotsScreen />;
    case 'sourcing':
      return <SourcingScreen />;
    case 'outreach':
      return <OutreachScreen />;
    case 'going-live':
      return <GoingLiveScreen />;
    case 'creators':
      return <CreatorsScreen />;
    case 'orders':
      return <OrdersScreen />;
    case 'results':
      return <ResultsScreen />;
    case 'payouts':
      return <PayoutsScreen />;
    case 'review':
      return <ReviewScreen />;
    case 'reports':
      return <ReportsScreen />;
  }
}

export function AppShell() {
  useEffect(() => {
    void refreshAll();
    // The desktop File menu can open another workspace under us.
    return onWorkspaceChanged(() => void refreshAll({ workspaceChanged: true }));
  }, []);
  // The desktop menu's File > Export Report… shows the Reports area.
  useEffect(
    () =>
      onShowArea((name) => {
        if (isArea(name)) useNavigation.getState().go(name);
      }),
    [],
  );

  return (
    <div className="shell">
      <div className="shell-brand">Pilotdesk</div>
      <AppHeader />
      <Sidebar />
      <main className="shell-main" tabIndex={-1}>
        <MainArea />
      </main>
      <DropOverlay />
      <ImportHost />
    </div>
  );
}
