/**
 * A pilot's results as METRICS.md defines them: the summary, one row per
 * creator, and for any figure the orders and costs behind it. Money is integer
 * minor units in the pilot's currency. Ratios are plain numbers rounded half to
 * even (conversion 0.0312 = 3.12 %; ROAS 2.5 = 2.5x). A figure that cannot be
 * computed is null, and `reasons` names why in words a user can act on.
 */

import type { OrderRow } from './orders';

/** Against the pilot's targets: met, missed, too few orders to say, or no target set. */
export const VERDICTS = ['met', 'missed', 'not_enough_data', 'no_target'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** The repeat-rate windows, in days (METRICS.md "Repeat rate"). */
export const REPEAT_WINDOWS = [30, 60, 90] as const;
export type RepeatWindow = (typeof REPEAT_WINDOWS)[number];

/** The figures a creator and the pilot share (the pilot's are the creators' sums). */
export interface Figures {
  netOrders: number;
  revenueMinor: number;
  aovMinor: number | null;
  clicks: number | null;
  conversion: number | null;
  newCustomers: number;
  costMinor: number;
  cacMinor: number | null;
  costPerOrderMinor: number | null;
  roas: number | null;
  /** Null when the pilot's baseline method cannot give one yet (e.g. holdout without a lift test). */
  baselineRevenueMinor: number | null;
  incrementalRevenueMinor: number | null;
  iroas: number | null;
  /** Cost / incremental revenue: a ratio (0.23 = 23 cents of cost per unit of incremental revenue). */
  costPerIncremental: number | null;
  commissionMinor: number;
  bonusMinor: number;
  repeatRate30: number | null;
  repeatRate60: number | null;
  repeatRate90: number | null;
  /** New customers whose first order is too recent to judge, per repeat window. */
  notYetMeasurable: { 30: number; 60: number; 90: number };
  /** Orders held for fraud review (their commission is not payable). */
  heldOrders: number;
  /** Why a null figure is null, by field name. */
  reasons: Partial<Record<FigureName, string>>;
}

export type FigureName = Exclude<keyof Figures, 'reasons' | 'notYetMeasurable'>;

/** Every figure a creator and the pilot have, in reading order (the results table's columns follow it). */
export const FIGURE_NAMES = [
  'netOrders',
  'revenueMinor',
  'aovMinor',
  'clicks',
  'conversion',
  'newCustomers',
  'costMinor',
  'commissionMinor',
  'bonusMinor',
  'cacMinor',
  'costPerOrderMinor',
  'roas',
  'baselineRevenueMinor',
  'incrementalRevenueMinor',
  'iroas',
  'costPerIncremental',
  'repeatRate30',
  'repeatRate60',
  'repeatRate90',
  'heldOrders',
] as const satisfies readonly FigureName[];

/** How a figure is written: money (minor units), a count, a percent (a ratio), a multiple (2.5x), or a plain ratio. */
export type FigureKind = 'money' | 'count' | 'percent' | 'multiple' | 'ratio';

export interface FigureInfo {
  /** Its name in full, on cards and in explanations. */
  label: string;
  /** A short column header on screen. */
  short: string;
  /** Its column header in an exported file, where no tooltip explains it. */
  header: string;
  kind: FigureKind;
  /** Derived from what creators are paid: left out of a report for a client that must not see it. */
  cost: boolean;
}

/** Every figure's names and kind, for the screen, the report and the exports alike. */
export const FIGURE_INFO: Record<FigureName, FigureInfo> = {
  netOrders: { label: 'Net orders', short: 'Net orders', header: 'Net orders', kind: 'count', cost: false },
  revenueMinor: { label: 'Revenue', short: 'Revenue', header: 'Revenue', kind: 'money', cost: false },
  aovMinor: { label: 'Average order value', short: 'AOV', header: 'AOV', kind: 'money', cost: false },
  clicks: { label: 'Clicks', short: 'Clicks', header: 'Clicks', kind: 'count', cost: false },
  conversion: { label: 'Conversion', short: 'Conversion', header: 'Conversion', kind: 'percent', cost: false },
  newCustomers: {
    label: 'New customers',
    short: 'New customers',
    header: 'New customers',
    kind: 'count',
    cost: false,
  },
  costMinor: { label: 'Cost', short: 'Cost', header: 'Cost', kind: 'money', cost: true },
  commissionMinor: {
    label: 'Commission earned',
    short: 'Commission',
    header: 'Commission',
    kind: 'money',
    cost: true,
  },
  bonusMinor: { label: 'Bonus earned', short: 'Bonus', header: 'Bonus', kind: 'money', cost: true },
  cacMinor: { label: 'CAC', short: 'CAC', header: 'CAC', kind: 'money', cost: true },
  costPerOrderMinor: {
    label: 'Cost per order',
    short: 'Cost / order',
    header: 'Cost per order',
    kind: 'money',
    cost: true,
  },
  roas: { label: 'ROAS', short: 'ROAS', header: 'ROAS', kind: 'multiple', cost: true },
  baselineRevenueMinor: {
    label: 'Baseline revenue',
    short: 'Baseline',
    header: 'Baseline revenue',
    kind: 'money',
    cost: false,
  },
  incrementalRevenueMinor: {
    label: 'Incremental revenue',
    short: 'Incremental',
    header: 'Incremental revenue',
    kind: 'money',
    cost: false,
  },
  iroas: { label: 'iROAS', short: 'iROAS', header: 'iROAS', kind: 'multiple', cost: true },
  costPerIncremental: {
    label: 'Cost per unit of incremental revenue',
    short: 'Cost / incr.',
    header: 'Cost per incremental revenue',
    kind: 'ratio',
    cost: true,
  },
  repeatRate30: {
    label: 'Repeat rate, 30 days',
    short: 'Repeat 30d',
    header: 'Repeat rate 30 days',
    kind: 'percent',
    cost: false,
  },
  repeatRate60: {
    label: 'Repeat rate, 60 days',
    short: 'Repeat 60d',
    header: 'Repeat rate 60 days',
    kind: 'percent',
    cost: false,
  },
  repeatRate90: {
    label: 'Repeat rate, 90 days',
    short: 'Repeat 90d',
    header: 'Repeat rate 90 days',
    kind: 'percent',
    cost: false,
  },
  heldOrders: {
    label: 'Orders held for review',
    short: 'Held',
    header: 'Held for review',
    kind: 'count',
    cost: false,
  },
};

export const VERDICT_LABELS: Record<Verdict, string> = {
  met: 'Met',
  missed: 'Missed',
  not_enough_data: 'Not enough data',
  no_target: 'No target set',
};

export interface CostBreakdown {
  stipendMinor: number;
  productMinor: number;
  shippingMinor: number;
  feesMinor: number;
  commissionMinor: number;
  bonusMinor: number;
}

export interface CreatorResult extends Figures {
  /** The pilot membership (pilot creator id). */
  id: number;
  creatorId: number;
  name: string;
  handle: string | null;
  code: string | null;
  goLiveDate: string;
  costs: CostBreakdown;
  /** Met when CAC <= target and net orders >= the minimum sample (METRICS.md "Target check"). */
  verdict: Verdict;
  verdictReason: string;
}

/** One summary card: a figure against the pilot's target for it, if there is one. */
export interface TargetCheck {
  figure: 'cacMinor' | 'aovMinor' | 'conversion' | 'repeatRate90' | 'netOrders';
  target: number | null;
  actual: number | null;
  verdict: Verdict;
  reason: string;
}

export interface OtherCurrencyTotal {
  currency: string;
  orders: number;
  revenueMinor: number;
}

export interface PilotSummary extends Figures {
  id: number;
  name: string;
  currency: string;
  startDate: string;
  endDate: string;
  /** The last day an order counts: end + attribution window. */
  windowEnd: string;
  targets: TargetCheck[];
  /** The first and last order dates of the brand's order data ("new" is only as good as this history). */
  dataFrom: string | null;
  dataTo: string | null;
  /** Orders credited in the pilot but in another currency: reported apart, never added. */
  otherCurrencies: OtherCurrencyTotal[];
}

/** Orders and revenue per creator per day, for the chart. */
export interface SeriesPoint {
  creatorId: number;
  day: string;
  netOrders: number;
  revenueMinor: number;
}

export interface PilotResults {
  pilot: PilotSummary;
  creators: CreatorResult[];
  series: SeriesPoint[];
}

export const EXPLAIN_ORDER_LIMIT = 5000;

/** What a figure is made of: the formula in words, its inputs, and the orders and costs behind it. */
export interface FigureExplanation {
  figure: FigureName;
  creatorId: number | null;
  formula: string;
  value: number | null;
  reason: string | null;
  inputs: { label: string; value: number | null; money: boolean }[];
  /** How many orders are behind the figure; `orders` lists the first EXPLAIN_ORDER_LIMIT of them. */
  orderCount: number;
  /** The orders behind the figure, each with what it adds. */
  orders: (OrderRow & { contributionMinor: number; newCustomer: boolean; note: string })[];
  costs: { label: string; amountMinor: number; creatorName: string | null }[];
}

const REPEAT_FIGURES: Partial<Record<FigureName, RepeatWindow>> = {
  repeatRate30: 30,
  repeatRate60: 60,
  repeatRate90: 90,
};

/** The window of a repeat-rate figure; undefined for any other figure. */
export function repeatWindowOf(figure: FigureName): RepeatWindow | undefined {
  return REPEAT_FIGURES[figure];
}
