/**
 * Undoing a longlist import: the profiles it added go, the ones it merged
 * into get their fields and handles back, and the longlist places it gave
 * are taken back. It is refused while later work builds on it: a later
 * longlist that changed the same profiles, a hand edit of one of them (undo
 * puts back the whole profile as it was, which would silently lose the edit),
 * or a member it added who has moved on, been contacted, or joined another
 * pilot since.
 */

import type { Database } from 'better-sqlite3';
import type { Profile } from '../../../../shared/sourcing';
import { reattributePeople } from '../../attribution/taking-part';
import { replaceHandles, updateProfile } from '../../db/profiles';
import { sql } from '../../db/statements';

const BACKUP = 'or restore the automatic backup made before this import';

/** Why this longlist import cannot be undone now, in words, or null. */
export function longlistUndoBlockedBy(db: Database, batchId: number): string | null {
  const later = sql(
    db,
    `SELECT r.batch_id AS batch, c.name FROM profile_revisions r
     JOIN import_batches l ON l.id = r.batch_id AND l.undone_at IS NULL
     JOIN creators c ON c.id = r.creator_id
     WHERE r.batch_id > ? AND r.creator_id IN (SELECT creator_id FROM profile_revisions WHERE batch_id = ?)
     ORDER BY r.batch_id DESC, c.name`,
  ).all(batchId, batchId) as Array<{ batch: number; name: string }>;
  if (later.length > 0) {
    const batch = later[0]?.batch;
    return `import ${batch} changed the same profiles later (${people(later.filter((l) => l.batch === batch))}); undo it first`;
  }
  const edited = editedSince(db, batchId);
  if (edited.length > 0) {
    return `${people(edited)} ${edited.length === 1 ? 'was' : 'were'} edited by hand since this import, and undoing would lose those edits; ${BACKUP.replace(/^or /, '')} instead`;
  }
  const moved = sql(
    db,
    `SELECT c.name, p.name AS pilot FROM profile_revisions r JOIN pilot_creators pc ON pc.id = r.member_added
     JOIN creators c ON c.id = pc.creator_id JOIN pilots p ON p.id = pc.pilot_id
     WHERE r.batch_id = ? AND pc.stage <> 'longlist' ORDER BY c.name`,
  ).all(batchId) as Array<{ name: string; pilot: string }>;
  if (moved.length > 0) {
    return `${people(moved)} ${moved.length === 1 ? 'has' : 'have'} moved past the longlist of ${moved[0]?.pilot}; move them back to the longlist first, ${BACKUP}`;
  }
  const contacted = sql(
    db,
    `SELECT c.name FROM profile_revisions r JOIN pilot_creators pc ON pc.id = r.member_added
     JOIN creators c ON c.id = pc.creator_id
     WHERE r.batch_id = ? AND EXISTS (SELECT 1 FROM contacts k WHERE k.pilot_creator_id = pc.id) ORDER BY c.name`,
  ).all(batchId) as Array<{ name: string }>;
  if (contacted.length > 0) {
    return `contacts are logged for ${people(contacted)}, which undoing would delete; ${BACKUP.replace(/^or /, '')} instead`;
  }
  const elsewhere = sql(
    db,
    `SELECT c.name, p.name AS pilot FROM profile_revisions r
     JOIN pilot_creators pc ON pc.creator_id = r.creator_id AND pc.id IS NOT r.member_added
     JOIN creators c ON c.id = r.creator_id JOIN pilots p ON p.id = pc.pilot_id
     WHERE r.batch_id = ? AND r.previous IS NULL ORDER BY c.name`,
  ).all(batchId) as Array<{ name: string; pilot: string }>;
  if (elsewhere.length > 0) {
    return `${people(elsewhere)} ${elsewhere.length === 1 ? 'is' : 'are'} in ${elsewhere[0]?.pilot} since this import, so the profile${elsewhere.length === 1 ? '' : 's'} must stay; remove them from that pilot first, ${BACKUP}`;
  }
  return null;
}

/**
 * The batch's profiles edited since it was logged: on the profile form
 * (profile.edit, by creator) or the creators screen (creator.update, by
 * member). Reads only the log entries after the import's own, by primary key.
 */
function editedSince(db: Database, batchId: number): Array<{ name: string }> {
  return sql(
    db,
    `SELECT DISTINCT c.name FROM activity_log a
     LEFT JOIN pilot_creators pc ON a.subject_type = 'pilot_creator' AND pc.id = a.subject_id
     JOIN profile_revisions r ON r.batch_id = ?
       AND r.creator_id = CASE a.subject_type WHEN 'creator' THEN a.subject_id ELSE pc.creator_id END
     JOIN creators c ON c.id = r.creator_id
     WHERE a.id > (SELECT coalesce(max(id), 0) FROM activity_log
                   WHERE action = 'import.longlist' AND subject_type = 'import_batch' AND subject_id = ?)
       AND a.action IN ('profile.edit', 'creator.update')
     ORDER BY c.name`,
  ).all(batchId, batchId) as Array<{ name: string }>;
}

/** Reverses the batch's revisions; runs inside the caller's transaction, after the checks above. */
export function undoLonglist(db: Database, batchId: number): void {
  const revisions = sql(
    db,
    'SELECT creator_id AS creatorId, previous, member_added AS memberId FROM profile_revisions WHERE batch_id = ?',
  ).all(batchId) as Array<{ creatorId: number; previous: string | null; memberId: number | null }>;
  // Memberships first: a profile the import added cannot go while a pilot still lists it.
  for (const r of revisions) {
    if (r.memberId !== null) sql(db, 'DELETE FROM pilot_creators WHERE id = ?').run(r.memberId);
  }
  for (const r of revisions) {
    if (r.previous === null) {
      sql(db, 'DELETE FROM creators WHERE id = ?').run(r.creatorId);
      continue;
    }
    const { handles, ...fields } = JSON.parse(r.previous) as Omit<Profile, 'creatorId' | 'updatedAt'>;
    updateProfile(db, r.creatorId, fields);
    replaceHandles(db, r.creatorId, handles);
  }
  // Restored handles are link identities again wherever these people take part.
  reattributePeople(
    db,
    revisions.filter((r) => r.previous !== null).map((r) => r.creatorId),
  );
  sql(db, 'DELETE FROM profile_revisions WHERE batch_id = ?').run(batchId);
}

/** "Maya Lin, Leo Park, Ava Brooks and 2 more": at most three people named. */
function people(rows: ReadonlyArray<{ name: string }>): string {
  const names = [...new Set(rows.map((r) => r.name))];
  const shown = names.slice(0, 3);
  const more = names.length - shown.length;
  if (more > 0) return `${shown.join(', ')} and ${more} more`;
  return shown.length <= 1 ? (shown[0] ?? '') : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}
