import type { ColumnDef } from '@tanstack/react-table';
import { type OrderRow, STANDING_LABELS } from '../../../../shared/orders';
import type { OrderExportColumn } from '../../../../shared/reports';
import { date, money } from '../../format';
import { RULE_LABELS } from '../../labels';
import type { OrderSortKey } from '../../stores/orders';

/** One row of the visible window: its place in the whole list, and the order once its page has arrived. */
export interface WindowRow {
  index: number;
  order: OrderRow | null;
}

/** Columns whose id is a sort the core can do. */
export const SORTABLE = new Set<string>(['orderName', 'orderDate', 'creatorName', 'revenueMinor', 'totalMinor']);

export function isSortKey(id: string): id is OrderSortKey {
  return SORTABLE.has(id);
}

const text = (get: (o: OrderRow) => string) => (w: WindowRow) => (w.order ? get(w.order) : '');

const RULE_SHORT = { code: 'Code', link: 'Link' } as const;

/** "Code MARA15", "Link utm_content=mara": short, so the matched value fits the column. */
export function ruleText(o: OrderRow): string {
  if (!o.rule) return '—';
  return o.matched ? `${RULE_SHORT[o.rule]} ${o.matched}` : RULE_LABELS[o.rule];
}

export const ORDER_COLUMNS: ColumnDef<WindowRow>[] = [
  {
    id: 'flag',
    header: () => <span className="visually-hidden">Flagged</span>,
    size: 30,
    cell: ({ row }) =>
      row.original.order?.flagged ? (
        <span className="flag" role="img" aria-label="Flagged: carries codes of several creators" title="Flagged">
          ⚑
        </span>
      ) : null,
  },
  {
    id: 'orderName',
    header: 'Order',
    size: 96,
    accessorFn: text((o) => o.orderName ?? o.externalId),
  },
  { id: 'orderDate', header: 'Date', size: 106, accessorFn: text((o) => date(o.orderDate)) },
  {
    id: 'creatorName',
    header: 'Creator',
    size: 140,
    accessorFn: text((o) => o.creatorName ?? '—'),
  },
  { id: 'rule', header: 'Rule', size: 150, accessorFn: text(ruleText) },
  {
    id: 'revenueMinor',
    header: 'Revenue',
    size: 100,
    meta: { numeric: true },
    accessorFn: text((o) => money(o.revenueMinor, o.currency)),
  },
  {
    id: 'refunded',
    header: 'Refunded',
    size: 92,
    meta: { numeric: true },
    accessorFn: text((o) => (o.refundedMinor > 0 ? money(o.refundedMinor, o.currency) : '—')),
  },
  { id: 'standing', header: 'Status', size: 124, accessorFn: text((o) => STANDING_LABELS[o.standing]) },
  { id: 'codes', header: 'Codes', size: 150, accessorFn: text((o) => o.codes.join(', ') || '—') },
];

/** What each column on screen is in an export; revenue brings its currency, since the list may mix them. */
const EXPORTED_AS: Record<string, OrderExportColumn[]> = {
  orderName: ['orderName'],
  orderDate: ['orderDate'],
  creatorName: ['creator'],
  rule: ['rule'],
  revenueMinor: ['currency', 'revenue'],
  refunded: ['refunded'],
  standing: ['standing'],
  codes: ['code'],
};

/** The export columns of the columns shown, in screen order. */
export const SHOWN_EXPORT_COLUMNS: OrderExportColumn[] = ORDER_COLUMNS.flatMap((c) => EXPORTED_AS[c.id ?? ''] ?? []);
