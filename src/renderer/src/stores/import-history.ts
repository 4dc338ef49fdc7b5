import { create } from 'zustand';
import type { ImportBatch } from '../../../shared/imports';
import { request } from '../api/client';

interface ImportHistoryState {
  /** Newest first, as the core lists them. */
  batches: ImportBatch[];
  loaded: boolean;
  error: string | null;
  refresh(): Promise<void>;
}

export const useImportHistory = create<ImportHistoryState>()((set) => ({
  batches: [],
  loaded: false,
  error: null,
  refresh: async () => {
    try {
      set({ batches: await request('imports.list', {}), loaded: true, error: null });
    } catch (err) {
      set({ batches: [], loaded: true, error: (err as Error).message });
    }
  },
}));
