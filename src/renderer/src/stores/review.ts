import { create } from 'zustand';
import type { ReviewList } from '../../../shared/review';
import { request } from '../api/client';

export type ReviewView = 'decision' | 'lift';

interface ReviewState {
  view: ReviewView;
  /** The pilot the ranking belongs to. */
  pilotId: number | null;
  list: ReviewList | null;
  loading: boolean;
  error: string | null;
  /** The creator (pilot creator id) open in the side panel. */
  openId: number | null;
  setView(view: ReviewView): void;
  open(id: number | null): void;
  refresh(pilotId: number | null): Promise<void>;
}

export const useReview = create<ReviewState>()((set, get) => ({
  view: 'decision',
  pilotId: null,
  list: null,
  loading: false,
  error: null,
  openId: null,
  setView: (view) => set({ view }),
  open: (openId) => set({ openId }),
  refresh: async (pilotId) => {
    const samePilot = get().pilotId === pilotId;
    set({ pilotId, loading: pilotId !== null, error: null, ...(samePilot ? {} : { list: null, openId: null }) });
    if (pilotId === null) return;
    try {
      const list = await request('review.list', { pilotId });
      // A slower answer for a pilot no longer shown must not overwrite the current one.
      if (get().pilotId === pilotId) set({ list, loading: false });
    } catch (err) {
      if (get().pilotId === pilotId) set({ loading: false, error: (err as Error).message });
    }
  },
}));
