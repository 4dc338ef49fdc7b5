/**
 * Writes a plan of posts inside the caller's transaction: new posts, and the
 * new numbers (and caption, time, format) of recorded ones. Each post written
 * gets a revision holding what it was before, so the import can be undone
 * exactly; an approved post whose caption or platform changes goes back to
 * review with a "reopened" line, as it does when edited by hand.
 */

import type { Database } from 'better-sqlite3';
import { insertPost, recordReopened } from '../../content/post-writes';
import { nowIso, sql } from '../../db/statements';
import type { PostPlan, RecordedPost } from './plan';

export interface AppliedPosts {
  added: number;
  updated: number;
  backToReview: number;
}

/** A recorded post as a revision keeps it. */
export type PreviousPost = Omit<RecordedPost, 'id' | 'memberId' | 'url'> & { updatedAt: string };

export function applyPosts(db: Database, plan: PostPlan, batchId: number, fileName: string): AppliedPosts {
  const now = nowIso();
  const revision = sql(
    db,
    'INSERT INTO post_revisions (batch_id, post_id, member_id, url, previous, review_id) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const out: AppliedPosts = { added: 0, updated: 0, backToReview: 0 };
  for (const p of plan.posts) {
    if (p.bucket === 'unchanged') continue;
    const values = { ...p.next, now };
    if (!p.recorded) {
      const postId = insertPost(db, p.member.id, p.next, now);
      revision.run(batchId, postId, p.member.id, p.next.url, null, null);
      out.added++;
      continue;
    }
    const { id, memberId: _, url: __, ...kept } = p.recorded;
    const updatedAt = sql(db, 'SELECT updated_at FROM posts WHERE id = ?').pluck().get(id) as string;
    const previous: PreviousPost = { ...kept, updatedAt };
    sql(
      db,
      `UPDATE posts SET platform = @platform, format = @format, posted_at = @postedAt, caption = @caption,
        views = @views, likes = @likes, comments = @comments, clicks = @clicks, updated_at = @now,
        status = CASE WHEN @backToReview THEN 'needs_review' ELSE status END WHERE id = @id`,
    ).run({ ...values, backToReview: p.backToReview ? 1 : 0, id });
    let reviewId: number | null = null;
    if (p.backToReview) {
      const what = p.next.caption !== p.recorded.caption ? 'caption' : 'platform';
      reviewId = recordReopened(db, id, `The ${what} changed after approval (imported from ${fileName})`, now);
      out.backToReview++;
    }
    revision.run(batchId, id, p.recorded.memberId, p.recorded.url, JSON.stringify(previous), reviewId);
    out.updated++;
  }
  return out;
}
