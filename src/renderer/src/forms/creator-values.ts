/** The creator form's values as typed, and their way to and from the contract. */

import type { InputOf } from '../../../shared/api/contract';
import type { Handle, Pilot, PilotCreator, Stage } from '../../../shared/entities';
import { basisPointsToPercent, minorToDecimal, parseMoney, parsePercent } from '../../../shared/money';
import type { FieldErrors } from './use-form';

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
  commissionRate: string;
  cpa: string;
  discountCode: string;
  landingUrl: string;
  goLiveDate: string;
}

const SIMPLE_FIELDS = [
  'name',
  'email',
  'region',
  'followers',
  'stage',
  'stipend',
  'productUnits',
  'productUnitCost',
  'commissionRate',
  'cpa',
  'discountCode',
  'landingUrl',
  'goLiveDate',
];

const MONEY_FIELDS = ['stipend', 'productUnitCost', 'cpa'] as const;

/** Plain fields, the handle list as a whole ("handles") and each handle's inputs ("handles.0.handle"). */
export function isCreatorField(path: string): boolean {
  return SIMPLE_FIELDS.includes(path) || path === 'handles' || /^handles\.\d+\.(handle|platform)$/.test(path);
}

export function emptyCreatorValues(): CreatorValues {
  return {
    name: '',
    handles: [{ platform: 'instagram', handle: '' }],
    email: '',
    region: '',
    followers: '',
    stage: 'shortlist',
    stipend: '',
    productUnits: '',
    productUnitCost: '',
    commissionRate: '',
    cpa: '',
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
    commissionRate: c.commissionRateBp === null ? '' : basisPointsToPercent(c.commissionRateBp),
    cpa: money(c.cpaMinor),
    discountCode: c.discountCode ?? '',
    landingUrl: c.landingUrl ?? '',
    goLiveDate: c.goLiveDate ?? '',
  };
}

const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

export function creatorValuesToFields(v: CreatorValues): Omit<InputOf<'creators.add'>, 'pilotId'> {
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
    commissionRate: orNull(v.commissionRate),
    cpa: orNull(v.cpa),
    discountCode: orNull(v.discountCode),
    landingUrl: orNull(v.landingUrl),
    goLiveDate: orNull(v.goLiveDate),
  };
}

/** Amount problems the core reports only after the rest passes; see localPilotErrors. */
export function localCreatorErrors(v: CreatorValues, pilot: Pilot): FieldErrors {
  const errors: FieldErrors = {};
  for (const field of MONEY_FIELDS) {
    const text = orNull(v[field]);
    if (text === null) continue;
    const parsed = parseMoney(text, pilot.currency);
    if (!parsed.ok) errors[field] = parsed.message;
    else if (parsed.value < 0) errors[field] = 'must not be negative';
  }
  const rate = orNull(v.commissionRate);
  if (rate !== null) {
    const parsed = parsePercent(rate);
    if (!parsed.ok) errors.commissionRate = parsed.message;
  }
  return errors;
}
