/** How a profile's figures read in the sourcing table: followers "12.5K", engagement "3.2%", place "Berlin, DE". */

import type { Profile } from '../../../../shared/sourcing';

const compact = new Intl.NumberFormat(navigator.language, { notation: 'compact', maximumFractionDigits: 1 });
const share = new Intl.NumberFormat(navigator.language, { style: 'percent', maximumFractionDigits: 1 });

export function followersText(n: number | null): string {
  return n === null ? '—' : compact.format(n);
}

export function engagementText(bp: number | null): string {
  return bp === null ? '—' : share.format(bp / 10_000);
}

export function placeText(p: Profile): string {
  const parts = [p.city, p.region, p.country].filter((x): x is string => !!x);
  return parts.length > 0 ? parts.join(', ') : '—';
}

export function handlesText(p: Profile): string {
  return p.handles.map((h) => `@${h.handle}`).join(', ');
}

/** Today on this machine's calendar, as an ISO date. */
export function localToday(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
