/**
 * Every figure of METRICS.md for one creator, and the pilot's as the sum of
 * its creators (each order is credited to at most one creator, so counts and
 * money add up; ratios are taken again from the sums). Pure: the same input
 * always gives the same output, and no figure is ever NaN or Infinity — an
 * undefined one is null with its reason.
 */

import type { CostBreakdown, FigureName, Figures, RepeatWindow } from '../../../shared/results';
import { perUnit, ratio, sum } from './arithmetic';
import { type BonusOutcome, type BonusTerms, bonusEarned } from './bonus';
import { type CommissionTerms, orderCommissions } from './commission';
import { type NewCustomerDay, type RepeatRate, repeatRate } from './repeat';

export interface CostTerms extends CommissionTerms, BonusTerms {
  stipendMinor: number | null;
  productUnits: number | null;
  productUnitCostMinor: number | null;
  seedingShippingMinor: number | null;
  feesMinor: number | null;
}

/**
 * A creator's attributed, counted orders in the pilot's currency (rejected
 * orders left out) on one day, or one such order: every figure is a sum over
 * these, so a day and its orders give the same figures.
 */
export interface DayTotals extends NewCustomerDay {
  /** Subtotal minus refunds, never below 0; 0 when fully refunded. */
  revenueMinor: number;
  /** Orders not fully refunded. */
  netOrders: number;
  /** New customers whose first order is a net order. */
  netNewCustomers: number;
  /** Flagged for fraud review and not yet decided: commission held. */
  held: number;
}

export interface CreatorInput {
  terms: CostTerms;
  /** In date order. */
  days: readonly DayTotals[];
  /** Clicks recorded; null when none were ever recorded. */
  clicks: number | null;
  /** Null when the baseline cannot be known; `baselineReason` says why. */
  baselineRevenueMinor: number | null;
  baselineReason?: string;
}

export interface CreatorFigures {
  figures: Figures;
  costs: CostBreakdown;
  /** Commission each day earns, aligned with `days`. */
  commissions: number[];
  bonus: BonusOutcome;
  repeat: RepeatRates;
}

/** Repeat rates over 30, 60 and 90 days. */
export type RepeatRates = [RepeatRate, RepeatRate, RepeatRate];

export function creatorFigures(input: CreatorInput, dataEnd: string | null): CreatorFigures {
  const { terms, days } = input;
  const commissions = orderCommissions(terms, days);
  const bonus = bonusEarned(terms, days);
  const costs: CostBreakdown = {
    stipendMinor: terms.stipendMinor ?? 0,
    productMinor: (terms.productUnits ?? 0) * (terms.productUnitCostMinor ?? 0),
    shippingMinor: terms.seedingShippingMinor ?? 0,
    feesMinor: terms.feesMinor ?? 0,
    commissionMinor: sum(commissions, (c) => c),
    bonusMinor: bonus.bonusMinor,
  };
  const repeat: RepeatRates = [
    repeatRate(days, dataEnd, 30),
    repeatRate(days, dataEnd, 60),
    repeatRate(days, dataEnd, 90),
  ];
  const figures = figuresFrom({
    netOrders: sum(days, (d) => d.netOrders),
    revenueMinor: sum(days, (d) => d.revenueMinor),
    clicks: input.clicks,
    newCustomers: sum(days, (d) => d.newCustomers),
    costs,
    baselineRevenueMinor: input.baselineRevenueMinor,
    baselineReason: input.baselineReason,
    heldOrders: sum(days, (d) => d.held),
    repeat,
    dataEnd,
  });
  return { figures, costs, commissions, bonus, repeat };
}

/** The pilot's figures: sums of its creators', ratios taken again from the sums. */
export function pilotFigures(creators: readonly CreatorFigures[], dataEnd: string | null): Figures {
  const f = creators.map((c) => c.figures);
  const anyClicks = f.some((c) => c.clicks !== null);
  const unknownBaseline = f.find((c) => c.baselineRevenueMinor === null);
  const costs: CostBreakdown = {
    stipendMinor: sum(creators, (c) => c.costs.stipendMinor),
    productMinor: sum(creators, (c) => c.costs.productMinor),
    shippingMinor: sum(creators, (c) => c.costs.shippingMinor),
    feesMinor: sum(creators, (c) => c.costs.feesMinor),
    commissionMinor: sum(creators, (c) => c.costs.commissionMinor),
    bonusMinor: sum(creators, (c) => c.costs.bonusMinor),
  };
  const summed = (i: 0 | 1 | 2, days: RepeatWindow): RepeatRate => {
    const eligible = sum(creators, (c) => c.repeat[i].eligible);
    const repeated = sum(creators, (c) => c.repeat[i].repeated);
    const notYetMeasurable = sum(creators, (c) => c.repeat[i].notYetMeasurable);
    return { days, eligible, repeated, notYetMeasurable, rate: ratio(repeated, eligible) };
  };
  const repeat: RepeatRates = [summed(0, 30), summed(1, 60), summed(2, 90)];
  return figuresFrom({
    netOrders: sum(f, (c) => c.netOrders),
    revenueMinor: sum(f, (c) => c.revenueMinor),
    clicks: anyClicks ? sum(f, (c) => c.clicks ?? 0) : null,
    newCustomers: sum(f, (c) => c.newCustomers),
    costs,
    baselineRevenueMinor: unknownBaseline ? null : sum(f, (c) => c.baselineRevenueMinor ?? 0),
    baselineReason: unknownBaseline?.reasons.baselineRevenueMinor,
    heldOrders: sum(f, (c) => c.heldOrders),
    repeat,
    dataEnd,
  });
}

