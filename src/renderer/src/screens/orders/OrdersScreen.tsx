import { ImportFileButton } from '../../components/ImportFileButton';
import { type OrdersView, useOrders } from '../../stores/orders';
import { useWorkspace } from '../../stores/workspace';
import { ClicksPanel } from '../clicks/ClicksPanel';
import { ImportHistory } from '../imports/ImportHistory';
import { OrdersEmpty } from './OrdersEmpty';
import { OrdersList } from './OrdersList';

const TABS: { view: OrdersView; label: string }[] = [
  { view: 'orders', label: 'Orders' },
  { view: 'clicks', label: 'Clicks' },
  { view: 'history', label: 'Import history' },
];

/** Orders in: the imported orders and who they count for, clicks per creator, and the imports themselves. */
export function OrdersScreen() {
  const { view, setView } = useOrders();
  const orderCount = useWorkspace((s) => s.info?.orderCount ?? 0);

  return (
    <section className="screen" aria-labelledby="orders-title">
      <div className="screen-head">
        <h1 id="orders-title">Orders</h1>
        <ImportFileButton label="Import orders…" kind="orders" primary={view !== 'clicks'} />
        <ImportFileButton label="Import clicks…" kind="clicks" primary={view === 'clicks'} />
      </div>
      <div className="tabs" role="tablist" aria-label="Orders views">
        {TABS.map((t) => (
          <button
            key={t.view}
            type="button"
            role="tab"
            id={`orders-tab-${t.view}`}
            className="tab"
            aria-selected={view === t.view}
            aria-controls={`orders-panel-${t.view}`}
            tabIndex={view === t.view ? 0 : -1}
            onClick={() => setView(t.view)}
            onKeyDown={(e) => {
              const i = TABS.findIndex((x) => x.view === view);
              const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
              if (step === 0) return;
              const next = TABS[(i + step + TABS.length) % TABS.length];
              if (next) {
                setView(next.view);
                document.getElementById(`orders-tab-${next.view}`)?.focus();
              }
            }}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`orders-panel-${view}`} aria-labelledby={`orders-tab-${view}`}>
        {view === 'orders' ? orderCount === 0 ? <OrdersEmpty /> : <OrdersList /> : null}
        {view === 'clicks' ? <ClicksPanel /> : null}
        {view === 'history' ? <ImportHistory /> : null}
      </div>
    </section>
  );
}
