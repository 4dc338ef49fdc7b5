/**
 * Posts per pilot member, recorded by hand: the address, platform, format,
 * posting time, caption and numbers. Each post carries the check of its
 * caption and its review history, so the list shows what needs attention.
 */

import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { sameCaption } from '../../../shared/caption';
import type { Post, PostFormat, ReviewEntry, ReviewStatus, SavedPost } from '../../../shared/content';
import { checkCaption } from '../../../shared/disclosure';
import type { Platform } from '../../../shared/entities';
import { findMember } from '../contracts/member';
import { getPilot } from '../db/pilots';
import { logActivity, nowIso, sql } from '../db/statements';
import { brandPhrases } from './banned-claims';
import { insertPost, recordReopened } from './post-writes';

interface Row {
  id: number;
  member_id: number;
  pilot_id: number;
  brand_id: number | null;
  creator_name: string;
  url: string;
  platform: Platform;
  format: PostFormat;
  posted_at: string | null;
  caption: string;
  views: number | null;
  likes: number | null;
  comments: number | null;
  clicks: number | null;
  status: ReviewStatus;
  created_at: string;
  updated_at: string;
}

const SELECT = `SELECT p.*, pc.pilot_id, pl.brand_id, c.name AS creator_name
  FROM posts p JOIN pilot_creators pc ON pc.id = p.member_id
  JOIN creators c ON c.id = pc.creator_id JOIN pilots pl ON pl.id = pc.pilot_id`;
const ORDER = 'ORDER BY c.name COLLATE NOCASE, p.posted_at IS NULL, p.posted_at, p.id';

function reviews(db: Database, postId: number): ReviewEntry[] {
  return sql(db, 'SELECT decision, comment, by, at FROM post_reviews WHERE post_id = ? ORDER BY id').all(
    postId,
  ) as ReviewEntry[];
}

function toPost(db: Database, r: Row, phrases: readonly string[]): Post {
  return {
    id: r.id,
    memberId: r.member_id,
    pilotId: r.pilot_id,
    creatorName: r.creator_name,
    url: r.url,
    platform: r.platform,
    format: r.format,
    postedAt: r.posted_at,
    caption: r.caption,
    views: r.views,
    likes: r.likes,
    comments: r.comments,
    clicks: r.clicks,
    status: r.status,
    findings: checkCaption(r.caption, r.platform, phrases),
    reviews: reviews(db, r.id),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function toPosts(db: Database, rows: Row[]): Post[] {
  const phrases = new Map<number | null, string[]>();
  return rows.map((r) => {
    let list = phrases.get(r.brand_id);
    if (!list) {
      list = brandPhrases(db, r.brand_id);
      phrases.set(r.brand_id, list);
    }
    return toPost(db, r, list);
  });
}

export function getPost(db: Database, id: number): Post {
  const row = sql(db, `${SELECT} WHERE p.id = ?`).get(id) as Row | undefined;
  if (!row) throw new ApiError('not_found', `No post with id ${id}`, [{ field: 'id', message: 'No such post' }]);
  return toPost(db, row, brandPhrases(db, row.brand_id));
}

export function listPosts(db: Database, input: ParsedInput<'posts.list'>): Post[] {
  if (input.memberId !== undefined) {
    findMember(db, input.memberId);
    return toPosts(db, sql(db, `${SELECT} WHERE p.member_id = ? ${ORDER}`).all(input.memberId) as Row[]);
  }
  const pilotId = input.pilotId ?? 0;
  getPilot(db, pilotId, 'pilotId');
  return toPosts(db, sql(db, `${SELECT} WHERE pc.pilot_id = ? ${ORDER}`).all(pilotId) as Row[]);
}

function refuseDuplicate(db: Database, memberId: number, url: string, id: number | null): void {
  const other = sql(db, 'SELECT id FROM posts WHERE member_id = ? AND url = ? AND id IS NOT ?').get(memberId, url, id);
  if (other) throw ApiError.field('url', 'This creator already has a post at this address');
}

const FIELDS = ['url', 'platform', 'format', 'postedAt', 'caption', 'views', 'likes', 'comments', 'clicks'] as const;

/** Adds a post (without id) or replaces an existing post's fields. */
export function savePost(db: Database, input: ParsedInput<'posts.save'>): SavedPost {
  return db.transaction(() => {
    const now = nowIso();
    const values = { ...Object.fromEntries(FIELDS.map((f) => [f, input[f]])), now };
    if (input.id === undefined) {
      if (input.memberId === undefined) throw ApiError.field('memberId', 'Say whose post this is');
      const member = findMember(db, input.memberId);
      refuseDuplicate(db, member.id, input.url, null);
      const id = insertPost(db, member.id, input, now);
      logActivity(db, 'posts.add', 'post', id, { memberId: member.id, url: input.url });
      return { post: getPost(db, id), backToReview: false, notice: null };
    }
    const before = getPost(db, input.id);
    if (input.memberId !== undefined && input.memberId !== before.memberId) {
      throw ApiError.field('memberId', 'A post stays with its creator; remove it and add it to the other creator');
    }
    refuseDuplicate(db, before.memberId, input.url, before.id);
    // A caption stored before captions were normalised ("\r\n", a trailing space) is the same caption.
    const captionChanged = !sameCaption(before.caption, input.caption);
    const changed = captionChanged || before.platform !== input.platform;
    const backToReview = before.status === 'approved' && changed;
    sql(
      db,
      `UPDATE posts SET url = @url, platform = @platform, format = @format, posted_at = @postedAt, caption = @caption,
        views = @views, likes = @likes, comments = @comments, clicks = @clicks, updated_at = @now,
        status = CASE WHEN @backToReview THEN 'needs_review' ELSE status END WHERE id = @id`,
    ).run({ ...values, backToReview: backToReview ? 1 : 0, id: before.id });
    const what = captionChanged ? 'caption' : 'platform';
    if (backToReview) recordReopened(db, before.id, `The ${what} changed after approval`, now);
    logActivity(db, 'posts.update', 'post', before.id, { backToReview });
    return {
      post: getPost(db, before.id),
      backToReview,
      notice: backToReview ? `The ${what} changed after it was approved, so the post needs review again` : null,
    };
  })();
}

/**
 * An approved post is not removed: its approval is what the go-live gate
 * counts, so it would vanish without a record. A reviewer requests changes
 * first (logged, with the reason), then it can go.
 */
export function removePost(db: Database, id: number): { id: number } {
  return db.transaction(() => {
    const post = getPost(db, id);
    if (post.status === 'approved') {
      throw new ApiError(
        'conflict',
        `This post of ${post.creatorName} is approved; request changes on it first, then remove it`,
        [{ field: 'id', message: 'approved' }],
      );
    }
    sql(db, 'DELETE FROM posts WHERE id = ?').run(id);
    logActivity(db, 'posts.remove', 'post', id, { memberId: post.memberId, url: post.url });
    return { id };
  })();
}
