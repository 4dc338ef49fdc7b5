/**
 * Orders fetched a page at a time as the list scrolls, sorted and filtered by
 * the core. Pages are cached per query; a new query (filters, sort, or a data
 * change) starts a new cache, and far-away pages are dropped so a 200k-order
 * list holds only what is near the view.
 */

import { useCallback, useEffect, useMemo, useReducer } from 'react';
import type { InputOf } from '../../../../shared/api/contract';
import type { OrderRow } from '../../../../shared/orders';
import { request } from '../../api/client';

export const PAGE_SIZE = 200;
const MAX_PAGES = 40;

export type OrderListQuery = Omit<InputOf<'orders.list'>, 'offset' | 'limit'>;

interface Cache {
  query: OrderListQuery;
  pages: Map<number, OrderRow[]>;
  loading: Set<number>;
  total: number | null;
  error: string | null;
  /** The page range last asked for, to decide which pages are far away. */
  near: number;
}

export interface OrderPages {
  /** Orders matching the query, once the first page has answered. */
  total: number | null;
  error: string | null;
  rowAt(index: number): OrderRow | null;
  /** Asks for the pages holding rows from..to (inclusive). */
  ensure(from: number, to: number): void;
}

export function useOrderPages(query: OrderListQuery, version: number): OrderPages {
  const key = JSON.stringify(query);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key stands for the query; it or a new version starts the cache afresh
  const cache = useMemo<Cache>(
    () => ({ query, pages: new Map(), loading: new Set(), total: null, error: null, near: 0 }),
    [key, version],
  );

  const load = useCallback(
    async (page: number) => {
      cache.loading.add(page);
      try {
        const answer = await request('orders.list', { ...cache.query, offset: page * PAGE_SIZE, limit: PAGE_SIZE });
        cache.pages.set(page, answer.rows);
        cache.total = answer.total;
        cache.error = null;
        evictFarPages(cache);
      } catch (err) {
        cache.error = (err as Error).message;
      } finally {
        cache.loading.delete(page);
        rerender();
      }
    },
    [cache],
  );

  const ensure = useCallback(
    (from: number, to: number) => {
      const first = Math.max(0, Math.floor(from / PAGE_SIZE));
      const last = Math.max(first, Math.floor(to / PAGE_SIZE));
      cache.near = Math.floor((first + last) / 2);
      for (let page = first; page <= last; page++) {
        if (!cache.pages.has(page) && !cache.loading.has(page)) void load(page);
      }
    },
    [cache, load],
  );

  useEffect(() => {
    ensure(0, 0);
  }, [ensure]);

  const rowAt = useCallback(
    (index: number) => cache.pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE] ?? null,
    [cache],
  );

  return { total: cache.total, error: cache.error, rowAt, ensure };
}

function evictFarPages(cache: Cache): void {
  if (cache.pages.size <= MAX_PAGES) return;
  const byDistance = [...cache.pages.keys()].sort((a, b) => Math.abs(b - cache.near) - Math.abs(a - cache.near));
  for (const page of byDistance.slice(0, cache.pages.size - MAX_PAGES)) cache.pages.delete(page);
}
