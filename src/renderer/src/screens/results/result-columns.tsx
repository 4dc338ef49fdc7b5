import type { ColumnDef, VisibilityState } from '@tanstack/react-table';
import type { ColumnKind } from '../../../../shared/reports';
import {
  type CreatorResult,
  FIGURE_INFO,
  FIGURE_NAMES,
  type FigureKind,
  type FigureName,
  VERDICT_LABELS,
} from '../../../../shared/results';
import { date } from '../../format';
import { VerdictBadge } from './VerdictBadge';

/** How a figure is written to a file: money in minor units, ratios as ratios, the rest as plain numbers. */
const EXPORT_KINDS: Record<FigureKind, ColumnKind> = {
  money: 'money',
  percent: 'percent',
  count: 'number',
  multiple: 'number',
  ratio: 'number',
};

/** The table's figure columns, in reading order; each cell opens what the figure is made of. */
const FIGURE_COLUMNS: readonly FigureName[] = FIGURE_NAMES;

export function isFigureColumn(id: string): id is FigureName {
  return Object.hasOwn(FIGURE_INFO, id);
}

/** Shown until a user chooses otherwise: the figures a pilot is judged on. */
export const DEFAULT_COLUMNS: VisibilityState = {
  handle: false,
  code: false,
  goLiveDate: false,
  costPerOrderMinor: false,
  baselineRevenueMinor: false,
  costPerIncremental: false,
  repeatRate30: false,
  repeatRate60: false,
  heldOrders: false,
};

export const RESULT_COLUMNS: ColumnDef<CreatorResult>[] = [
  {
    id: 'name',
    header: 'Creator',
    accessorFn: (c) => c.name,
    enableHiding: false,
  },
  {
    id: 'verdict',
    header: 'Verdict',
    accessorFn: (c) => c.verdict,
    filterFn: 'equals',
    meta: { export: { kind: 'text', value: (c) => VERDICT_LABELS[c.verdict] } },
    cell: ({ row }) => <VerdictBadge verdict={row.original.verdict} reason={row.original.verdictReason} />,
  },
  {
    id: 'handle',
    header: 'Handle',
    accessorFn: (c) => (c.handle ? `@${c.handle}` : '—'),
    meta: { export: { kind: 'text', value: (c) => (c.handle ? `@${c.handle}` : null) } },
  },
  {
    id: 'code',
    header: 'Code',
    accessorFn: (c) => c.code ?? '—',
    meta: { export: { kind: 'text', value: (c) => c.code } },
    cell: ({ getValue }) => <span className="mono">{String(getValue())}</span>,
  },
  {
    id: 'goLiveDate',
    header: 'Go-live',
    accessorFn: (c) => c.goLiveDate,
    cell: ({ getValue }) => date(String(getValue())),
    meta: { export: { kind: 'date', value: (c) => c.goLiveDate } },
  },
  ...FIGURE_COLUMNS.map(
    (figure): ColumnDef<CreatorResult> => ({
      id: figure,
      header: FIGURE_INFO[figure].short,
      // Undefined figures sort after every number, whichever the direction.
      accessorFn: (c) => c[figure] ?? undefined,
      sortUndefined: 'last',
      sortDescFirst: true,
      meta: { numeric: true, export: { kind: EXPORT_KINDS[FIGURE_INFO[figure].kind], value: (c) => c[figure] } },
    }),
  ),
];

/** The label a column goes by in the column chooser. */
export function columnLabel(id: string): string {
  if (isFigureColumn(id)) return FIGURE_INFO[id].label;
  return (
    { name: 'Creator', verdict: 'Verdict', handle: 'Handle', code: 'Discount code', goLiveDate: 'Go-live date' }[id] ??
    id
  );
}
