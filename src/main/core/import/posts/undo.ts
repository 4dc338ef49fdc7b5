/**
 * Undoing a sheet of posts: the posts it added go, the ones it updated get
 * their fields and review status back (and lose the "reopened" line it
 * wrote). It is refused while later work builds on it: a later import that
 * changed the same posts, or a post reviewed, edited or removed by hand
 * since, which undoing would silently lose.
 *
 * SQLite gives a freed post id to the next post, so a revision's id alone
 * does not say the post is still the one the import wrote: its member and
 * link must match too, and no post may have been added under that id since.
 */

import type { Database } from 'better-sqlite3';
import { sql } from '../../db/statements';
import type { PreviousPost } from './apply';

const BACKUP = 'restore the automatic backup made before this import instead';

/** The id of the import's own log line; what happened to its posts since is logged after it. */
const IMPORT_LOG = `(SELECT coalesce(max(id), 0) FROM activity_log
  WHERE action = 'import.posts' AND subject_type = 'import_batch' AND subject_id = @batchId)`;

/** A post added by hand (posts.add) under this id after the import: the id now names another post. */
const ADDED_SINCE = (id: string, before: string) => `EXISTS (SELECT 1 FROM activity_log n
  WHERE n.action = 'posts.add' AND n.subject_type = 'post' AND n.subject_id = ${id} AND n.id > ${IMPORT_LOG}${before})`;

/**
 * same: the post the import wrote is still there. gone: it went with its
 * creator (removed from the pilot since, which deletes their posts and logs
 * only the creator's removal); nothing of it is left to restore and its id may
 * be another post's now, so undo leaves it. replaced: the id holds another
 * post while the creator is still there; undo refuses rather than guess.
 */
type State = 'same' | 'gone' | 'replaced';

interface Revision {
  postId: number;
  url: string;
  creator: string;
  previous: string | null;
  reviewId: number | null;
  state: State;
}

function revisions(db: Database, batchId: number): Revision[] {
  return sql(
    db,
    `SELECT r.post_id AS postId, r.url, coalesce(c.name, '') AS creator, r.previous, r.review_id AS reviewId,
       CASE
         WHEN p.member_id = r.member_id AND p.url = r.url AND NOT ${ADDED_SINCE('r.post_id', '')} THEN 'same'
         WHEN pc.id IS NULL OR EXISTS (SELECT 1 FROM activity_log m WHERE m.action = 'creator.remove'
           AND m.subject_type = 'pilot_creator' AND m.subject_id = r.member_id AND m.id > ${IMPORT_LOG}) THEN 'gone'
         ELSE 'replaced'
       END AS state
     FROM post_revisions r LEFT JOIN posts p ON p.id = r.post_id
     LEFT JOIN pilot_creators pc ON pc.id = r.member_id LEFT JOIN creators c ON c.id = pc.creator_id
     WHERE r.batch_id = @batchId ORDER BY r.id`,
  ).all({ batchId }) as Revision[];
}

/** Why this import of posts cannot be undone now, in words, or null. */
export function postsUndoBlockedBy(db: Database, batchId: number): string | null {
  const later = sql(
    db,
    `SELECT min(r.batch_id) FROM post_revisions r JOIN import_batches l ON l.id = r.batch_id AND l.undone_at IS NULL
     JOIN post_revisions mine ON mine.batch_id = @batchId AND mine.post_id = r.post_id
       AND mine.member_id = r.member_id AND mine.url = r.url
     WHERE r.batch_id > @batchId`,
  )
    .pluck()
    .get({ batchId }) as number | null;
  if (later) return `import ${later} changed the same posts later; undo it first`;
  const touched = touchedSince(db, batchId);
  if (touched.length > 0) {
    const one = touched.length === 1;
    return `${listed(touched)} ${one ? 'was' : 'were'} reviewed, edited or removed since this import, and undoing would lose that; ${BACKUP}`;
  }
  const replaced = revisions(db, batchId).filter((r) => r.state === 'replaced');
  if (replaced.length > 0) {
    const one = replaced.length === 1;
    return `${listed(replaced.map(named))} ${one ? 'is' : 'are'} no longer the post${one ? '' : 's'} this import wrote (another post has its place), and undoing could change that one; ${BACKUP}`;
  }
  return null;
}

/**
 * The batch's posts acted on since it was logged: reviewed (posts.approve,
 * posts.request_changes), edited (posts.update) or removed (posts.remove);
 * not what was done to another post given the same id later.
 */
function touchedSince(db: Database, batchId: number): string[] {
  const rows = sql(
    db,
    `SELECT DISTINCT r.post_id AS postId, coalesce(c.name, '') AS creator, r.url
     FROM activity_log a
     JOIN post_revisions r ON r.batch_id = @batchId AND r.post_id = a.subject_id
     LEFT JOIN pilot_creators pc ON pc.id = r.member_id LEFT JOIN creators c ON c.id = pc.creator_id
     WHERE a.subject_type = 'post' AND a.id > ${IMPORT_LOG}
       AND a.action IN ('posts.update', 'posts.approve', 'posts.request_changes', 'posts.remove')
       AND NOT ${ADDED_SINCE('a.subject_id', ' AND n.id < a.id')}
     ORDER BY r.post_id`,
  ).all({ batchId }) as Array<Pick<Revision, 'postId' | 'creator' | 'url'>>;
  return rows.map(named);
}

const named = (r: Pick<Revision, 'creator' | 'url'>) =>
  r.creator ? `the post of ${r.creator} at ${r.url}` : `the post at ${r.url}`;

/** Reverses the batch's revisions; runs inside the caller's transaction, after the checks above. */
export function undoPosts(db: Database, batchId: number): void {
  // Only the posts still as the import left them are touched: the checks above refuse a replaced one, and a gone one has nothing to undo.
  for (const r of revisions(db, batchId).filter((rev) => rev.state === 'same')) {
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
    // Review ids are reused too: the line goes only while it is still this post's.
    if (r.reviewId !== null) sql(db, 'DELETE FROM post_reviews WHERE id = ? AND post_id = ?').run(r.reviewId, r.postId);
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
