/**
 * Sourcing over 2,000 profiles in one pilot: rescoring, filtering and sorting
 * them as the screen does on every weight change (target under 50 ms), and
 * the board as the core serves it, beside a bare loop reading the same fields.
 */

import { join } from 'node:path';
import { dispatch } from '../../src/main/core/api';
import { insertProfile } from '../../src/main/core/db/profiles';
import { joinLonglist } from '../../src/main/core/sourcing/members';
import { nextMoveId } from '../../src/main/core/sourcing/stage-log';
import { Session } from '../../src/main/core/workspace/session';
import { Settings } from '../../src/main/core/workspace/settings';
import type { Platform } from '../../src/shared/entities';
import { scoreProfile } from '../../src/shared/fit';
import { filterProspects } from '../../src/shared/prospect-filter';
import { DEFAULT_CRITERIA, type FitCriteria, type Prospect, type SourcingBoard } from '../../src/shared/sourcing';
import type { Section } from './timing';

const PROFILES = 2_000;
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

const CRITERIA: FitCriteria = {
  ...DEFAULT_CRITERIA,
  region: { weight: 2, market: 'Germany, AT / CH' },
  categories: { weight: 2, wanted: ['skincare', 'beauty'] },
  pastBrands: { weight: 1, brands: ['Glossier', 'Weleda'] },
};

/** A fixed pseudo-random sequence, so every run builds the same 2,000 profiles. */
function sequence(seed: number) {
  let s = seed;
  const next = () => {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    return s / 2 ** 31;
  };
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  return { next, pick };
}

async function call(session: Session, method: string, input: unknown): Promise<unknown> {
  const res = await dispatch(session, method, input);
  if (!res.ok) throw new Error(`${method}: ${res.error.message}`);
  return res.data;
}

async function buildPilot(session: Session): Promise<number> {
  const db = session.db;
  const pilot = (await call(session, 'pilots.create', {
    name: 'Glow DACH',
    market: 'Germany',
    currency: 'EUR',
    startDate: '2026-03-01',
    endDate: '2026-04-30',
  })) as { id: number };
  const pilotId = pilot.id;
  await call(session, 'sourcing.setCriteria', { pilotId, criteria: CRITERIA, shortlistCap: null });
  const { next, pick } = sequence(7);
  db.transaction(() => {
    const move = { moveId: nextMoveId(db), at: new Date().toISOString(), by: 'bench' };
    for (let i = 0; i < PROFILES; i++) {
      const [city, country] = pick(CITIES);
      const known = next() > 0.15;
      const creatorId = insertProfile(
        db,
        {
          name: `Creator ${i} ${pick(['Lin', 'Okafor', 'Meyer', 'Rossi', 'Schmidt', 'Novak'])}`,
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
        },
        [{ platform: pick(PLATFORMS), handle: `creator.${i}` }],
      );
      joinLonglist(db, pilotId, creatorId, move);
    }
  })();
  return pilotId;
}

export function sourcingSection(tmp: string): Section {
  const session = new Session(new Settings(join(tmp, 'sourcing-data')));
  let pilotId = 0;
  let prospects: Prospect[] = [];
  const board = async () => (await call(session, 'sourcing.board', { pilotId })) as SourcingBoard;
  return {
    title: `Sourcing: ${PROFILES.toLocaleString('en-US')} profiles in one pilot (target: score + filter + sort under 50 ms)`,
    runs: 15,
    setup: async () => {
      session.open(join(tmp, 'sourcing.pilotdesk'), 'create');
      pilotId = await buildPilot(session);
      prospects = (await board()).prospects;
      if (prospects.length !== PROFILES) throw new Error(`the board has ${prospects.length} profiles`);
    },
    teardown: () => session.close(),
    cases: [
      {
        name: 'bare: loop over the profiles reading the same fields',
        run: () => {
          let sum = 0;
          for (const { profile: p } of prospects) {
            sum += (p.followers ?? 0) + (p.engagementBp ?? 0) + (p.country?.length ?? 0) + (p.city?.length ?? 0);
            sum += p.categories.length + p.pastBrands.length + (p.shoppingLinks ? 1 : 0);
          }
          return sum;
        },
      },
      {
        name: 'scoreProfile all + filterProspects + sort by score',
        run: () =>
          filterProspects(
            prospects.map((p) => ({ ...p, fit: scoreProfile(p.profile, CRITERIA, 'Germany') })),
            { search: 'creator', minScore: 30, stages: ['longlist', 'shortlist'] },
          ).sort((a, b) => b.fit.score - a.fit.score),
      },
      { name: 'sourcing.board via dispatch (read, score, sort)', run: board },
    ],
  };
}
