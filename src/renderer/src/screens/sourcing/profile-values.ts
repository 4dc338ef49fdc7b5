/** The profile form's values as typed, and their way to profiles.save. */

import type { InputOf } from '../../../../shared/api/contract';
import type { Handle } from '../../../../shared/entities';
import { basisPointsToPercent } from '../../../../shared/money';
import type { Profile } from '../../../../shared/sourcing';
import { wordList } from './criteria-values';

export interface ProfileValues {
  name: string;
  handles: Handle[];
  email: string;
  profileUrl: string;
  followers: string;
  engagementRate: string;
  avgViews: string;
  country: string;
  region: string;
  city: string;
  categories: string;
  audienceNotes: string;
  pastBrands: string;
  shoppingLinks: 'yes' | 'no' | 'unknown';
}

/**
 * The form's plain fields, an error on which shows beside it rather than in the banner. Keyed by the
 * contract's input, so a field added to profiles.save fails the type check until it is listed here.
 */
const FIELDS: Record<Exclude<keyof InputOf<'profiles.save'>, 'creatorId' | 'pilotId' | 'handles'>, true> = {
  name: true,
  email: true,
  profileUrl: true,
  followers: true,
  engagementRate: true,
  avgViews: true,
  country: true,
  region: true,
  city: true,
  categories: true,
  audienceNotes: true,
  pastBrands: true,
  shoppingLinks: true,
};

export function isProfileField(path: string): boolean {
  return (
    Object.hasOwn(FIELDS, path) ||
    path === 'handles' ||
    /^handles\.\d+\.(handle|platform)$/.test(path) ||
    /^(categories|pastBrands)\.\d+$/.test(path)
  );
}

/** A list item's error ("categories.3") shows under its list. */
export function fieldOf(path: string): string {
  const m = /^(categories|pastBrands)\.\d+$/.exec(path);
  return m?.[1] ?? path;
}

export function emptyProfileValues(): ProfileValues {
  return {
    name: '',
    handles: [{ platform: 'instagram', handle: '' }],
    email: '',
    profileUrl: '',
    followers: '',
    engagementRate: '',
    avgViews: '',
    country: '',
    region: '',
    city: '',
    categories: '',
    audienceNotes: '',
    pastBrands: '',
    shoppingLinks: 'unknown',
  };
}

export function profileToValues(p: Profile): ProfileValues {
  const whole = (n: number | null) => (n === null ? '' : String(n));
  return {
    name: p.name,
    handles: p.handles.length > 0 ? p.handles.map((h) => ({ ...h })) : emptyProfileValues().handles,
    email: p.email ?? '',
    profileUrl: p.profileUrl ?? '',
    followers: whole(p.followers),
    engagementRate: p.engagementBp === null ? '' : basisPointsToPercent(p.engagementBp),
    avgViews: whole(p.avgViews),
    country: p.country ?? '',
    region: p.region ?? '',
    city: p.city ?? '',
    categories: p.categories.join(', '),
    audienceNotes: p.audienceNotes ?? '',
    pastBrands: p.pastBrands.join(', '),
    shoppingLinks: p.shoppingLinks === null ? 'unknown' : p.shoppingLinks ? 'yes' : 'no',
  };
}

const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/** Every field, always: an edit replaces the whole profile. */
export function profileValuesToInput(v: ProfileValues): Omit<InputOf<'profiles.save'>, 'creatorId' | 'pilotId'> {
  return {
    name: v.name,
    handles: v.handles.map((h) => ({ platform: h.platform, handle: h.handle })),
    email: orNull(v.email),
    profileUrl: orNull(v.profileUrl),
    followers: v.followers.trim().replace(/[\s,]/g, ''),
    engagementRate: orNull(v.engagementRate),
    avgViews: v.avgViews.trim().replace(/[\s,]/g, ''),
    country: orNull(v.country),
    region: orNull(v.region),
    city: orNull(v.city),
    categories: wordList(v.categories),
    audienceNotes: orNull(v.audienceNotes),
    pastBrands: wordList(v.pastBrands),
    shoppingLinks: v.shoppingLinks === 'unknown' ? null : v.shoppingLinks === 'yes',
  };
}
