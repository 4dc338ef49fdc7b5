/**
 * A creator's money terms in a pilot: typed text in, stored columns out, and
 * back. Amounts are read in the pilot's currency; tiers must climb.
 */

import type { ParsedInput } from '../../../shared/api/contract';
import type { BonusMetric, CommissionTier, CpaBasis, PilotCreator } from '../../../shared/entities';
import { AmountReader } from '../amounts';

type TermFields = Omit<ParsedInput<'creators.add'>, 'pilotId'>;

export interface TermRow {
  stipend_minor: number | null;
  product_units: number | null;
  product_unit_cost_minor: number | null;
  commission_rate_bp: number | null;
  cpa_minor: number | null;
  cpa_basis: CpaBasis;
  commission_tiers: string | null;
  seeding_shipping_minor: number | null;
  fees_minor: number | null;
  bonus_metric: BonusMetric | null;
  bonus_threshold: number | null;
  bonus_minor: number | null;
  baseline_revenue_minor: number | null;
  payee_ref: string | null;
}

type Terms = Pick<
  PilotCreator,
  | 'stipendMinor'
  | 'productUnits'
  | 'productUnitCostMinor'
  | 'commissionRateBp'
  | 'cpaMinor'
  | 'cpaBasis'
  | 'commissionTiers'
  | 'seedingShippingMinor'
  | 'feesMinor'
  | 'bonusMetric'
  | 'bonusThreshold'
  | 'bonusMinor'
  | 'baselineRevenueMinor'
  | 'payeeRef'
>;

/** The stored columns of the terms a person typed; throws one error naming every field at fault. */
export function termColumnsFrom(currency: string, f: TermFields): TermRow {
  const read = new AmountReader(currency);
  const tiers: CommissionTier[] = [];
  f.commissionTiers.forEach((t, i) => {
    const fromMinor = read.money(`commissionTiers.${i}.from`, t.from);
    const rateBp = read.percent(`commissionTiers.${i}.rate`, t.rate);
    if (fromMinor === null || rateBp === null) return;
    const previous = tiers.at(-1);
    if (previous && fromMinor <= previous.fromMinor) {
      read.reject(`commissionTiers.${i}.from`, 'must be above the tier before it');
    }
    tiers.push({ fromMinor, rateBp });
  });
  const bonusThreshold = readThreshold(read, f.bonusMetric, f.bonusThreshold);
  const bonusMinor = read.money('bonusAmount', f.bonusAmount);
  if (f.bonusMetric && (bonusThreshold === null || bonusMinor === null)) {
    if (bonusThreshold === null) read.reject('bonusThreshold', 'A bonus needs the threshold that earns it');
    if (bonusMinor === null) read.reject('bonusAmount', 'A bonus needs its amount');
  }
  const row: TermRow = {
    stipend_minor: read.money('stipend', f.stipend),
    product_units: f.productUnits,
    product_unit_cost_minor: read.money('productUnitCost', f.productUnitCost),
    commission_rate_bp: read.percent('commissionRate', f.commissionRate),
    cpa_minor: read.money('cpa', f.cpa),
    cpa_basis: f.cpaBasis,
    commission_tiers: tiers.length > 0 ? JSON.stringify(tiers) : null,
    seeding_shipping_minor: read.money('seedingShipping', f.seedingShipping),
    fees_minor: read.money('fees', f.fees),
    bonus_metric: f.bonusMetric,
    bonus_threshold: f.bonusMetric ? bonusThreshold : null,
    bonus_minor: f.bonusMetric ? bonusMinor : null,
    baseline_revenue_minor: read.money('baselineRevenue', f.baselineRevenue),
    payee_ref: f.payeeRef,
  };
  read.done();
  return row;
}

/** Revenue thresholds are amounts; order and customer thresholds are whole counts. */
function readThreshold(read: AmountReader, metric: BonusMetric | null, text: string | null): number | null {
  if (text === null) return null;
  if (metric === 'revenue' || metric === null) return read.money('bonusThreshold', text);
  if (!/^\d{1,9}$/.test(text)) return read.reject('bonusThreshold', 'must be a whole number of orders or customers');
  return Number(text);
}

export function termsOf(r: TermRow): Terms {
  return {
    stipendMinor: r.stipend_minor,
    productUnits: r.product_units,
    productUnitCostMinor: r.product_unit_cost_minor,
    commissionRateBp: r.commission_rate_bp,
    cpaMinor: r.cpa_minor,
    cpaBasis: r.cpa_basis,
    commissionTiers: r.commission_tiers ? (JSON.parse(r.commission_tiers) as CommissionTier[]) : [],
    seedingShippingMinor: r.seeding_shipping_minor,
    feesMinor: r.fees_minor,
    bonusMetric: r.bonus_metric,
    bonusThreshold: r.bonus_threshold,
    bonusMinor: r.bonus_minor,
    baselineRevenueMinor: r.baseline_revenue_minor,
    payeeRef: r.payee_ref,
  };
}
