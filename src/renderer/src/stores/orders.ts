import { create } from 'zustand';
import type { OrderStanding } from '../../../shared/orders';

export type OrderRuleFilter = 'code' | 'link' | 'none';
export type OrderSortKey = 'orderDate' | 'orderName' | 'totalMinor' | 'revenueMinor' | 'creatorName';
export type OrdersView = 'orders' | 'clicks' | 'history';

export interface OrderFilters {
  /** Show every order in the workspace instead of the selected pilot's. */
  allPilots: boolean;
  creatorId: number | null;
  batchId: number | null;
  standing: OrderStanding | null;
  rule: OrderRuleFilter | null;
}

export const NO_FILTERS: OrderFilters = {
  allPilots: false,
  creatorId: null,
  batchId: null,
  standing: null,
  rule: null,
};

interface OrdersState {
  view: OrdersView;
  filters: OrderFilters;
  sort: { key: OrderSortKey; descending: boolean };
  /** The order open in the side panel. */
  openOrderId: number | null;
  /** Bumped when stored orders change (an import, an undo), so every list reloads. */
  version: number;
  setView(view: OrdersView): void;
  setFilter<K extends keyof OrderFilters>(key: K, value: OrderFilters[K]): void;
  /** Clears the filters a user set, keeping which pilot is shown. */
  clearFilters(): void;
  setSort(key: OrderSortKey, descending: boolean): void;
  openOrder(id: number | null): void;
  changed(): void;
  reset(): void;
}

export const useOrders = create<OrdersState>()((set) => ({
  view: 'orders',
  filters: NO_FILTERS,
  sort: { key: 'orderDate', descending: true },
  openOrderId: null,
  version: 0,
  setView: (view) => set({ view }),
  setFilter: (key, value) => set((s) => ({ filters: { ...s.filters, [key]: value }, openOrderId: null })),
  clearFilters: () => set((s) => ({ filters: { ...NO_FILTERS, allPilots: s.filters.allPilots }, openOrderId: null })),
  setSort: (key, descending) => set({ sort: { key, descending } }),
  openOrder: (openOrderId) => set({ openOrderId }),
  changed: () => set((s) => ({ version: s.version + 1 })),
  reset: () => set((s) => ({ filters: NO_FILTERS, openOrderId: null, version: s.version + 1 })),
}));

/** Whether any filter beyond the pilot narrows the list. */
export function hasFilters(f: OrderFilters): boolean {
  return f.creatorId !== null || f.batchId !== null || f.standing !== null || f.rule !== null;
}
