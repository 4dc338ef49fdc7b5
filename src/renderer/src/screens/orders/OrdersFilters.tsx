import { ORDER_STANDINGS, STANDING_LABELS } from '../../../../shared/orders';
import { SelectField } from '../../components/SelectField';
import { useCreators } from '../../stores/creators';
import { useImportHistory } from '../../stores/import-history';
import { hasFilters, type OrderFilters, useOrders } from '../../stores/orders';
import { usePilots } from '../../stores/pilots';

const ANY = '';

const RULE_CHOICES = [
  { value: ANY, label: 'Any' },
  { value: 'code', label: 'Discount code' },
  { value: 'link', label: 'Tracked link' },
  { value: 'none', label: 'Not credited to a creator' },
];

/** Which orders the list shows: the pilot (default: the selected one), its creators, an import, status and rule. */
export function OrdersFilters() {
  const { filters, setFilter, clearFilters } = useOrders();
  const { pilots, selectedPilotId, select } = usePilots();
  const creators = useCreators((s) => s.creators);
  const batches = useImportHistory((s) => s.batches).filter((b) => b.kind === 'orders' && b.undoneAt === null);
  const pilotValue = filters.allPilots || selectedPilotId === null ? ANY : String(selectedPilotId);
  const withPilot = pilotValue !== ANY;
  const num = (v: string) => (v === ANY ? null : Number(v));

  function choosePilot(value: string) {
    if (value === ANY) return setFilter('allPilots', true);
    select(Number(value));
    useOrders.setState((s) => ({ filters: { ...s.filters, allPilots: false, creatorId: null }, openOrderId: null }));
  }

  return (
    <search className="toolbar orders-filters" aria-label="Filter orders">
      <SelectField
        id="orders-pilot"
        label="Pilot"
        value={pilotValue}
        options={[
          { value: ANY, label: 'All orders (no pilot)' },
          ...pilots
            .filter((p) => !p.archived || p.id === selectedPilotId)
            .map((p) => ({ value: String(p.id), label: p.name })),
        ]}
        onChange={choosePilot}
      />
      {withPilot ? (
        <SelectField
          id="orders-creator"
          label="Creator"
          value={filters.creatorId === null ? ANY : String(filters.creatorId)}
          options={[{ value: ANY, label: 'Any' }, ...creators.map((c) => ({ value: String(c.id), label: c.name }))]}
          onChange={(v) => setFilter('creatorId', num(v))}
        />
      ) : null}
      {withPilot ? (
        <SelectField
          id="orders-rule"
          label="Credited by"
          value={filters.rule ?? ANY}
          options={RULE_CHOICES}
          onChange={(v) => setFilter('rule', v === ANY ? null : (v as NonNullable<OrderFilters['rule']>))}
        />
      ) : null}
      <SelectField
        id="orders-batch"
        label="Import"
        value={filters.batchId === null ? ANY : String(filters.batchId)}
        options={[
          { value: ANY, label: 'Any' },
          ...batches.map((b) => ({ value: String(b.id), label: `${b.fileName} (#${b.id})` })),
        ]}
        onChange={(v) => setFilter('batchId', num(v))}
      />
      <SelectField
        id="orders-standing"
        label="Status"
        value={filters.standing ?? ANY}
        options={[
          { value: ANY, label: 'Any' },
          ...ORDER_STANDINGS.map((s) => ({ value: s, label: STANDING_LABELS[s] })),
        ]}
        onChange={(v) => setFilter('standing', v === ANY ? null : (v as NonNullable<OrderFilters['standing']>))}
      />
      {hasFilters(filters) ? (
        <button type="button" className="button" onClick={clearFilters}>
          Clear filters
        </button>
      ) : null}
    </search>
  );
}
