/**
 * The pilot both sourcing benches build: the same criteria and the same
 * seeded 2,000 people, so the core bench and the screen bench time the same
 * board.
 */

import { dispatch } from '../../src/main/core/api';
import type { ProfileFields } from '../../src/main/core/db/profiles';
import type { Session } from '../../src/main/core/workspace/session';
import type { Handle, Platform } from '../../src/shared/entities';
import { DEFAULT_CRITERIA, type FitCriteria } from '../../src/shared/sourcing';

export const BENCH_PROFILES = 2_000;

const CITIES: [string, string][] = [
  ['Berlin', 'DE'],
  ['Hamburg', 'Germany'],
  ['München', 'DE'],
  ['Wien', 'Austria'],
  ['Zürich', 'CH'],
  ['Paris', 'France'],
  ['Amsterdam', 'NL'],
];
const CATEGORIES = ['skincare', 'beauty', 'Clean Beauty', 'fitness', 'food', 'travel', 'parenting', 'fashion', 'tech'];
const BRANDS = ['Glossier', 'Nivea', 'The Ordinary', 'Weleda', 'Lush', 'Dove'];
const PLATFORMS: Platform[] = ['instagram', 'tiktok', 'youtube'];
const SURNAMES = ['Lin', 'Okafor', 'Meyer', 'Rossi', 'Schmidt', 'Novak'];

/** The pilot's market and criteria: every criterion in play, so each score does its full work. */
export const BENCH_MARKET = 'Germany';
export const BENCH_CRITERIA: FitCriteria = {
  ...DEFAULT_CRITERIA,
  region: { weight: 2, market: 'Germany, AT / CH' },
  categories: { weight: 2, wanted: ['skincare', 'beauty'] },
  pastBrands: { weight: 1, brands: ['Glossier', 'Weleda'] },
};

/** A fixed pseudo-random sequence, so every run builds the same profiles. */
function sequence(seed: number) {
  let s = seed;
  const next = () => {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    return s / 2 ** 31;
  };
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  return { next, pick };
}

/** `count` profiles, some with gaps (no followers, no place) as real longlists have. */
export function* benchProfiles(count = BENCH_PROFILES): Generator<{ fields: ProfileFields; handle: Handle }> {
  const { next, pick } = sequence(7);
  for (let i = 0; i < count; i++) {
    const [city, country] = pick(CITIES);
    const known = next() > 0.15;
    const fields: ProfileFields = {
      name: `Creator ${i} ${pick(SURNAMES)}`,
      email: next() > 0.3 ? `creator${i}@example.com` : null,
      profileUrl: `https://instagram.com/creator${i}`,
      followers: known ? Math.round(2_000 + next() ** 2 * 400_000) : null,
      engagementBp: known ? Math.round(50 + next() * 900) : null,
      avgViews: known ? Math.round(next() * 80_000) : null,
      country: next() > 0.1 ? country : null,
      region: null,
      city: next() > 0.3 ? city : null,
      categories: [pick(CATEGORIES), ...(next() > 0.5 ? [pick(CATEGORIES)] : [])],
      audienceNotes: next() > 0.7 ? 'Mostly women 25–34, German-speaking' : null,
      pastBrands: next() > 0.5 ? [pick(BRANDS)] : [],
      shoppingLinks: next() > 0.2 ? next() > 0.5 : null,
    };
    yield { fields, handle: { platform: pick(PLATFORMS), handle: `creator.${i}` } };
  }
}

export async function call(session: Session, method: string, input: unknown): Promise<unknown> {
  const res = await dispatch(session, method, input);
  if (!res.ok) throw new Error(`${method}: ${res.error.message}`);
  return res.data;
}

/** The bench pilot, with its criteria set and no members yet; returns its id. */
export async function benchPilot(session: Session): Promise<number> {
  const { id } = (await call(session, 'pilots.create', {
    name: 'Glow DACH',
    market: BENCH_MARKET,
    currency: 'EUR',
    startDate: '2026-03-01',
    endDate: '2026-04-30',
  })) as { id: number };
  await call(session, 'sourcing.setCriteria', { pilotId: id, criteria: BENCH_CRITERIA, shortlistCap: null });
  return id;
}
