/** The pilot form's values as typed, and their way to and from the contract. */

import type { InputOf } from '../../../shared/api/contract';
import type { AttributionMethod, BaselineMethod, Objective, Pilot, PilotStatus } from '../../../shared/entities';
import { basisPointsToPercent, isCurrencyCode, minorToDecimal, parseMoney, parsePercent } from '../../../shared/money';
import type { FieldErrors } from './use-form';

export interface PilotValues {
  name: string;
  brand: string;
  market: string;
  currency: string;
  startDate: string;
  endDate: string;
  objective: Objective;
  targetCac: string;
  targetAov: string;
  targetConversion: string;
  targetRepeatRate: string;
  minSample: string;
  attributionMethod: AttributionMethod;
  attributionWindowDays: string;
  returnWindowDays: string;
  baselineMethod: BaselineMethod;
  budget: string;
  creatorCap: string;
  glCode: string;
  status: PilotStatus;
}

export const PILOT_FIELDS = [
  'name',
  'brand',
  'market',
  'currency',
  'startDate',
  'endDate',
  'objective',
  'targetCac',
  'targetAov',
  'targetConversion',
  'targetRepeatRate',
  'minSample',
  'attributionMethod',
  'attributionWindowDays',
  'returnWindowDays',
  'baselineMethod',
  'budget',
  'creatorCap',
  'glCode',
  'status',
] as const satisfies readonly (keyof PilotValues)[];

const MONEY_FIELDS = ['targetCac', 'targetAov', 'budget', 'creatorCap'] as const;
const PERCENT_FIELDS = ['targetConversion', 'targetRepeatRate'] as const;

export function isPilotField(path: string): boolean {
  return (PILOT_FIELDS as readonly string[]).includes(path);
}

export function emptyPilotValues(currency: string): PilotValues {
  return {
    name: '',
    brand: '',
    market: '',
    currency,
    startDate: '',
    endDate: '',
    objective: 'sales',
    targetCac: '',
    targetAov: '',
    targetConversion: '',
    targetRepeatRate: '',
    minSample: '10',
    attributionMethod: 'code',
    attributionWindowDays: '30',
    returnWindowDays: '30',
    baselineMethod: 'none',
    budget: '',
    creatorCap: '',
    glCode: '',
    status: 'planning',
  };
}

export function pilotToValues(p: Pilot): PilotValues {
  const money = (minor: number | null) => (minor === null ? '' : minorToDecimal(minor, p.currency));
  const pct = (bp: number | null) => (bp === null ? '' : basisPointsToPercent(bp));
  return {
    name: p.name,
    brand: p.brandName ?? '',
    market: p.market ?? '',
    currency: p.currency,
    startDate: p.startDate,
    endDate: p.endDate,
    objective: p.objective,
    targetCac: money(p.targetCacMinor),
    targetAov: money(p.targetAovMinor),
    targetConversion: pct(p.targetConversionBp),
    targetRepeatRate: pct(p.targetRepeatRateBp),
    minSample: String(p.minSample),
    attributionMethod: p.attributionMethod,
    attributionWindowDays: String(p.attributionWindowDays),
    returnWindowDays: String(p.returnWindowDays),
    baselineMethod: p.baselineMethod,
    budget: money(p.budgetMinor),
    creatorCap: money(p.creatorCapMinor),
    glCode: p.glCode ?? '',
    status: p.status,
  };
}

const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/** Amounts go as the decimal text typed; the core reads them in the pilot's currency. */
export function valuesToInput(v: PilotValues): InputOf<'pilots.create'> {
  return {
    name: v.name,
    brand: orNull(v.brand),
    market: orNull(v.market),
    currency: v.currency.trim().toUpperCase(),
    startDate: v.startDate,
    endDate: v.endDate,
    objective: v.objective,
    targetCac: orNull(v.targetCac),
    targetAov: orNull(v.targetAov),
    targetConversion: orNull(v.targetConversion),
    targetRepeatRate: orNull(v.targetRepeatRate),
    minSample: v.minSample.trim(),
    attributionMethod: v.attributionMethod,
    attributionWindowDays: v.attributionWindowDays.trim(),
    returnWindowDays: v.returnWindowDays.trim(),
    baselineMethod: v.baselineMethod,
    budget: orNull(v.budget),
    creatorCap: orNull(v.creatorCap),
    glCode: orNull(v.glCode),
    status: v.status,
  };
}

/**
 * The core checks amounts only once the rest of the input is valid; reading
 * them here too (with the same shared parser) lets a person see every problem
 * after one submit instead of one round at a time.
 */
export function localPilotErrors(v: PilotValues): FieldErrors {
  const errors: FieldErrors = {};
  const currency = v.currency.trim().toUpperCase();
  if (isCurrencyCode(currency)) {
    for (const field of MONEY_FIELDS) {
      const text = orNull(v[field]);
      if (text === null) continue;
      const parsed = parseMoney(text, currency);
      if (!parsed.ok) errors[field] = parsed.message;
      else if (parsed.value < 0) errors[field] = 'must not be negative';
    }
  }
  for (const field of PERCENT_FIELDS) {
    const text = orNull(v[field]);
    if (text === null) continue;
    const parsed = parsePercent(text);
    if (!parsed.ok) errors[field] = parsed.message;
  }
  return errors;
}
