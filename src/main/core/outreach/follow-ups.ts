/** The "due today" list: members whose follow-up date has come, oldest first. */

import type { Database } from 'better-sqlite3';
import { daysBetween } from '../../../shared/dates';
import type { FollowUpDue } from '../../../shared/outreach';
import { getPilot } from '../db/pilots';
import { sql } from '../db/statements';
import { localDay } from './settings';

/** A due follow-up as the query reads it: the handle still bare, the days overdue not yet counted. */
type DueRow = Omit<FollowUpDue, 'overdueDays'>;

/**
 * Follow-ups on or before `date` (default the local today), in one pilot or in
 * every pilot not archived; never for declined or completed members.
 */
export function dueFollowUps(db: Database, pilotId: number | undefined, date: string | null): FollowUpDue[] {
  if (pilotId !== undefined) getPilot(db, pilotId, 'pilotId');
  const day = date ?? localDay();
  const rows = sql(
    db,
    `SELECT pc.id AS memberId, p.id AS pilotId, p.name AS pilotName, c.name AS name,
       (SELECT handle FROM creator_handles h WHERE h.creator_id = c.id ORDER BY position LIMIT 1) AS handle,
       pc.stage AS stage, pc.follow_up_date AS followUpDate,
       (SELECT max(at) FROM contacts k WHERE k.pilot_creator_id = pc.id) AS lastContactAt
     FROM pilot_creators pc
     JOIN pilots p ON p.id = pc.pilot_id
     JOIN creators c ON c.id = pc.creator_id
     WHERE pc.follow_up_date IS NOT NULL AND pc.follow_up_date <= ?
       AND pc.stage NOT IN ('declined', 'completed')
       AND (? IS NULL AND p.archived_at IS NULL OR p.id = ?)
     ORDER BY pc.follow_up_date, c.name COLLATE NOCASE, pc.id`,
  ).all(day, pilotId ?? null, pilotId ?? null) as DueRow[];
  return rows.map((r) => ({
    ...r,
    handle: r.handle === null ? null : `@${r.handle}`,
    overdueDays: daysBetween(r.followUpDate, day),
  }));
}
