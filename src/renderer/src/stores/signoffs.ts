import { create } from 'zustand';
import type { GoLiveCheck, MemberSignoffs, OverdueSignoff, SlaSettings } from '../../../shared/signoffs';
import { request } from '../api/client';

interface SignoffsState {
  /** The pilot the sign-offs, SLAs and checks below belong to. */
  pilotId: number | null;
  members: MemberSignoffs[];
  sla: SlaSettings | null;
  checks: GoLiveCheck[];
  /** Across every pilot not archived, most overdue first. */
  overdue: OverdueSignoff[];
  loading: boolean;
  error: string | null;
  /** Sign-offs, SLAs and the overdue list. */
  load(pilotId: number): Promise<void>;
  /** The go-live gate's check for each member. */
  loadChecks(pilotId: number): Promise<void>;
  loadOverdue(): Promise<void>;
  /** Puts one member's sign-offs the core sent back in place, and refreshes what is overdue. */
  putMember(signoffs: MemberSignoffs): void;
  putSla(sla: SlaSettings): void;
}

/** The renderer's clock: the overdue list and the table's "Overdue by" agree with what the user sees. */
const now = () => new Date().toISOString();

export const useSignoffs = create<SignoffsState>()((set, get) => {
  /** Starts loading for a pilot; another pilot's rows must not show under this one's name. */
  const begin = (pilotId: number) =>
    set(
      get().pilotId === pilotId
        ? { loading: true, error: null }
        : { pilotId, members: [], sla: null, checks: [], loading: true, error: null },
    );
  const fail = (pilotId: number, err: unknown) => {
    if (get().pilotId === pilotId) set({ loading: false, error: (err as Error).message });
  };

  return {
    pilotId: null,
    members: [],
    sla: null,
    checks: [],
    overdue: [],
    loading: false,
    error: null,
    load: async (pilotId) => {
      begin(pilotId);
      try {
        const [members, sla, overdue] = await Promise.all([
          request('signoffs.list', { pilotId }),
          request('signoffs.sla', { pilotId }),
          request('signoffs.overdue', { at: now() }),
        ]);
        // A slower answer for a pilot no longer shown must not overwrite the current one.
        if (get().pilotId === pilotId) set({ members, sla, overdue, loading: false });
      } catch (err) {
        fail(pilotId, err);
      }
    },
    loadChecks: async (pilotId) => {
      begin(pilotId);
      try {
        const checks = await request('golive.check', { pilotId });
        if (get().pilotId === pilotId) set({ checks, loading: false });
      } catch (err) {
        fail(pilotId, err);
      }
    },
    loadOverdue: async () => {
      try {
        set({ overdue: await request('signoffs.overdue', { at: now() }) });
      } catch (err) {
        set({ error: (err as Error).message });
      }
    },
    putMember: (signoffs) => {
      set({ members: get().members.map((m) => (m.memberId === signoffs.memberId ? signoffs : m)) });
      void get().loadOverdue();
    },
    putSla: (sla) => {
      if (sla.pilotId === get().pilotId) set({ sla });
      void get().load(sla.pilotId);
    },
  };
});
