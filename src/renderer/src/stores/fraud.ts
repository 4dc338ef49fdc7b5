import { create } from 'zustand';
import type { FraudReview } from '../../../shared/fraud';
import { request } from '../api/client';
import { today } from '../screens/payouts/period';

interface FraudState {
  /** The pilot the review belongs to. */
  pilotId: number | null;
  review: FraudReview | null;
  /** Commission held back on each flagged order, by order id, as the payout preview sees it today. */
  heldMinor: Map<number, number>;
  loading: boolean;
  error: string | null;
  refresh(pilotId: number | null): Promise<void>;
}

export const useFraud = create<FraudState>()((set, get) => ({
  pilotId: null,
  review: null,
  heldMinor: new Map(),
  loading: false,
  error: null,
  refresh: async (pilotId) => {
    const samePilot = get().pilotId === pilotId;
    set({
      pilotId,
      loading: pilotId !== null,
      error: null,
      ...(samePilot ? {} : { review: null, heldMinor: new Map() }),
    });
    if (pilotId === null) return;
    try {
      const day = today();
      const [review, preview] = await Promise.all([
        request('fraud.list', { pilotId }),
        request('payouts.preview', { pilotId, periodStart: day, periodEnd: day }),
      ]);
      const heldMinor = new Map<number, number>();
      for (const c of preview.creators) {
        for (const p of c.pending) if (p.reason === 'held') heldMinor.set(p.orderId, p.amountMinor);
      }
      if (get().pilotId === pilotId) set({ review, heldMinor, loading: false });
    } catch (err) {
      if (get().pilotId === pilotId) set({ loading: false, error: (err as Error).message });
    }
  },
}));
