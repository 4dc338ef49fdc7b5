/**
 * Undoing a sheet of posts: the posts it added go, the ones it updated get
 * their fields and review status back (and lose the "reopened" line it
 * wrote). It is refused while later work builds on it: a later import that
 * changed the same posts, or a post reviewed, edited or removed by hand
 * since, which undoing would silently lose.
 */

import type { Database } from 'better-sqlite3';
import { sql } from '../../db/statements';
import type { PreviousPost } from './apply';

const BACKUP = 'restore the automatic backup made before this import instead';

/** Why this import of posts cannot be undone now, in words, or null. */
export function postsUndoBlockedBy(db: Database, batchId: number): string | null {
  const later = sql(
    db,
    `SELECT min(r.batch_id) FROM post_revisions r JOIN import_batches l ON l.id = r.batch_id AND l.undone_at IS NULL
     WHERE r.batch_id > ? AND r.post_id IN (SELECT post_id FROM post_revisions WHERE batch_id = ?)`,
  )
    .pluck()
    .get(batchId, batchId) as number | null;
  if (later) return `import ${later} changed the same posts later; undo it first`;
  const touched = touchedSince(db, batchId);
  if (touched.length > 0) {
    const one = touched.length === 1;
    return `${listed(touched)} ${one ? 'was' : 'were'} reviewed, edited or removed since this import, and undoing would lose that; ${BACKUP}`;
  }
  return null;
}

/**
 * The batch's posts acted on since it was logged: reviewed (posts.approve,
 * posts.request_changes), edited (posts.update) or removed (posts.remove).
 * Reads only the log entries after the import's own, by primary key.
 */
function touchedSince(db: Database, batchId: number): string[] {
  const rows = sql(
    db,
    `SELECT DISTINCT a.subject_id AS id, coalesce(c.name, '') AS name, coalesce(p.url, json_extract(a.detail, '$.url')) AS url
     FROM activity_log a
     JOIN post_revisions r ON r.batch_id = ? AND r.post_id = a.subject_id
     LEFT JOIN posts p ON p.id = a.subject_id
     LEFT JOIN pilot_creators pc ON pc.id = p.member_id LEFT JOIN creators c ON c.id = pc.creator_id
     WHERE a.subject_type = 'post'
       AND a.id > (SELECT coalesce(max(id), 0) FROM activity_log
                   WHERE action = 'import.posts' AND subject_type = 'import_batch' AND subject_id = ?)
       AND a.action IN ('posts.update', 'posts.approve', 'posts.request_changes', 'posts.remove')
     ORDER BY a.subject_id`,
  ).all(batchId, batchId) as Array<{ id: number; name: string; url: string | null }>;
  return rows.map((r) => (r.name ? `the post of ${r.name} at ${r.url}` : `the post at ${r.url ?? `id ${r.id}`}`));
}

/** Reverses the batch's revisions; runs inside the caller's transaction, after the checks above. */
export function undoPosts(db: Database, batchId: number): void {
  const revisions = sql(
    db,
    'SELECT post_id AS postId, previous, review_id AS reviewId FROM post_revisions WHERE batch_id = ?',
  ).all(batchId) as Array<{ postId: number; previous: string | null; reviewId: number | null }>;
  for (const r of revisions) {
    if (r.previous === null) {
      sql(db, 'DELETE FROM posts WHERE id = ?').run(r.postId);
      continue;
    }
    const p = JSON.parse(r.previous) as PreviousPost;
    sql(
      db,
      `UPDATE posts SET platform = @platform, format = @format, posted_at = @postedAt, caption = @caption,
        views = @views, likes = @likes, comments = @comments, clicks = @clicks, status = @status,
        updated_at = @updatedAt WHERE id = @id`,
    ).run({ ...p, id: r.postId });
    if (r.reviewId !== null) sql(db, 'DELETE FROM post_reviews WHERE id = ?').run(r.reviewId);
  }
  sql(db, 'DELETE FROM post_revisions WHERE batch_id = ?').run(batchId);
}

/** "the post of Maya Lin at https://…, … and 2 more": at most three named. */
function listed(items: string[]): string {
  const shown = items.slice(0, 3);
  const more = items.length - shown.length;
  if (more > 0) return `${shown.join(', ')} and ${more} more`;
  return shown.length <= 1 ? (shown[0] ?? '') : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}
