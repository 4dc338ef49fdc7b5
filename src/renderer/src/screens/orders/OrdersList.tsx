import { useEffect, useMemo } from 'react';
import type { PilotCreator } from '../../../../shared/entities';
import { request } from '../../api/client';
import { ExportTableButton } from '../../components/ExportTableButton';
import { FormAlert } from '../../components/FormAlert';
import { count } from '../../format';
import { useCreators } from '../../stores/creators';
import { hasFilters, useOrders } from '../../stores/orders';
import { useSelectedPilot } from '../../stores/pilots';
import { CreatorCounts } from './CreatorCounts';
import { OrderPanel } from './OrderPanel';
import { OrdersFilters } from './OrdersFilters';
import { OrdersGrid } from './OrdersGrid';
import { SHOWN_EXPORT_COLUMNS } from './order-columns';
import { type OrderListQuery, useOrderPages } from './use-order-pages';

const NONE: PilotCreator[] = [];

/** The orders tab: filters, orders per creator, the list, and the open order beside it. */
export function OrdersList() {
  const { filters, sort, version, openOrderId, clearFilters, setFilter } = useOrders();
  const selected = useSelectedPilot();
  const pilotId = filters.allPilots ? null : (selected?.id ?? null);
  const creatorList = useCreators((s) => s.creators);
  const creatorsOf = useCreators((s) => s.pilotId);
  const creators = creatorsOf === pilotId ? creatorList : NONE;
  const refreshCreators = useCreators((s) => s.refresh);

  useEffect(() => {
    if (pilotId !== null) void refreshCreators(pilotId);
  }, [pilotId, refreshCreators]);

  const query = useMemo<OrderListQuery>(() => {
    const q: OrderListQuery = { sort: sort.key, descending: sort.descending };
    if (pilotId !== null) {
      q.pilotId = pilotId;
      if (filters.creatorId !== null) q.creatorId = filters.creatorId;
      if (filters.rule !== null) q.rule = filters.rule;
    }
    if (filters.batchId !== null) q.batchId = filters.batchId;
    if (filters.standing !== null) q.standing = filters.standing;
    return q;
  }, [pilotId, filters, sort]);
  const pages = useOrderPages(query, version);
  const filtered = hasFilters(filters);

  return (
    <div className="orders-list">
      <OrdersFilters />
      {pilotId !== null ? <CreatorCounts pilotId={pilotId} creators={creators} /> : null}
      <FormAlert message={pages.error} />
      {pages.total === null ? (
        <p className="muted">Loading orders…</p>
      ) : pages.total === 0 ? (
        <div className="empty-state">
          {filtered ? (
            <>
              <p>No orders match these filters.</p>
              <button type="button" className="button" onClick={clearFilters}>
                Clear filters
              </button>
            </>
          ) : (
            <>
              <p>No orders for {selected?.name ?? 'this pilot'} yet.</p>
              <p className="muted">
                A pilot's orders come from its brand's shop. Import that shop's orders export, or show every order in
                the workspace.
              </p>
              <button type="button" className="button" onClick={() => setFilter('allPilots', true)}>
                Show all orders
              </button>
            </>
          )}
        </div>
      ) : (
        <>
          <div className="table-tools spread">
            <p className="muted" role="status">
              {pages.total === 1 ? '1 order' : `${count(pages.total)} orders`}
              {pilotId === null ? ' in the workspace' : ` for ${selected?.name}`}
              {filtered ? ' matching the filters' : ''}
            </p>
            <ExportTableButton
              what="orders"
              write={(format, path) =>
                request('orders.export', {
                  ...query,
                  format,
                  columns: SHOWN_EXPORT_COLUMNS,
                  ...(path ? { path } : {}),
                })
              }
            />
          </div>
          <div className={openOrderId === null ? 'orders-body' : 'orders-body with-panel'}>
            <OrdersGrid key={JSON.stringify(query)} pages={pages} total={pages.total} />
            {openOrderId !== null ? <OrderPanel orderId={openOrderId} /> : null}
          </div>
        </>
      )}
    </div>
  );
}
