import type { VisibilityState } from '@tanstack/react-table';
import { create } from 'zustand';
import type { FigureName, PilotResults, Verdict } from '../../../shared/results';
import { request } from '../api/client';

/** The figure whose explanation is open: a creator's (membership id), or the pilot's when creatorId is null. */
export interface ExplainTarget {
  figure: FigureName;
  creatorId: number | null;
}

const COLUMNS_KEY = 'pilotdesk.results.columns';

/** Columns a user hid or showed in the per-creator table, kept across runs on this machine. */
function storedColumns(): VisibilityState | null {
  try {
    const raw = localStorage.getItem(COLUMNS_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return null;
    return Object.fromEntries(Object.entries(parsed).filter(([, v]) => typeof v === 'boolean')) as VisibilityState;
  } catch {
    return null;
  }
}

interface ResultsState {
  /** The pilot the results belong to. */
  pilotId: number | null;
  results: PilotResults | null;
  loading: boolean;
  error: string | null;
  explaining: ExplainTarget | null;
  /** Null until a user chooses: the table's defaults apply. */
  columns: VisibilityState | null;
  search: string;
  verdict: Verdict | null;
  refresh(pilotId: number | null): Promise<void>;
  explain(target: ExplainTarget | null): void;
  setColumns(columns: VisibilityState): void;
  setSearch(search: string): void;
  setVerdict(verdict: Verdict | null): void;
}

export const useResults = create<ResultsState>()((set, get) => ({
  pilotId: null,
  results: null,
  loading: false,
  error: null,
  explaining: null,
  columns: storedColumns(),
  search: '',
  verdict: null,
  refresh: async (pilotId) => {
    const samePilot = get().pilotId === pilotId;
    // Another pilot's figures must not show under this one's name while its own load.
    set({
      pilotId,
      loading: pilotId !== null,
      error: null,
      ...(samePilot ? {} : { results: null, explaining: null }),
    });
    if (pilotId === null) return;
    try {
      const results = await request('results.get', { pilotId });
      // A slower answer for a pilot no longer shown must not overwrite the current one.
      if (get().pilotId === pilotId) set({ results, loading: false });
    } catch (err) {
      if (get().pilotId === pilotId) set({ results: null, loading: false, error: (err as Error).message });
    }
  },
  explain: (explaining) => set({ explaining }),
  setColumns: (columns) => {
    try {
      localStorage.setItem(COLUMNS_KEY, JSON.stringify(columns));
    } catch {
      // Storage full or refused (private window): the choice lasts for this run only.
    }
    set({ columns });
  },
  setSearch: (search) => set({ search }),
  setVerdict: (verdict) => set({ verdict }),
}));
