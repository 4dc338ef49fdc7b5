import { create } from 'zustand';
import type { Platform, Stage } from '../../../shared/entities';
import type { MoveResult, SourcingBoard } from '../../../shared/sourcing';
import { request } from '../api/client';

/** What the sourcing table shows: a stage (or all), and the filter bar's choices as typed. */
export interface ProspectFilters {
  stage: Stage | 'all';
  search: string;
  /** As typed; empty for no minimum. */
  minScore: string;
  platform: Platform | '';
  country: string;
  reviewer: string;
}

export const NO_FILTERS: ProspectFilters = {
  stage: 'all',
  search: '',
  minScore: '',
  platform: '',
  country: '',
  reviewer: '',
};

/** The last move, offered for undo until the next one. */
export interface LastMove {
  result: MoveResult;
  /** "Moved 25 profiles to Shortlist". */
  text: string;
}

interface SourcingState {
  /** The pilot the board belongs to. */
  pilotId: number | null;
  board: SourcingBoard | null;
  loading: boolean;
  error: string | null;
  filters: ProspectFilters;
  /** Selected members (pilot_creators ids). */
  selected: ReadonlySet<number>;
  lastMove: LastMove | null;
  refresh(pilotId: number | null): Promise<void>;
  /** Puts a board the core sent back (after saving criteria) in place. */
  setBoard(board: SourcingBoard): void;
  setFilter<K extends keyof ProspectFilters>(key: K, value: ProspectFilters[K]): void;
  clearFilters(): void;
  select(ids: Iterable<number>, on: boolean): void;
  selectOnly(ids: Iterable<number>): void;
  /** Moves members in one undoable step; the board reloads. */
  move(memberIds: number[], stage: Stage, reason: string | null, text: string): Promise<MoveResult>;
  undo(): Promise<MoveResult | null>;
}

export const useSourcing = create<SourcingState>()((set, get) => ({
  pilotId: null,
  board: null,
  loading: false,
  error: null,
  filters: NO_FILTERS,
  selected: new Set(),
  lastMove: null,
  refresh: async (pilotId) => {
    const samePilot = get().pilotId === pilotId;
    // Another pilot's board must not show under this one's name while its own loads.
    set({
      pilotId,
      loading: pilotId !== null,
      error: null,
      ...(samePilot ? {} : { board: null, selected: new Set(), lastMove: null, filters: NO_FILTERS }),
    });
    if (pilotId === null) return;
    try {
      const board = await request('sourcing.board', { pilotId });
      // A slower answer for a pilot no longer shown must not overwrite the current one.
      if (get().pilotId !== pilotId) return;
      const present = new Set(board.prospects.map((p) => p.memberId));
      set({ board, loading: false, selected: new Set([...get().selected].filter((id) => present.has(id))) });
    } catch (err) {
      if (get().pilotId === pilotId) set({ board: null, loading: false, error: (err as Error).message });
    }
  },
  setBoard: (board) => {
    if (board.pilotId === get().pilotId) set({ board });
  },
  setFilter: (key, value) => set({ filters: { ...get().filters, [key]: value } }),
  clearFilters: () => set({ filters: { ...NO_FILTERS, stage: get().filters.stage } }),
  select: (ids, on) => {
    const next = new Set(get().selected);
    for (const id of ids) {
      if (on) next.add(id);
      else next.delete(id);
    }
    set({ selected: next });
  },
  selectOnly: (ids) => set({ selected: new Set(ids) }),
  move: async (memberIds, stage, reason, text) => {
    const pilotId = get().pilotId;
    if (pilotId === null) throw new Error('Choose a pilot first');
    const result = await request('sourcing.move', { pilotId, memberIds, stage, reason });
    set({ lastMove: { result, text }, selected: new Set() });
    await get().refresh(pilotId);
    return result;
  },
  undo: async () => {
    const last = get().lastMove;
    if (!last) return null;
    const result = await request('sourcing.undoMove', { moveId: last.result.moveId });
    set({ lastMove: null });
    await get().refresh(get().pilotId);
    return result;
  },
}));
