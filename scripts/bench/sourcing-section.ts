/**
 * Sourcing over 2,000 profiles in one pilot: rescoring, filtering and sorting
 * them as the screen does on every weight change (target under 50 ms), and
 * the board as the core serves it, beside a bare loop reading the same fields.
 */

import { join } from 'node:path';
import { insertProfile } from '../../src/main/core/db/profiles';
import { joinLonglist } from '../../src/main/core/sourcing/members';
import { nextMoveId } from '../../src/main/core/sourcing/stage-log';
import { Session } from '../../src/main/core/workspace/session';
import { Settings } from '../../src/main/core/workspace/settings';
import { scoreProfile } from '../../src/shared/fit';
import { filterProspects } from '../../src/shared/prospect-filter';
import type { Prospect, SourcingBoard } from '../../src/shared/sourcing';
import { BENCH_CRITERIA, BENCH_MARKET, BENCH_PROFILES, benchPilot, benchProfiles, call } from './sourcing-profiles';
import type { Section } from './timing';

async function buildPilot(session: Session): Promise<number> {
  const db = session.db;
  const pilotId = await benchPilot(session);
  db.transaction(() => {
    const move = { moveId: nextMoveId(db), at: new Date().toISOString(), by: 'bench' };
    for (const { fields, handle } of benchProfiles()) {
      joinLonglist(db, pilotId, insertProfile(db, fields, [handle]), move);
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
    title: `Sourcing: ${BENCH_PROFILES.toLocaleString('en-US')} profiles in one pilot (target: score + filter + sort under 50 ms)`,
    runs: 15,
    setup: async () => {
      session.open(join(tmp, 'sourcing.pilotdesk'), 'create');
      pilotId = await buildPilot(session);
      prospects = (await board()).prospects;
      if (prospects.length !== BENCH_PROFILES) throw new Error(`the board has ${prospects.length} profiles`);
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
            prospects.map((p) => ({ ...p, fit: scoreProfile(p.profile, BENCH_CRITERIA, BENCH_MARKET) })),
            { search: 'creator', minScore: 30, stages: ['longlist', 'shortlist'] },
          ).sort((a, b) => b.fit.score - a.fit.score),
      },
      { name: 'sourcing.board via dispatch (read, score, sort)', run: board },
    ],
  };
}
