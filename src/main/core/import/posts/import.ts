/**
 * A sheet of posts' preview and commit: one planner for both. The preview is
 * the plan on the workspace as it is; the commit plans again inside its
 * transaction (the workspace may have changed since) and writes that plan.
 */

import type { Database } from 'better-sqlite3';
import { createBatch, finishBatch } from '../../db/orders';
import { logActivity } from '../../db/statements';
import { BucketTally } from '../buckets';
import { rememberMapping } from '../remembered-mapping';
import { applyPosts } from './apply';
import { type PostPlan, planPosts } from './plan';
import type { PostRead } from './read-posts';

export interface PostOutcome {
  plan: PostPlan;
  tally: BucketTally;
}

/** The reason earlier rows of a post given again are counted under. */
export const SAME_POST = 'same post as a later row';

export function previewPosts(db: Database, read: PostRead, pilotId: number): PostOutcome {
  const plan = planPosts(db, read, pilotId);
  return { plan, tally: tally(read, plan) };
}

export function commitPosts(
  db: Database,
  read: PostRead,
  meta: { fileName: string; contentHash: string; pilotId: number },
): PostOutcome & { batchId: number } {
  return db.transaction(() => {
    const plan = planPosts(db, read, meta.pilotId);
    const batchId = createBatch(db, {
      kind: 'posts',
      fileName: meta.fileName,
      contentHash: meta.contentHash,
      format: 'posts',
      brandId: null,
      pilotId: meta.pilotId,
    });
    const applied = applyPosts(db, plan, batchId, meta.fileName);
    const counts = tally(read, plan);
    finishBatch(db, batchId, {
      rowsRead: read.rowsRead,
      added: applied.added,
      updated: applied.updated,
      summary: counts.buckets,
    });
    if (read.mapping && read.header) {
      rememberMapping(db, 'posts', {
        signature: read.header.signature,
        mapping: read.mapping,
        dateOrder: read.dateOrder,
        decimalMark: '.',
      });
    }
    logActivity(db, 'import.posts', 'import_batch', batchId, {
      fileName: meta.fileName,
      pilotId: meta.pilotId,
      added: applied.added,
      updated: applied.updated,
      backToReview: applied.backToReview,
    });
    return { plan, tally: counts, batchId };
  })();
}

function tally(read: PostRead, plan: PostPlan): BucketTally {
  const t = new BucketTally();
  for (const p of plan.posts) t.add(p.bucket, null, 1, 1, null);
  for (const _ of plan.excluded) t.add('excluded', SAME_POST, 1, 0, null);
  for (const p of [...read.problems, ...plan.problems]) {
    const reason = plan.ambiguousRows.has(p.row) ? 'creator matches more than one in the pilot' : rejectedFor(p.field);
    t.add('rejected', reason, 1, 0, null);
  }
  for (const s of read.skipped) t.add('excluded', s.reason, 1, 0, null);
  return t;
}

/**
 * Rejected rows are counted by what was wrong, not by their own message (each
 * names its row, so a long file would list every row twice); the preview's
 * rows and problems carry each row's full reason.
 */
function rejectedFor(field: string | null): string {
  switch (field) {
    case 'handle':
    case 'name':
      return 'creator not found in the pilot';
    case 'url':
      return 'no usable post link';
    case 'platform':
      return 'platform not known';
    case 'format':
      return 'format not known';
    case 'postedAt':
      return 'posting time not readable';
    case 'caption':
      return 'caption too long';
    case 'views':
    case 'likes':
    case 'comments':
    case 'clicks':
      return 'number not readable';
    default:
      return 'no creator given';
  }
}
