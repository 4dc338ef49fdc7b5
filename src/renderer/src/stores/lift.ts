import { create } from 'zustand';
import type { LiftGroups, LiftResult, SavedLift } from '../../../shared/lift';
import { ApiFailure, request } from '../api/client';

interface LiftState {
  /** The pilot the regions and saved tests belong to. */
  pilotId: number | null;
  groups: LiftGroups | null;
  saved: SavedLift[];
  loading: boolean;
  error: string | null;
  /** The last run shown, kept while the user moves between tabs. */
  result: LiftResult | null;
  refresh(pilotId: number | null): Promise<void>;
  setResult(result: LiftResult | null): void;
}

export const useLift = create<LiftState>()((set, get) => ({
  pilotId: null,
  groups: null,
  saved: [],
  loading: false,
  error: null,
  result: null,
  refresh: async (pilotId) => {
    const samePilot = get().pilotId === pilotId;
    set({
      pilotId,
      loading: pilotId !== null,
      error: null,
      ...(samePilot ? {} : { groups: null, saved: [], result: null }),
    });
    if (pilotId === null) return;
    try {
      const [groups, saved] = await Promise.all([
        request('lift.groups', { pilotId }),
        request('lift.list', { pilotId }),
      ]);
      if (get().pilotId === pilotId) set({ groups, saved, loading: false });
    } catch (err) {
      // The pilot itself is the field at fault here ("pilotId: ..."): its message alone reads better.
      const message =
        err instanceof ApiFailure ? (err.body.issues?.[0]?.message ?? err.message) : (err as Error).message;
      if (get().pilotId === pilotId) set({ loading: false, error: message });
    }
  },
  setResult: (result) => set({ result }),
}));
