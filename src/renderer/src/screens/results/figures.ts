/** How each results figure is named and written on screen: money in the pilot's currency, ratios as % or "2.4x". */

import type { FigureName, Verdict } from '../../../../shared/results';
import { count, money } from '../../format';

type FigureKind = 'money' | 'count' | 'percent' | 'multiple';

interface FigureInfo {
  label: string;
  /** A short column header. */
  short: string;
  kind: FigureKind;
}

export const FIGURES: Record<FigureName, FigureInfo> = {
  netOrders: { label: 'Net orders', short: 'Net orders', kind: 'count' },
  revenueMinor: { label: 'Revenue', short: 'Revenue', kind: 'money' },
  aovMinor: { label: 'Average order value', short: 'AOV', kind: 'money' },
  clicks: { label: 'Clicks', short: 'Clicks', kind: 'count' },
  conversion: { label: 'Conversion', short: 'Conversion', kind: 'percent' },
  newCustomers: { label: 'New customers', short: 'New customers', kind: 'count' },
  costMinor: { label: 'Cost', short: 'Cost', kind: 'money' },
  cacMinor: { label: 'CAC', short: 'CAC', kind: 'money' },
  costPerOrderMinor: { label: 'Cost per order', short: 'Cost / order', kind: 'money' },
  roas: { label: 'ROAS', short: 'ROAS', kind: 'multiple' },
  baselineRevenueMinor: { label: 'Baseline revenue', short: 'Baseline', kind: 'money' },
  incrementalRevenueMinor: { label: 'Incremental revenue', short: 'Incremental', kind: 'money' },
  iroas: { label: 'iROAS', short: 'iROAS', kind: 'multiple' },
  costPerIncremental: { label: 'Cost per unit of incremental revenue', short: 'Cost / incr.', kind: 'multiple' },
  commissionMinor: { label: 'Commission earned', short: 'Commission', kind: 'money' },
  bonusMinor: { label: 'Bonus earned', short: 'Bonus', kind: 'money' },
  repeatRate30: { label: 'Repeat rate, 30 days', short: 'Repeat 30d', kind: 'percent' },
  repeatRate60: { label: 'Repeat rate, 60 days', short: 'Repeat 60d', kind: 'percent' },
  repeatRate90: { label: 'Repeat rate, 90 days', short: 'Repeat 90d', kind: 'percent' },
  heldOrders: { label: 'Orders held for review', short: 'Held', kind: 'count' },
};

const locale = (): string => navigator.language;

/** A ratio (0.0312) as a percentage ("3.12%"). */
export function ratioPercent(value: number): string {
  return new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 2 }).format(value);
}

/** A return on spend (2.4) as a multiple ("2.4x"). */
export function multiple(value: number): string {
  return `${new Intl.NumberFormat(locale(), { maximumFractionDigits: 2 }).format(value)}x`;
}

/** The figure's value as shown; "—" when it is undefined (its reason is shown beside it). */
export function formatFigure(figure: FigureName, value: number | null, currency: string): string {
  if (value === null) return '—';
  switch (FIGURES[figure].kind) {
    case 'money':
      return money(value, currency);
    case 'percent':
      return ratioPercent(value);
    case 'multiple':
      return multiple(value);
    case 'count':
      return count(value);
  }
}

export const VERDICT_LABELS: Record<Verdict, string> = {
  met: 'Met',
  missed: 'Missed',
  not_enough_data: 'Not enough data',
  no_target: 'No target',
};

/** A mark beside the word, so the verdict never rests on colour alone. */
export const VERDICT_MARKS: Record<Verdict, string> = {
  met: '✓',
  missed: '✗',
  not_enough_data: '…',
  no_target: '–',
};
