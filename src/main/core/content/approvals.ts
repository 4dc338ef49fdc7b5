/**
 * The review of posts: a reviewer approves a post or requests changes with a
 * comment, each decision a row with who and when; and the go-live gate's
 * question, "is this member's content approved?".
 */

import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import type { ContentApproval, Post } from '../../../shared/content';
import { logActivity, nowIso, sql } from '../db/statements';
import { currentUser } from '../user';
import { getPost } from './posts';

export function reviewPost(db: Database, input: ParsedInput<'posts.review'>): Post {
  const by = input.by ?? currentUser();
  return db.transaction(() => {
    const post = getPost(db, input.id);
    if (input.decision === 'approve' && post.status === 'approved') {
      const last = post.reviews.findLast((r) => r.decision === 'approve');
      throw new ApiError(
        'conflict',
        `This post is already approved${last ? ` (${last.by}, ${last.at.slice(0, 10)})` : ''}`,
        [{ field: 'decision', message: 'already approved' }],
      );
    }
    const at = nowIso();
    sql(db, 'INSERT INTO post_reviews (post_id, decision, comment, by, at) VALUES (?, ?, ?, ?, ?)').run(
      post.id,
      input.decision,
      input.comment,
      by,
      at,
    );
    const status = input.decision === 'approve' ? 'approved' : 'changes_requested';
    sql(db, 'UPDATE posts SET status = ? WHERE id = ?').run(status, post.id);
    logActivity(db, `posts.${input.decision}`, 'post', post.id, { by, comment: input.comment });
    return getPost(db, post.id);
  })();
}

const posts = (n: number) => (n === 1 ? '1 post' : `${n} posts`);

/** Approved when at least one post is approved and none awaits changes; else the reason, in words. */
export function contentApproved(db: Database, memberId: number): ContentApproval {
  const counts = sql(
    db,
    `SELECT count(*) AS total,
       coalesce(sum(status = 'approved'), 0) AS approved,
       coalesce(sum(status = 'changes_requested'), 0) AS changes,
       coalesce(sum(status = 'needs_review'), 0) AS waiting
     FROM posts WHERE member_id = ?`,
  ).get(memberId) as { total: number; approved: number; changes: number; waiting: number };
  if (counts.total === 0) return { ok: false, reason: 'No content recorded yet' };
  if (counts.changes > 0) {
    return { ok: false, reason: `${posts(counts.changes)} ${counts.changes === 1 ? 'awaits' : 'await'} changes` };
  }
  if (counts.approved === 0) {
    return { ok: false, reason: `No post approved yet (${posts(counts.waiting)} to review)` };
  }
  return { ok: true, reason: null };
}
