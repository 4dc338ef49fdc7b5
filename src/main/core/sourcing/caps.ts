/** Counts per stage and the cap warnings the board and every move report. */

import type { Database } from 'better-sqlite3';
import { STAGES, type Stage } from '../../../shared/entities';
import { PILOT_CREATOR_LIMIT } from '../../../shared/sourcing';
import { sql } from '../db/statements';

/** Stages where a creator has signed up and counts toward the pilot's limit. */
const SIGNED_UP: readonly Stage[] = ['contracted', 'live', 'completed'];

export function emptyCounts(): Record<Stage, number> {
  return Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
}

export function stageCounts(db: Database, pilotId: number): Record<Stage, number> {
  const counts = emptyCounts();
  const rows = sql(db, 'SELECT stage, count(*) AS n FROM pilot_creators WHERE pilot_id = ? GROUP BY stage').all(
    pilotId,
  ) as { stage: Stage; n: number }[];
  for (const r of rows) counts[r.stage] = r.n;
  return counts;
}

export function capWarnings(counts: Record<Stage, number>, shortlistCap: number): string[] {
  const warnings: string[] = [];
  if (counts.shortlist > shortlistCap) {
    warnings.push(`The shortlist has ${counts.shortlist} profiles, over this pilot's cap of ${shortlistCap}`);
  }
  const signedUp = SIGNED_UP.reduce((n, s) => n + counts[s], 0);
  if (signedUp > PILOT_CREATOR_LIMIT) {
    warnings.push(`The pilot has ${signedUp} creators, over ${PILOT_CREATOR_LIMIT}`);
  }
  return warnings;
}
