import { useEffect, useState } from 'react';
import type { PilotCreator } from '../../../../shared/entities';
import { request } from '../../api/client';
import { count } from '../../format';
import { useOrders } from '../../stores/orders';

interface Tally {
  key: string;
  creators: { id: number; name: string; orders: number }[];
  uncredited: number;
}

/**
 * Orders per creator of the pilot, under the same import and status filters
 * as the list; a creator's button filters the list to them.
 */
export function CreatorCounts({ pilotId, creators }: { pilotId: number; creators: PilotCreator[] }) {
  const { filters, version, setFilter } = useOrders();
  const [tally, setTally] = useState<Tally | null>(null);
  const base = {
    pilotId,
    ...(filters.batchId !== null ? { batchId: filters.batchId } : {}),
    ...(filters.standing !== null ? { standing: filters.standing } : {}),
  };
  const key = `${JSON.stringify(base)}:${creators.map((c) => c.id).join(',')}:${version}`;

  // biome-ignore lint/correctness/useExhaustiveDependencies: the key names everything the counts depend on
  useEffect(() => {
    let live = true;
    const total = async (extra: object) => (await request('orders.list', { ...base, ...extra, limit: 1 })).total;
    void Promise.all([Promise.all(creators.map((c) => total({ creatorId: c.id }))), total({ rule: 'none' })])
      .then(([perCreator, uncredited]) => {
        if (!live) return;
        const rows = creators.map((c, i) => ({ id: c.id, name: c.name, orders: perCreator[i] ?? 0 }));
        setTally({ key, creators: rows, uncredited });
      })
      .catch(() => {
        if (live) setTally(null);
      });
    return () => {
      live = false;
    };
  }, [key]);

  if (creators.length === 0 || tally === null) return null;
  return (
    <ul className="creator-counts" aria-label="Orders per creator" aria-busy={tally.key !== key}>
      {tally.creators.map((c) => (
        <li key={c.id}>
          <button
            type="button"
            className="count-chip"
            aria-pressed={filters.creatorId === c.id}
            onClick={() => setFilter('creatorId', filters.creatorId === c.id ? null : c.id)}
          >
            <span>{c.name}</span> <strong>{count(c.orders)}</strong>
          </button>
        </li>
      ))}
      <li>
        <button
          type="button"
          className="count-chip muted"
          aria-pressed={filters.rule === 'none'}
          onClick={() => setFilter('rule', filters.rule === 'none' ? null : 'none')}
        >
          <span>Not credited</span> <strong>{count(tally.uncredited)}</strong>
        </button>
      </li>
    </ul>
  );
}
