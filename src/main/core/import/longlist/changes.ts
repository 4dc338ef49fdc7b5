/** What merging a longlist row changes on a profile, in words a person checks ("followers 12,000 → 12,500"). */

import type { Handle } from '../../../../shared/entities';
import type { Profile } from '../../../../shared/sourcing';
import type { ProfileFields } from '../../db/profiles';

const LABELS: Record<keyof ProfileFields, string> = {
  name: 'name',
  email: 'email',
  profileUrl: 'profile link',
  followers: 'followers',
  engagementBp: 'engagement',
  avgViews: 'average views',
  country: 'country',
  region: 'region',
  city: 'city',
  categories: 'categories',
  audienceNotes: 'audience notes',
  pastBrands: 'past brands',
  shoppingLinks: 'shopping links',
};

export function describeChanges(
  before: Profile,
  update: Partial<ProfileFields>,
  newHandles: readonly Handle[],
  joins: { name: string } | null,
): string[] {
  const out: string[] = [];
  for (const key of Object.keys(LABELS) as (keyof ProfileFields)[]) {
    if (!(key in update)) continue;
    out.push(`${LABELS[key]} ${shown(key, before[key])} → ${shown(key, update[key])}`);
  }
  for (const h of newHandles) out.push(`adds @${h.handle} on ${h.platform}`);
  if (joins) out.push(`joins the longlist of ${joins.name}`);
  return out;
}

export function shown(key: keyof ProfileFields, value: unknown): string {
  if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) return '—';
  if (Array.isArray(value)) return value.join(', ');
  if (key === 'shoppingLinks') return value ? 'yes' : 'no';
  if (key === 'engagementBp')
    return `${((value as number) / 100).toLocaleString('en-US', { maximumFractionDigits: 2 })}%`;
  if (typeof value === 'number') return value.toLocaleString('en-US');
  const text = String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
