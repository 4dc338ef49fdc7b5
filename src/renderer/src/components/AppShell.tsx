import { useEffect } from 'react';
import { onWorkspaceChanged } from '../api/client';
import { CreatorsScreen } from '../screens/CreatorsScreen';
import { ImportHost } from '../screens/imports/ImportHost';
import { OrdersScreen } from '../screens/orders/OrdersScreen';
import { PilotsScreen } from '../screens/PilotsScreen';
import { PayoutsScreen } from '../screens/payouts/PayoutsScreen';
import { ResultsScreen } from '../screens/results/ResultsScreen';
import { ReviewScreen } from '../screens/review/ReviewScreen';
import { WelcomeScreen } from '../screens/WelcomeScreen';
import { WorkspaceScreen } from '../screens/WorkspaceScreen';
import { useNavigation } from '../stores/navigation';
import { usePilots } from '../stores/pilots';
import { refreshAll } from '../stores/refresh-all';
import { useWorkspace } from '../stores/workspace';
import { AppHeader } from './AppHeader';
import { ComingLater } from './ComingLater';
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
      return (
        <ComingLater
          title="Reports"
          message="Reports for clients and finance (xlsx) come after results. Not built yet."
        />
      );
  }
}

export function AppShell() {
  useEffect(() => {
    void refreshAll();
    // The desktop File menu can open another workspace under us.
    return onWorkspaceChanged(() => void refreshAll({ workspaceChanged: true }));
  }, []);

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
