/** The creator form's values as typed, and their way to and from the contract. */

import type { InputOf } from '../../../shared/api/contract';
import type { BonusMetric, CpaBasis, Handle, Pilot, PilotCreator, Stage } from '../../../shared/entities';
import { basisPointsToPercent, minorToDecimal, parseMoney, parsePercent } from '../../../shared/money';
import type { FieldErrors } from './use-form';

/** One commission tier as typed: from this cumulative revenue, this rate. */
export interface TierValues {
  from: string;
  rate: string;
}

export interface CreatorValues {
  name: string;
  handles: Handle[];
  email: string;
  region: string;
  followers: string;
  stage: Stage;
  stipend: string;
  productUnits: string;
  productUnitCost: string;
  seedingShipping: string;
  fees: string;
  commissionRate: string;
  commissionTiers: TierValues[];
  cpa: string;
  cpaBasis: CpaBasis;
  /** Empty for no bonus. */
  bonusMetric: BonusMetric | '';
  bonusThreshold: string;
  bonusAmount: string;
  baselineRevenue: string;
  payeeRef: string;
  discountCode: string;
  landingUrl: string;
  goLiveDate: string;
}

/** The fields of a member's terms: what they are paid and how (TermsFields shows them). */
export const TERMS_FIELDS = [
  'stipend',
  'productUnits',
  'productUnitCost',
  'seedingShipping',
  'fees',
  'commissionRate',
  'commissionTiers',
  'cpa',
  'cpaBasis',
  'bonusMetric',
  'bonusThreshold',
  'bonusAmount',
  'baselineRevenue',
  'payeeRef',
];

const SIMPLE_FIELDS = [
  'name',
  'email',
  'region',
  'followers',
  'stage',
  ...TERMS_FIELDS,
  'discountCode',
  'landingUrl',
  'goLiveDate',
];

/** A tier row's inputs: "commissionTiers.1.rate". */
export const isTierField = (path: string) => /^commissionTiers\.\d+\.(from|rate)$/.test(path);

const MONEY_FIELDS = ['stipend', 'productUnitCost', 'seedingShipping', 'fees', 'cpa', 'baselineRevenue'] as const;

/** Plain fields, the handle and tier lists as a whole, and each row's inputs ("handles.0.handle", "commissionTiers.1.rate"). */
export function isCreatorField(path: string): boolean {
  return (
    SIMPLE_FIELDS.includes(path) ||
    path === 'handles' ||
    /^handles\.\d+\.(handle|platform)$/.test(path) ||
    isTierField(path)
  );
}

export function emptyCreatorValues(): CreatorValues {
  return {
    name: '',
    handles: [{ platform: 'instagram', handle: '' }],
    email: '',
    region: '',
    followers: '',
    stage: 'contracted',
    stipend: '',
    productUnits: '',
    productUnitCost: '',
    seedingShipping: '',
    fees: '',
    commissionRate: '',
    commissionTiers: [],
    cpa: '',
    cpaBasis: 'net_order',
    bonusMetric: '',
    bonusThreshold: '',
    bonusAmount: '',
    baselineRevenue: '',
    payeeRef: '',
    discountCode: '',
    landingUrl: '',
    goLiveDate: '',
  };
}

export function creatorToValues(c: PilotCreator, currency: string): CreatorValues {
  const money = (minor: number | null) => (minor === null ? '' : minorToDecimal(minor, currency));
  const whole = (n: number | null) => (n === null ? '' : String(n));
  return {
    name: c.name,
    handles: c.handles.length > 0 ? c.handles.map((h) => ({ ...h })) : emptyCreatorValues().handles,
    email: c.email ?? '',
    region: c.region ?? '',
    followers: whole(c.followers),
    stage: c.stage,
    stipend: money(c.stipendMinor),
    productUnits: whole(c.productUnits),
    productUnitCost: money(c.productUnitCostMinor),
    seedingShipping: money(c.seedingShippingMinor),
    fees: money(c.feesMinor),
    commissionRate: c.commissionRateBp === null ? '' : basisPointsToPercent(c.commissionRateBp),
    commissionTiers: c.commissionTiers.map((t) => ({
      from: minorToDecimal(t.fromMinor, currency),
      rate: basisPointsToPercent(t.rateBp),
    })),
    cpa: money(c.cpaMinor),
    cpaBasis: c.cpaBasis,
    bonusMetric: c.bonusMetric ?? '',
    // A revenue threshold is stored in minor units; order and customer thresholds are counts.
    bonusThreshold: c.bonusMetric === 'revenue' ? money(c.bonusThreshold) : whole(c.bonusThreshold),
    bonusAmount: money(c.bonusMinor),
    baselineRevenue: money(c.baselineRevenueMinor),
    payeeRef: c.payeeRef ?? '',
    discountCode: c.discountCode ?? '',
    landingUrl: c.landingUrl ?? '',
    goLiveDate: c.goLiveDate ?? '',
  };
}

const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/**
 * Every field, always: creators.update replaces the whole record, so a term
 * left out here would be wiped by an edit of the name.
 */
export function creatorValuesToFields(v: CreatorValues): Omit<InputOf<'creators.add'>, 'pilotId'> {
  const bonus = v.bonusMetric === '' ? null : v.bonusMetric;
  return {
    name: v.name,
    handles: v.handles.map((h) => ({ platform: h.platform, handle: h.handle })),
    email: orNull(v.email),
    region: orNull(v.region),
    followers: v.followers.trim(),
    stage: v.stage,
    stipend: orNull(v.stipend),
    productUnits: v.productUnits.trim(),
    productUnitCost: orNull(v.productUnitCost),
    seedingShipping: orNull(v.seedingShipping),
    fees: orNull(v.fees),
    commissionRate: orNull(v.commissionRate),
    commissionTiers: v.commissionTiers.map((t) => ({ from: t.from.trim(), rate: t.rate.trim() })),
    cpa: orNull(v.cpa),
    cpaBasis: v.cpaBasis,
    bonusMetric: bonus,
    bonusThreshold: bonus ? orNull(v.bonusThreshold) : null,
    bonusAmount: bonus ? orNull(v.bonusAmount) : null,
    baselineRevenue: orNull(v.baselineRevenue),
    payeeRef: orNull(v.payeeRef),
    discountCode: orNull(v.discountCode),
    landingUrl: orNull(v.landingUrl),
    goLiveDate: orNull(v.goLiveDate),
  };
}

/** Amount problems the core reports only after the rest passes; see localPilotErrors. */
export function localCreatorErrors(v: CreatorValues, pilot: Pilot): FieldErrors {
  const errors: FieldErrors = {};
  const money = (field: string, text: string) => {
    const typed = orNull(text);
    if (typed === null) return;
    const parsed = parseMoney(typed, pilot.currency);
    if (!parsed.ok) errors[field] = parsed.message;
    else if (parsed.value < 0) errors[field] = 'must not be negative';
  };
  const percentage = (field: string, text: string) => {
    const typed = orNull(text);
    if (typed === null) return;
    const parsed = parsePercent(typed);
    if (!parsed.ok) errors[field] = parsed.message;
  };
  for (const field of MONEY_FIELDS) money(field, v[field]);
  percentage('commissionRate', v.commissionRate);
  v.commissionTiers.forEach((t, i) => {
    money(`commissionTiers.${i}.from`, t.from);
    percentage(`commissionTiers.${i}.rate`, t.rate);
  });
  if (v.bonusMetric !== '') {
    money('bonusAmount', v.bonusAmount);
    if (v.bonusMetric === 'revenue') money('bonusThreshold', v.bonusThreshold);
  }
  return errors;
}
