/** What the contract's enum values are called on screen. */

import type { Objective, PilotStatus, Stage } from '../../shared/entities';
import type { DateOrder, DecimalMark, ImportKind } from '../../shared/imports';
import type { AttributionRule } from '../../shared/orders';

export const OBJECTIVE_LABELS: Record<Objective, string> = {
  sales: 'Sales',
  store_visits: 'Store visits',
  sign_ups: 'Sign-ups',
};

// Also written into the client report's Method sheet, so they live with the entities.
export { ATTRIBUTION_LABELS, BASELINE_LABELS } from '../../shared/entities';

export const STATUS_LABELS: Record<PilotStatus, string> = {
  planning: 'Planning',
  live: 'Live',
  measuring: 'Measuring',
  closed: 'Closed',
};

export const STAGE_LABELS: Record<Stage, string> = {
  longlist: 'Longlist',
  shortlist: 'Shortlist',
  contacted: 'Contacted',
  negotiating: 'Negotiating',
  contracted: 'Contracted',
  live: 'Live',
  completed: 'Completed',
  declined: 'Declined',
};

export { PLATFORM_LABELS } from '../../shared/entities';

export const DATE_ORDER_LABELS: Record<DateOrder, string> = {
  ymd: 'Year, month, day (2026-03-01)',
  mdy: 'Month, day, year (03/01/2026)',
  dmy: 'Day, month, year (01/03/2026)',
};

export const DECIMAL_MARK_LABELS: Record<DecimalMark, string> = {
  '.': 'Point (1,234.50)',
  ',': 'Comma (1.234,50)',
};

export const RULE_LABELS: Record<AttributionRule, string> = {
  code: 'Discount code',
  link: 'Tracked link',
};

export const IMPORT_KIND_LABELS: Record<ImportKind, string> = {
  orders: 'Orders from a shop export',
  clicks: 'Clicks from link analytics',
  tracking: 'A pilot tracking sheet (moving in)',
  longlist: 'A longlist of creator profiles',
  posts: 'Posts with their numbers',
};

/** Offered in the currency field; any ISO 4217 code may be typed. */
export const COMMON_CURRENCIES = [
  'USD',
  'EUR',
  'GBP',
  'CAD',
  'AUD',
  'CHF',
  'SEK',
  'NOK',
  'DKK',
  'PLN',
  'JPY',
  'BRL',
  'MXN',
  'INR',
];

export function options<K extends string>(labels: Record<K, string>): { value: K; label: string }[] {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
}