interface Totals {
  netOrders: number;
  revenueMinor: number;
  clicks: number | null;
  newCustomers: number;
  costs: CostBreakdown;
  baselineRevenueMinor: number | null;
  baselineReason: string | undefined;
  heldOrders: number;
  repeat: RepeatRates;
  dataEnd: string | null;
}

function figuresFrom(t: Totals): Figures {
  const reasons: Partial<Record<FigureName, string>> = {};
  const because = <T>(value: T | null, figure: FigureName, reason: string): T | null => {
    if (value === null) reasons[figure] = reason;
    return value;
  };
  const costMinor =
    t.costs.stipendMinor +
    t.costs.productMinor +
    t.costs.shippingMinor +
    t.costs.feesMinor +
    t.costs.commissionMinor +
    t.costs.bonusMinor;
  const noCost = 'no cost recorded';
  const noOrders = 'no net orders yet';
  const clicksReason = t.clicks === null ? 'no clicks recorded' : 'no clicks in the recorded days';
  const baselineReason = t.baselineReason ?? 'no baseline';
  const [r30, r60, r90] = t.repeat;
  const incremental = t.baselineRevenueMinor === null ? null : Math.max(0, t.revenueMinor - t.baselineRevenueMinor);
  return {
    netOrders: t.netOrders,
    revenueMinor: t.revenueMinor,
    aovMinor: because(perUnit(t.revenueMinor, t.netOrders), 'aovMinor', noOrders),
    clicks: because(t.clicks, 'clicks', clicksReason),
    conversion: because(t.clicks === null ? null : ratio(t.netOrders, t.clicks), 'conversion', clicksReason),
    newCustomers: t.newCustomers,
    costMinor,
    cacMinor: because(perUnit(costMinor, t.newCustomers), 'cacMinor', 'no new customers'),
    costPerOrderMinor: because(perUnit(costMinor, t.netOrders), 'costPerOrderMinor', noOrders),
    roas: because(ratio(t.revenueMinor, costMinor), 'roas', noCost),
    baselineRevenueMinor: because(t.baselineRevenueMinor, 'baselineRevenueMinor', baselineReason),
    incrementalRevenueMinor: because(incremental, 'incrementalRevenueMinor', baselineReason),
    iroas: because(
      incremental === null ? null : ratio(incremental, costMinor),
      'iroas',
      incremental === null ? baselineReason : noCost,
    ),
    costPerIncremental: because(
      incremental === null ? null : ratio(costMinor, incremental),
      'costPerIncremental',
      incremental === null ? baselineReason : 'no incremental revenue',
    ),
    commissionMinor: t.costs.commissionMinor,
    bonusMinor: t.costs.bonusMinor,
    repeatRate30: because(r30.rate, 'repeatRate30', repeatReason(r30, t.newCustomers, t.dataEnd)),
    repeatRate60: because(r60.rate, 'repeatRate60', repeatReason(r60, t.newCustomers, t.dataEnd)),
    repeatRate90: because(r90.rate, 'repeatRate90', repeatReason(r90, t.newCustomers, t.dataEnd)),
    notYetMeasurable: { 30: r30.notYetMeasurable, 60: r60.notYetMeasurable, 90: r90.notYetMeasurable },
    heldOrders: t.heldOrders,
    reasons,
  };
}

function repeatReason(r: RepeatRate, newCustomers: number, dataEnd: string | null): string {
  if (newCustomers === 0) return 'no new customers';
  return `${r.notYetMeasurable} new customer${r.notYetMeasurable === 1 ? ' is' : 's are'} too recent: their first order is less than ${r.days} days before the order data ends${dataEnd ? ` (${dataEnd})` : ''}`;
}

/** One order as a day of its own: how the ledger and the explanations read orders one by one. */
export function orderAsDay(o: {
  orderDate: string;
  revenueMinor: number;
  netOrder: boolean;
  newCustomer: boolean;
  nextDays: number | null;
  held: boolean;
}): DayTotals {
  const within = (days: number) => (o.newCustomer && o.nextDays !== null && o.nextDays <= days ? 1 : 0);
  return {
    orderDate: o.orderDate,
    revenueMinor: o.revenueMinor,
    netOrders: o.netOrder ? 1 : 0,
    newCustomers: o.newCustomer ? 1 : 0,
    netNewCustomers: o.newCustomer && o.netOrder ? 1 : 0,
    repeatedWithin: { 30: within(30), 60: within(60), 90: within(90) },
    held: o.held ? 1 : 0,
  };
}
