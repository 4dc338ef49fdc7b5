/** Clicks per creator per day, typed by hand (an import writes the same table). */

import type { Database } from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import type { ClickDay } from '../../../shared/orders';
import { logActivity, nowIso, sql } from './statements';

export function listClicks(db: Database, pilotId: number): ClickDay[] {
  return sql(
    db,
    `SELECT k.pilot_creator_id AS creatorId, k.day, k.clicks FROM clicks k
     JOIN pilot_creators pc ON pc.id = k.pilot_creator_id WHERE pc.pilot_id = ? ORDER BY k.day, k.pilot_creator_id`,
  ).all(pilotId) as ClickDay[];
}

export function setClicks(db: Database, day: ClickDay): ClickDay {
  return db.transaction(() => {
    if (!sql(db, 'SELECT 1 FROM pilot_creators WHERE id = ?').get(day.creatorId)) {
      throw ApiError.field('creatorId', `Creator ${day.creatorId} is not in a pilot`);
    }
    sql(
      db,
      `INSERT INTO clicks (pilot_creator_id, day, clicks, batch_id, updated_at) VALUES (?, ?, ?, NULL, ?)
       ON CONFLICT (pilot_creator_id, day) DO UPDATE SET clicks = excluded.clicks, batch_id = NULL,
         updated_at = excluded.updated_at`,
    ).run(day.creatorId, day.day, day.clicks, nowIso());
    logActivity(db, 'clicks.set', 'pilot_creator', day.creatorId, { day: day.day, clicks: day.clicks });
    return day;
  })();
}
