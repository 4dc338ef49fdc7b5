/** Display formatting in the user's own locale. Values stay exact; only their text is localised. */

import { formatDate } from '../../shared/dates';
import { type CurrencyCode, formatMoney } from '../../shared/money';

const locale = (): string => navigator.language;

export function money(minor: number | null, currency: CurrencyCode): string {
  if (minor === null) return '—';
  try {
    return formatMoney(minor, currency, locale());
  } catch {
    // A code the browser does not know (from an imported file): show the minor units as they are.
    return `${minor} ${currency} (minor units)`;
  }
}

export function date(iso: string): string {
  return formatDate(iso, locale());
}

export function dateRange(from: string, to: string): string {
  return `${date(from)} – ${date(to)}`;
}

export function count(value: number | null): string {
  return value === null ? '—' : new Intl.NumberFormat(locale()).format(value);
}

/** Basis points as a locale percentage ("12.5%", "12,5 %"); display only, stored values stay integers. */
export function percent(bp: number | null): string {
  return bp === null
    ? '—'
    : new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 2 }).format(bp / 10_000);
}

export function bytes(value: number): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let n = value;
  let unit = 0;
  while (n >= 1024 && unit < units.length - 1) {
    n /= 1024;
    unit++;
  }
  return new Intl.NumberFormat(locale(), {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(n);
}

/** A moment ("Mar 1, 2026, 2:05 PM") in the user's locale and time zone. */
export function dateTime(iso: string): string {
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
