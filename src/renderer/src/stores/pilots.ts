import { create } from 'zustand';
import type { Pilot } from '../../../shared/entities';
import { request } from '../api/client';

interface PilotsState {
  /** Every pilot, archived ones included; screens filter what they show. */
  pilots: Pilot[];
  loaded: boolean;
  error: string | null;
  showArchived: boolean;
  selectedPilotId: number | null;
  refresh(): Promise<void>;
  select(id: number | null): void;
  setShowArchived(show: boolean): void;
  /** Forgets the selection, for when another workspace opens. */
  reset(): void;
}

export const usePilots = create<PilotsState>()((set, get) => ({
  pilots: [],
  loaded: false,
  error: null,
  showArchived: false,
  selectedPilotId: null,
  refresh: async () => {
    try {
      const pilots = await request('pilots.list', { includeArchived: true });
      const selected = pilots.find((p) => p.id === get().selectedPilotId);
      const fallback = pilots.find((p) => !p.archived) ?? null;
      set({ pilots, loaded: true, error: null, selectedPilotId: (selected ?? fallback)?.id ?? null });
    } catch (err) {
      set({ pilots: [], loaded: true, error: (err as Error).message });
    }
  },
  select: (id) => set({ selectedPilotId: id }),
  setShowArchived: (showArchived) => set({ showArchived }),
  reset: () => set({ pilots: [], loaded: false, selectedPilotId: null }),
}));

export function useSelectedPilot(): Pilot | null {
  return usePilots((s) => s.pilots.find((p) => p.id === s.selectedPilotId) ?? null);
}
