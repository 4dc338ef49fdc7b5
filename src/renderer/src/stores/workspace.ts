import { create } from 'zustand';
import type { WorkspaceInfo } from '../../../shared/entities';
import { request } from '../api/client';

interface WorkspaceState {
  info: WorkspaceInfo | null;
  loaded: boolean;
  error: string | null;
  refresh(): Promise<void>;
  /** Opens or creates a workspace file; throws ApiFailure for the form to show. */
  switchTo(path: string, mode: 'open' | 'create'): Promise<WorkspaceInfo>;
}

export const useWorkspace = create<WorkspaceState>()((set) => ({
  info: null,
  loaded: false,
  error: null,
  refresh: async () => {
    try {
      set({ info: await request('workspace.current', {}), loaded: true, error: null });
    } catch (err) {
      set({ info: null, loaded: true, error: (err as Error).message });
    }
  },
  switchTo: async (path, mode) => {
    const info = await request(mode === 'open' ? 'workspace.open' : 'workspace.create', { path });
    set({ info, loaded: true, error: null });
    return info;
  },
}));
