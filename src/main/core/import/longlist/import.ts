/**
 * A longlist's preview and commit: one planner for both. The preview is the
 * plan on the workspace as it is; the commit plans again inside its
 * transaction (the workspace may have changed since) and writes that plan.
 */

import type { Database } from 'better-sqlite3';
import { createBatch, finishBatch } from '../../db/orders';
import { logActivity } from '../../db/statements';
import { BucketTally } from '../buckets';
import { rememberMapping } from '../remembered-mapping';
import { applyLonglist } from './apply';
import { type LonglistPlan, planLonglist } from './plan';
import type { LonglistRead } from './read-longlist';

export interface LonglistOutcome {
  plan: LonglistPlan;
  tally: BucketTally;
  /** After a commit: the creator each added profile became, by its first row. */
  creators: Map<number, number>;
}

/** The reason excluded rows of the same person are counted under. */
export const SAME_PROFILE = 'same profile as an earlier row';

export function previewLonglist(db: Database, read: LonglistRead, pilotId: number | null): LonglistOutcome {
  const plan = planLonglist(db, read, pilotId);
  return { plan, tally: tally(read, plan), creators: new Map() };
}

export function commitLonglist(
  db: Database,
  read: LonglistRead,
  meta: { fileName: string; contentHash: string; pilotId: number | null },
): LonglistOutcome & { batchId: number } {
  return db.transaction(() => {
    const plan = planLonglist(db, read, meta.pilotId);
    const batchId = createBatch(db, {
      kind: 'longlist',
      fileName: meta.fileName,
      contentHash: meta.contentHash,
      format: 'longlist',
      brandId: null,
      pilotId: meta.pilotId,
    });
    const applied = applyLonglist(db, plan, batchId);
    const counts = tally(read, plan);
    const added = counts.count('added');
    const updated = counts.count('updated');
    finishBatch(db, batchId, { rowsRead: read.rowsRead, added, updated, summary: counts.buckets });
    if (read.mapping && read.header) {
      rememberMapping(db, 'longlist', {
        signature: read.header.signature,
        mapping: read.mapping,
        dateOrder: 'ymd',
        decimalMark: '.',
      });
    }
    logActivity(db, 'import.longlist', 'import_batch', batchId, {
      fileName: meta.fileName,
      pilotId: meta.pilotId,
      added,
      updated,
      joinedLonglist: applied.membersAdded,
    });
    return { plan, tally: counts, creators: applied.creators, batchId };
  })();
}

function tally(read: LonglistRead, plan: LonglistPlan): BucketTally {
  const t = new BucketTally();
  for (const p of plan.profiles) t.add(p.bucket, null, 1, 1, null);
  for (const _ of plan.excluded) t.add('excluded', SAME_PROFILE, 1, 0, null);
  for (const p of [...read.problems, ...plan.problems]) t.add('rejected', p.message, 1, 0, null);
  for (const s of read.skipped) t.add('excluded', s.reason, 1, 0, null);
  return t;
}
