import { create } from 'zustand';
import type { MemberContract, MemberTerms } from '../../../shared/contracts';
import { beingReadied, type PilotCreator } from '../../../shared/entities';
import type { TrackingSettings } from '../../../shared/tracking-assets';
import { request } from '../api/client';

export const GOING_LIVE_VIEWS = [
  'contracts',
  'briefs',
  'tracking',
  'files',
  'content',
  'signoffs',
  'gate',
  'timeline',
] as const;
export type GoingLiveView = (typeof GOING_LIVE_VIEWS)[number];

interface GoingLiveState {
  /** The pilot everything below belongs to. */
  pilotId: number | null;
  view: GoingLiveView;
  /** Members being readied or live (shortlist on, declined left out), in the creators list's order. */
  members: PilotCreator[];
  /** Members still on the longlist. */
  prospects: number;
  settings: TrackingSettings | null;
  contracts: MemberContract[];
  terms: Record<number, MemberTerms>;
  loading: boolean;
  error: string | null;
  setView(view: GoingLiveView): void;
  refresh(pilotId: number | null): Promise<void>;
  setSettings(settings: TrackingSettings): void;
  /** Puts one member the core sent back (a new code) in place. */
  putMember(member: PilotCreator): void;
  putTerms(terms: MemberTerms): void;
  putContract(contract: MemberContract): void;
}

export const useGoingLive = create<GoingLiveState>()((set, get) => ({
  pilotId: null,
  view: 'contracts',
  members: [],
  prospects: 0,
  settings: null,
  contracts: [],
  terms: {},
  loading: false,
  error: null,
  setView: (view) => set({ view }),
  refresh: async (pilotId) => {
    const samePilot = get().pilotId === pilotId;
    // Another pilot's codes must not show under this one's name while its own load.
    set({
      pilotId,
      loading: pilotId !== null,
      error: null,
      ...(samePilot ? {} : { members: [], prospects: 0, settings: null, contracts: [], terms: {} }),
    });
    if (pilotId === null) return;
    try {
      const [all, settings, contracts] = await Promise.all([
        request('creators.list', { pilotId }),
        request('assets.settings', { pilotId }),
        request('contracts.list', { pilotId }),
      ]);
      const members = all.filter((m) => beingReadied(m.stage));
      const terms = await Promise.all(members.map((m) => request('contracts.terms', { memberId: m.id })));
      // A slower answer for a pilot no longer shown must not overwrite the current one.
      if (get().pilotId !== pilotId) return;
      set({
        members,
        prospects: all.filter((m) => m.stage === 'longlist').length,
        settings,
        contracts,
        terms: Object.fromEntries(terms.map((t) => [t.memberId, t])),
        loading: false,
      });
    } catch (err) {
      if (get().pilotId === pilotId) set({ loading: false, error: (err as Error).message });
    }
  },
  setSettings: (settings) => set({ settings }),
  putMember: (member) => set({ members: get().members.map((m) => (m.id === member.id ? member : m)) }),
  putTerms: (terms) => set({ terms: { ...get().terms, [terms.memberId]: terms } }),
  putContract: (contract) =>
    set({
      contracts: get().contracts.some((c) => c.memberId === contract.memberId)
        ? get().contracts.map((c) => (c.memberId === contract.memberId ? contract : c))
        : [...get().contracts, contract],
    }),
}));
