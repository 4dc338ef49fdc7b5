import { create } from 'zustand';
import type { FollowUpDue, OutreachSettings, OutreachTemplate } from '../../../shared/outreach';
import { request } from '../api/client';

export const OUTREACH_VIEWS = ['batch', 'templates', 'due', 'settings'] as const;
export type OutreachView = (typeof OUTREACH_VIEWS)[number];

interface OutreachState {
  view: OutreachView;
  templates: OutreachTemplate[];
  settings: OutreachSettings | null;
  due: FollowUpDue[];
  loaded: boolean;
  error: string | null;
  /** Members sent over from Sourcing for the next batch, with their pilot; null for the default choice. */
  handoff: { pilotId: number; memberIds: number[] } | null;
  /** The member whose contact log is open. */
  logFor: { memberId: number; name: string } | null;
  setView(view: OutreachView): void;
  refresh(): Promise<void>;
  refreshDue(): Promise<void>;
  refreshSettings(): Promise<void>;
  /** Replaces one template after a save or lock, keeping the list's order. */
  putTemplate(template: OutreachTemplate): void;
  handOff(pilotId: number, memberIds: number[]): void;
  clearHandoff(): void;
  openLog(member: { memberId: number; name: string } | null): void;
}

export const useOutreach = create<OutreachState>()((set, get) => ({
  view: 'batch',
  templates: [],
  settings: null,
  due: [],
  loaded: false,
  error: null,
  handoff: null,
  logFor: null,
  setView: (view) => set({ view }),
  refresh: async () => {
    try {
      const [templates, settings, due] = await Promise.all([
        request('templates.list', {}),
        request('outreach.settings', {}),
        request('outreach.due', {}),
      ]);
      set({ templates, settings, due, loaded: true, error: null });
    } catch (err) {
      set({ loaded: true, error: (err as Error).message });
    }
  },
  refreshDue: async () => {
    try {
      set({ due: await request('outreach.due', {}) });
    } catch (err) {
      set({ error: (err as Error).message });
    }
  },
  refreshSettings: async () => {
    try {
      set({ settings: await request('outreach.settings', {}) });
    } catch (err) {
      set({ error: (err as Error).message });
    }
  },
  putTemplate: (template) => {
    const list = get().templates;
    const known = list.some((t) => t.id === template.id);
    set({ templates: known ? list.map((t) => (t.id === template.id ? template : t)) : [...list, template] });
  },
  handOff: (pilotId, memberIds) => set({ handoff: { pilotId, memberIds }, view: 'batch' }),
  clearHandoff: () => set({ handoff: null }),
  openLog: (logFor) => set({ logFor }),
}));
