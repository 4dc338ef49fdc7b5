import { create } from 'zustand';

/** The areas of the left navigation, in their order. A new screen is one line here and one case in AppShell's MainArea. */
export const AREAS = [
  { area: 'pilots', label: 'Pilots' },
  { area: 'sourcing', label: 'Sourcing' },
  { area: 'outreach', label: 'Outreach' },
  { area: 'going-live', label: 'Going live' },
  { area: 'creators', label: 'Creators' },
  { area: 'orders', label: 'Orders' },
  { area: 'results', label: 'Results' },
  { area: 'payouts', label: 'Payouts' },
  { area: 'review', label: 'Review' },
  { area: 'reports', label: 'Reports' },
] as const;

/** Every area: the listed ones, and the workspace below them. */
export type Area = (typeof AREAS)[number]['area'] | 'workspace';

interface NavigationState {
  area: Area;
  go(area: Area): void;
}

export const useNavigation = create<NavigationState>()((set) => ({
  area: 'pilots',
  go: (area) => set({ area }),
}));

/** Whether a name from outside the page (the desktop menu) is one of its areas. */
export function isArea(name: string): name is Area {
  return name === 'workspace' || AREAS.some((a) => a.area === name);
}
