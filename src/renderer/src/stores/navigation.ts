import { create } from 'zustand';

export type Area = 'pilots' | 'creators' | 'orders' | 'results' | 'reports' | 'workspace';

interface NavigationState {
  area: Area;
  go(area: Area): void;
}

export const useNavigation = create<NavigationState>()((set) => ({
  area: 'pilots',
  go: (area) => set({ area }),
}));
