import { create } from 'zustand';
import type { Brand } from '../../../shared/entities';
import { request } from '../api/client';

interface BrandsState {
  brands: Brand[];
  error: string | null;
  refresh(): Promise<void>;
}

export const useBrands = create<BrandsState>()((set) => ({
  brands: [],
  error: null,
  refresh: async () => {
    try {
      set({ brands: await request('brands.list', {}), error: null });
    } catch (err) {
      set({ brands: [], error: (err as Error).message });
    }
  },
}));
