/**
 * How the report writes each results figure: its column header, its cell kind,
 * and whether it comes from costs (left out for a client that must not see
 * creator fees). Null figures are written "—" and their reason goes in the notes.
 */

import type { FigureName } from '../../../shared/results';
import type { Cell } from '../export/table';
import { MULTIPLE_FORMAT } from '../export/xlsx';

type FigureKind = 'money' | 'count' | 'percent' | 'multiple' | 'ratio';

interface FigureSpec {
  label: string;
  kind: FigureKind;
  /** Derived from cost, commission, bonus or fees. */
  cost: boolean;
}

export const REPORT_FIGURES: Record<FigureName, FigureSpec> = {
  netOrders: { label: 'Net orders', kind: 'count', cost: false },
  revenueMinor: { label: 'Revenue', kind: 'money', cost: false },
  aovMinor: { label: 'AOV', kind: 'money', cost: false },
  clicks: { label: 'Clicks', kind: 'count', cost: false },
  conversion: { label: 'Conversion', kind: 'percent', cost: false },
  newCustomers: { label: 'New customers', kind: 'count', cost: false },
  costMinor: { label: 'Cost', kind: 'money', cost: true },
  commissionMinor: { label: 'Commission', kind: 'money', cost: true },
  bonusMinor: { label: 'Bonus', kind: 'money', cost: true },
  cacMinor: { label: 'CAC', kind: 'money', cost: true },
  costPerOrderMinor: { label: 'Cost per order', kind: 'money', cost: true },
  roas: { label: 'ROAS', kind: 'multiple', cost: true },
  baselineRevenueMinor: { label: 'Baseline revenue', kind: 'money', cost: false },
  incrementalRevenueMinor: { label: 'Incremental revenue', kind: 'money', cost: false },
  iroas: { label: 'iROAS', kind: 'multiple', cost: true },
  costPerIncremental: { label: 'Cost per incremental revenue', kind: 'ratio', cost: true },
  repeatRate30: { label: 'Repeat rate 30 days', kind: 'percent', cost: false },
  repeatRate60: { label: 'Repeat rate 60 days', kind: 'percent', cost: false },
  repeatRate90: { label: 'Repeat rate 90 days', kind: 'percent', cost: false },
  heldOrders: { label: 'Held for review', kind: 'count', cost: false },
};

/** What a null figure shows: the reason sits in the row's notes. */
export const NO_VALUE = '—';

/** A figure's cell. Multiples ("2.50x") and ratios keep a number format of their own. */
export function figureCell(name: FigureName, value: number | null, currency: string): Cell {
  if (value === null) return NO_VALUE;
  const kind = REPORT_FIGURES[name].kind;
  if (kind === 'money') return { minor: value, currency };
  if (kind === 'percent') return { ratio: value };
  if (kind === 'multiple') return { value, format: MULTIPLE_FORMAT };
  if (kind === 'ratio') return { value, format: '0.00' };
  return value;
}

/** The figures a report shows, in the results screen's order, cost figures left out when asked. */
export function reportFigures(names: readonly FigureName[], includeCosts: boolean): FigureName[] {
  return names.filter((name) => includeCosts || !REPORT_FIGURES[name].cost);
}
