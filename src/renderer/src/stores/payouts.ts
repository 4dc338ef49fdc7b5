import { create } from 'zustand';
import type { Payout, PayoutPreview } from '../../../shared/payouts';
import { ApiFailure, request } from '../api/client';
import { lastMonth, periodErrors } from '../screens/payouts/period';

export type PayoutsView = 'payable' | 'fraud' | 'history';

interface PayoutsState {
  view: PayoutsView;
  periodStart: string;
  periodEnd: string;
  /** The pilot the preview and the list belong to. */
  pilotId: number | null;
  preview: PayoutPreview | null;
  previewLoading: boolean;
  /** Messages by field ("periodEnd"), or "" for one no field shows. */
  previewErrors: Record<string, string>;
  payouts: Payout[];
  listLoaded: boolean;
  listError: string | null;
  setView(view: PayoutsView): void;
  setPeriod(start: string, end: string): void;
  refreshPreview(pilotId: number | null): Promise<void>;
  refreshList(pilotId: number | null): Promise<void>;
}

const initial = lastMonth();

export const usePayouts = create<PayoutsState>()((set, get) => ({
  view: 'payable',
  periodStart: initial.start,
  periodEnd: initial.end,
  pilotId: null,
  preview: null,
  previewLoading: false,
  previewErrors: {},
  payouts: [],
  listLoaded: false,
  listError: null,
  setView: (view) => set({ view }),
  setPeriod: (periodStart, periodEnd) => set({ periodStart, periodEnd }),
  refreshPreview: async (pilotId) => {
    const { periodStart, periodEnd } = get();
    const local = periodErrors(periodStart, periodEnd);
    if (pilotId === null || Object.keys(local).length > 0) {
      set({ pilotId, preview: null, previewLoading: false, previewErrors: local });
      return;
    }
    set({ pilotId, previewLoading: true, previewErrors: {} });
    const asked = `${pilotId}:${periodStart}:${periodEnd}`;
    const stillAsked = () => {
      const s = get();
      return `${s.pilotId}:${s.periodStart}:${s.periodEnd}` === asked;
    };
    try {
      const preview = await request('payouts.preview', { pilotId, periodStart, periodEnd });
      // A slower answer for another pilot or period must not overwrite the current one.
      if (stillAsked()) set({ preview, previewLoading: false });
    } catch (err) {
      if (!stillAsked()) return;
      const fields = err instanceof ApiFailure ? err.fieldErrors : {};
      set({
        preview: null,
        previewLoading: false,
        previewErrors: Object.keys(fields).length > 0 ? fields : { '': (err as Error).message },
      });
    }
  },
  refreshList: async (pilotId) => {
    if (pilotId === null) {
      set({ payouts: [], listLoaded: true, listError: null });
      return;
    }
    try {
      const payouts = await request('payouts.list', { pilotId });
      if (get().pilotId === pilotId || get().pilotId === null) set({ payouts, listLoaded: true, listError: null });
    } catch (err) {
      set({ listLoaded: true, listError: (err as Error).message });
    }
  },
}));
