import { useBrands } from './brands';
import { useCreators } from './creators';
import { useImportHistory } from './import-history';
import { useOrders } from './orders';
import { usePilots } from './pilots';
import { useWorkspace } from './workspace';

/** Reloads everything shown from the core, e.g. after another workspace opened. */
export async function refreshAll(options: { workspaceChanged?: boolean } = {}): Promise<void> {
  if (options.workspaceChanged) {
    usePilots.getState().reset();
    useOrders.getState().reset();
  } else useOrders.getState().changed();
  await Promise.all([
    useWorkspace.getState().refresh(),
    useBrands.getState().refresh(),
    usePilots.getState().refresh(),
    useImportHistory.getState().refresh(),
  ]);
  await useCreators.getState().refresh(usePilots.getState().selectedPilotId);
}

/** After an import or an undo: the stored orders, their count and the import history changed. */
export async function refreshOrders(): Promise<void> {
  useOrders.getState().changed();
  await Promise.all([useWorkspace.getState().refresh(), useImportHistory.getState().refresh()]);
}
