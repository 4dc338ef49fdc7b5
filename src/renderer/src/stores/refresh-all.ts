import { useBrands } from './brands';
import { useContent } from './content';
import { useCreators } from './creators';
import { useFraud } from './fraud';
import { useGoingLive } from './going-live';
import { useImportHistory } from './import-history';
import { useLift } from './lift';
import { useOrders } from './orders';
import { usePayouts } from './payouts';
import { usePilots } from './pilots';
import { useResults } from './results';
import { useReview } from './review';
import { useSignoffs } from './signoffs';
import { useWorkspace } from './workspace';

/** Another workspace may hold a pilot with the same id: forget what each screen read of the old one. */
function forgetPilotData(): void {
  useResults.setState({ pilotId: null, results: null, explaining: null });
  usePayouts.setState({ pilotId: null, preview: null, payouts: [], listLoaded: false });
  useFraud.setState({ pilotId: null, review: null, heldMinor: new Map() });
  useLift.setState({ pilotId: null, groups: null, saved: [], result: null });
  useReview.setState({ pilotId: null, list: null, openId: null });
  useGoingLive.setState({ pilotId: null, members: [], prospects: 0, settings: null, contracts: [], terms: {} });
  useContent.setState({ pilotId: null, posts: [] });
  useSignoffs.setState({ pilotId: null, members: [], sla: null, checks: [], overdue: [] });
}

/** Reloads everything shown from the core, e.g. after another workspace opened. */
export async function refreshAll(options: { workspaceChanged?: boolean } = {}): Promise<void> {
  if (options.workspaceChanged) {
    usePilots.getState().reset();
    useOrders.getState().reset();
    forgetPilotData();
  } else useOrders.getState().changed();
  await Promise.all([
    useWorkspace.getState().refresh(),
    useBrands.getState().refresh(),
    usePilots.getState().refresh(),
    useImportHistory.getState().refresh(),
  ]);
  await useCreators.getState().refresh(usePilots.getState().selectedPilotId);
}

/** After an import or an undo: the stored orders (or posts), their count and the import history changed. */
export async function refreshOrders(): Promise<void> {
  useOrders.getState().changed();
  const content = useContent.getState();
  await Promise.all([
    useWorkspace.getState().refresh(),
    useImportHistory.getState().refresh(),
    content.pilotId === null ? null : content.refresh(content.pilotId),
  ]);
}
