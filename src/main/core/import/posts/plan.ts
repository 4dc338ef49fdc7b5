/**
 * Plans a sheet of posts: whose post each row is, and whether it adds a post
 * or updates the one already recorded for that member at the same link (a
 * link from a share menu is the same post: see postKey). The same post twice
 * in the file is one post, the later row winning. The plan is the preview;
 * the commit makes it again inside its transaction and writes that.
 */

import type { Database } from 'better-sqlite3';
import { sameCaption } from '../../../../shared/caption';
import type { ReviewStatus } from '../../../../shared/content';
import { POST_FIELD_LABELS, type RowProblem } from '../../../../shared/imports';
import type { PostFields } from '../../content/post-writes';
import { getPilot } from '../../db/pilots';
import { sql } from '../../db/statements';
import { type Member, PilotMembers } from './members';
import { postKey } from './post-url';
import type { PostRead } from './read-posts';
import { METRICS, type PostEntry } from './row-reader';

/** A post's fields as posts.save writes them. */
export type PostValues = PostFields;

export interface RecordedPost extends PostValues {
  id: number;
  memberId: number;
  status: ReviewStatus;
}

export interface PlannedPost {
  entry: PostEntry;
  member: Member;
  /** The post it updates; null when it adds one. */
  recorded: RecordedPost | null;
  /** What the post holds after the commit. */
  next: PostValues;
  changes: string[];
  backToReview: boolean;
  bucket: 'added' | 'updated' | 'unchanged';
}

export interface PostPlan {
  pilot: { id: number; name: string };
  posts: PlannedPost[];
  /** Earlier rows of a post a later row of the file gives again. */
  excluded: Array<{ entry: PostEntry; member: Member; reason: string }>;
  /** Rows rejected while planning (on top of the ones the reader could not read). */
  problems: RowProblem[];
  /** Of those, the rows whose creator cell names more than one creator of the pilot. */
  ambiguousRows: Set<number>;
}

export function planPosts(db: Database, read: PostRead, pilotId: number): PostPlan {
  const pilot = getPilot(db, pilotId, 'pilotId');
  const members = new PilotMembers(db, pilot);
  const recorded = recordedPosts(db, pilot.id);
  const problems: RowProblem[] = [];
  const ambiguousRows = new Set<number>();
  const latest = new Map<string, { entry: PostEntry; member: Member }>();
  const excluded: PostPlan['excluded'] = [];

  for (const entry of read.entries) {
    const found = members.find(entry);
    if (!('member' in found)) {
      const message = `Row ${entry.row}, ${POST_FIELD_LABELS[found.field]}: ${found.message}`;
      problems.push({ row: entry.row, field: found.field, message });
      if (found.ambiguous) ambiguousRows.add(entry.row);
      continue;
    }
    const key = `${found.member.id} ${postKey(entry.url)}`;
    const earlier = latest.get(key);
    if (earlier) {
      excluded.push({ ...earlier, reason: `Same post as row ${entry.row}, which is used (the later row wins)` });
    }
    latest.set(key, { entry, member: found.member });
  }

  const posts = [...latest].map(([key, { entry, member }]) => planPost(entry, member, recorded.get(key) ?? null));
  return { pilot: { id: pilot.id, name: pilot.name }, posts, excluded, problems, ambiguousRows };
}

function planPost(entry: PostEntry, member: Member, recorded: RecordedPost | null): PlannedPost {
  if (!recorded) {
    const next: PostValues = {
      url: entry.url,
      platform: entry.platform,
      format: entry.format ?? 'post',
      postedAt: entry.postedAt,
      caption: entry.caption ?? '',
      views: entry.views,
      likes: entry.likes,
      comments: entry.comments,
      clicks: entry.clicks,
    };
    return { entry, member, recorded, next, changes: [], backToReview: false, bucket: 'added' };
  }
  // A blank cell keeps what the post has: a sheet of numbers does not clear a caption typed in by hand.
  const next: PostValues = {
    url: recorded.url,
    platform: entry.platformGiven ? entry.platform : recorded.platform,
    format: entry.format ?? recorded.format,
    postedAt: keptClock(entry.postedAt, recorded.postedAt),
    // The same caption in another form (line breaks, trailing space) keeps the recorded one: no change, no review.
    caption: entry.caption !== null && !sameCaption(entry.caption, recorded.caption) ? entry.caption : recorded.caption,
    views: entry.views ?? recorded.views,
    likes: entry.likes ?? recorded.likes,
    comments: entry.comments ?? recorded.comments,
    clicks: entry.clicks ?? recorded.clicks,
  };
  const changes = describeChanges(recorded, next);
  const backToReview =
    recorded.status === 'approved' && (next.caption !== recorded.caption || next.platform !== recorded.platform);
  if (backToReview) changes.push('approved, so it goes back to review');
  return { entry, member, recorded, next, changes, backToReview, bucket: changes.length > 0 ? 'updated' : 'unchanged' };
}

/** A day alone does not clear the clock time recorded on that day: "2026-03-05" keeps "2026-03-05T18:30". */
function keptClock(given: string | null, recorded: string | null): string | null {
  if (given === null) return recorded;
  const sameDay = given.length === 10 && recorded !== null && recorded.length > 10 && recorded.startsWith(given);
  return sameDay ? recorded : given;
}

const shown = (n: number | null) => (n === null ? 'none' : n.toLocaleString('en-US'));

/** What an update changes, in words a person checks ("views 1,200 → 12,500"). */
function describeChanges(before: PostValues, after: PostValues): string[] {
  const out: string[] = [];
  for (const metric of METRICS) {
    if (before[metric] !== after[metric]) out.push(`${metric} ${shown(before[metric])} → ${shown(after[metric])}`);
  }
  if (before.postedAt !== after.postedAt) out.push(`posted ${before.postedAt ?? 'not set'} → ${after.postedAt}`);
  if (before.format !== after.format) out.push(`format ${before.format} → ${after.format}`);
  if (before.platform !== after.platform) out.push(`platform ${before.platform} → ${after.platform}`);
  if (before.caption !== after.caption) out.push(before.caption === '' ? 'caption added' : 'caption changed');
  return out;
}

/** The pilot's recorded posts by member and link key. */
function recordedPosts(db: Database, pilotId: number): Map<string, RecordedPost> {
  const rows = sql(
    db,
    `SELECT p.id, p.member_id AS memberId, p.url, p.platform, p.format, p.posted_at AS postedAt, p.caption, p.views,
       p.likes, p.comments, p.clicks, p.status
     FROM posts p JOIN pilot_creators pc ON pc.id = p.member_id WHERE pc.pilot_id = ? ORDER BY p.id`,
  ).all(pilotId) as RecordedPost[];
  const out = new Map<string, RecordedPost>();
  for (const r of rows) {
    const key = `${r.memberId} ${postKey(r.url)}`;
    if (!out.has(key)) out.set(key, r);
  }
  return out;
}
