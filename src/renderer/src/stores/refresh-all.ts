import { useBrands } from './brands';
import { useCreators } from './creators';
import { usePilots } from './pilots';
import { useWorkspace } from './workspace';

/** Reloads everything shown from the core, e.g. after another workspace opened. */
export async function refreshAll(options: { workspaceChanged?: boolean } = {}): Promise<void> {
  if (options.workspaceChanged) usePilots.getState().reset();
  await Promise.all([
    useWorkspace.getState().refresh(),
    useBrands.getState().refresh(),
    usePilots.getState().refresh(),
  ]);
  await useCreators.getState().refresh(usePilots.getState().selectedPilotId);
}
