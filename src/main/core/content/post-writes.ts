/**
 * The two writes a post gets from both the Content tab and a posts import:
 * a new post, and the "reopened" review line when an approved caption or
 * platform changes. Written once, so both paths store the same thing.
 */

import type { Database } from 'better-sqlite3';
import type { PostFormat } from '../../../shared/content';
import type { Platform } from '../../../shared/entities';
import { sql } from '../db/statements';
import { currentUser } from '../user';

export interface PostFields {
  url: string;
  platform: Platform;
  format: PostFormat;
  postedAt: string | null;
  caption: string;
  views: number | null;
  likes: number | null;
  comments: number | null;
  clicks: number | null;
}

/** Inserts the member's post; returns its id. */
export function insertPost(db: Database, memberId: number, fields: PostFields, now: string): number {
  const { lastInsertRowid } = sql(
    db,
    `INSERT INTO posts (member_id, url, platform, format, posted_at, caption, views, likes, comments, clicks,
      created_at, updated_at) VALUES (@memberId, @url, @platform, @format, @postedAt, @caption, @views, @likes,
      @comments, @clicks, @now, @now)`,
  ).run({ ...fields, memberId, now });
  return Number(lastInsertRowid);
}

/** Logs that an approved post went back to review, and why; returns the review line's id. */
export function recordReopened(db: Database, postId: number, comment: string, now: string): number {
  const { lastInsertRowid } = sql(
    db,
    'INSERT INTO post_reviews (post_id, decision, comment, by, at) VALUES (?, ?, ?, ?, ?)',
  ).run(postId, 'reopened', comment, currentUser(), now);
  return Number(lastInsertRowid);
}
