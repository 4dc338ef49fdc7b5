import { create } from 'zustand';
import type { PilotCreator } from '../../../shared/entities';
import { request } from '../api/client';

interface CreatorsState {
  /** The pilot the list belongs to. */
  pilotId: number | null;
  creators: PilotCreator[];
  loading: boolean;
  error: string | null;
  refresh(pilotId: number | null): Promise<void>;
}

export const useCreators = create<CreatorsState>()((set, get) => ({
  pilotId: null,
  creators: [],
  loading: false,
  error: null,
  refresh: async (pilotId) => {
    if (pilotId === null) {
      set({ pilotId: null, creators: [], loading: false, error: null });
      return;
    }
    set({ pilotId, loading: true });
    try {
      const creators = await request('creators.list', { pilotId });
      // A slower answer for a pilot no longer shown must not overwrite the current one.
      if (get().pilotId === pilotId) set({ creators, loading: false, error: null });
    } catch (err) {
      if (get().pilotId === pilotId) set({ creators: [], loading: false, error: (err as Error).message });
    }
  },
}));
