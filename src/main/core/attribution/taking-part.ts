/**
 * Who takes part in a pilot, in SQL, and keeping attribution right when that
 * changes: a member crossing into or out of the taking-part stages, or a
 * person's handles changing (handles are link identities in every pilot
 * they take part in), re-attributes those pilots in the caller's transaction.
 */

import type { Database } from 'better-sqlite3';
import { type Stage, takesPart } from '../../../shared/entities';
import { sql } from '../db/statements';
import { TAKES_PART_SQL } from '../db/taking-part';
import { attributePilot } from './attribute';

/** Re-attributes the pilot when any of these stage changes crosses the taking-part line. */
export function reattributeOnStageChange(
  db: Database,
  pilotId: number,
  changes: Iterable<{ from: Stage | null; to: Stage }>,
): void {
  for (const c of changes) {
    if ((c.from !== null && takesPart(c.from)) !== takesPart(c.to)) {
      attributePilot(db, pilotId);
      return;
    }
  }
}

/** Re-attributes every pilot these people take part in, after their handles changed. */
export function reattributePeople(db: Database, creatorIds: Iterable<number>): void {
  const ids = JSON.stringify([...new Set(creatorIds)]);
  const pilots = sql(
    db,
    `SELECT DISTINCT pc.pilot_id FROM pilot_creators pc
     WHERE pc.creator_id IN (SELECT value FROM json_each(?)) AND ${TAKES_PART_SQL}`,
  )
    .pluck()
    .all(ids) as number[];
  for (const id of pilots) attributePilot(db, id);
}
