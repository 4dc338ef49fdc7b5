/** The fit criteria form's values as typed, and their way to FitCriteria (for live rescoring) and the contract. */

import { basisPointsToPercent, parsePercent } from '../../../../shared/money';
import type { Criterion, FitCriteria, SourcingBoard } from '../../../../shared/sourcing';
import type { FieldErrors } from '../../forms/use-form';

export interface CriteriaValues {
  weights: Record<Criterion, string>;
  followersMin: string;
  followersMax: string;
  /** A percentage as typed ("3" or "3.5%"). */
  engagementMin: string;
  market: string;
  /** Comma-separated. */
  categories: string;
  brands: string;
  shortlistCap: string;
}

/** Where each value's error shows: the core's issue paths. */
export const CRITERIA_PATHS = {
  followersMin: 'criteria.followers.min',
  followersMax: 'criteria.followers.max',
  engagementMin: 'criteria.engagement.minBp',
  market: 'criteria.region.market',
  categories: 'criteria.categories.wanted',
  brands: 'criteria.pastBrands.brands',
  shortlistCap: 'shortlistCap',
} as const;

export const weightPath = (c: Criterion) => `criteria.${c}.weight`;

const whole = (n: number | null) => (n === null ? '' : String(n));

export function criteriaToValues(board: SourcingBoard): CriteriaValues {
  const c = board.criteria;
  return {
    weights: {
      followers: String(c.followers.weight),
      engagement: String(c.engagement.weight),
      region: String(c.region.weight),
      categories: String(c.categories.weight),
      shoppingLinks: String(c.shoppingLinks.weight),
      pastBrands: String(c.pastBrands.weight),
    },
    followersMin: whole(c.followers.min),
    followersMax: whole(c.followers.max),
    engagementMin: c.engagement.minBp === null ? '' : basisPointsToPercent(c.engagement.minBp),
    market: c.region.market ?? '',
    categories: c.categories.wanted.join(', '),
    brands: c.pastBrands.brands.join(', '),
    shortlistCap: String(board.shortlistCap),
  };
}

export function wordList(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((w) => w.trim())
    .filter((w) => w !== '');
}

/** Followers typed as "10k", "10,000" or "1.2M". */
export function parseCount(text: string): number | null | 'bad' {
  const t = text.trim().replace(/[\s,_]/g, '');
  if (t === '') return null;
  const m = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(t);
  if (!m) return 'bad';
  const scale = m[2]?.toLowerCase() === 'k' ? 1_000 : m[2]?.toLowerCase() === 'm' ? 1_000_000 : 1;
  const n = Math.round(Number(m[1]) * scale);
  return Number.isSafeInteger(n) ? n : 'bad';
}

/** The criteria the values stand for, or the fields to fix first. */
export function parseCriteria(v: CriteriaValues): {
  criteria: FitCriteria | null;
  cap: number | null;
  errors: FieldErrors;
} {
  const errors: FieldErrors = {};
  const weight = (c: Criterion): number => {
    const text = v.weights[c].trim();
    const n = Number(text);
    if (text === '' || !Number.isInteger(n) || n < 0 || n > 10) {
      errors[weightPath(c)] = 'Weight must be a whole number from 0 to 10';
      return 0;
    }
    return n;
  };
  const counted = (text: string, path: string, what: string): number | null => {
    const n = parseCount(text);
    if (n === 'bad') {
      errors[path] = `${what} must be a whole number like 10000 or 10k`;
      return null;
    }
    return n;
  };
  const min = counted(v.followersMin, CRITERIA_PATHS.followersMin, 'Minimum followers');
  const max = counted(v.followersMax, CRITERIA_PATHS.followersMax, 'Maximum followers');
  if (min !== null && max !== null && min > max) {
    errors[CRITERIA_PATHS.followersMax] = 'Maximum followers must not be below the minimum';
  }
  let minBp: number | null = null;
  if (v.engagementMin.trim() !== '') {
    const parsed = parsePercent(v.engagementMin);
    if (parsed.ok) minBp = parsed.value;
    else errors[CRITERIA_PATHS.engagementMin] = `Minimum engagement: ${parsed.message}`;
  }
  const capText = v.shortlistCap.trim();
  const cap = capText === '' ? null : Number(capText);
  if (cap !== null && (!Number.isInteger(cap) || cap < 1 || cap > 1000)) {
    errors[CRITERIA_PATHS.shortlistCap] = 'Shortlist cap must be a whole number from 1 to 1000';
  }
  const criteria: FitCriteria = {
    followers: { weight: weight('followers'), min, max },
    engagement: { weight: weight('engagement'), minBp },
    region: { weight: weight('region'), market: v.market.trim() || null },
    categories: { weight: weight('categories'), wanted: wordList(v.categories) },
    shoppingLinks: { weight: weight('shoppingLinks') },
    pastBrands: { weight: weight('pastBrands'), brands: wordList(v.brands) },
  };
  const ok = Object.keys(errors).length === 0;
  return { criteria: ok ? criteria : null, cap: ok ? cap : null, errors };
}
