/**
 * A tracking sheet's preview and commit: one planner and one writer for
 * both. The preview applies the plan inside a transaction it always rolls
 * back, so the figure check runs on the pilot exactly as the commit would
 * leave it, and nothing is written.
 */

import type { Database } from 'better-sqlite3';
import type { FigureDifference } from '../../../../shared/imports';
import { createBatch, finishBatch } from '../../db/orders';
import { logActivity } from '../../db/statements';
import { BucketTally } from '../buckets';
import { rememberMapping } from '../remembered-mapping';
import { applyTracking } from './apply';
import { figureDifferences } from './differences';
import { planTracking, type TrackingPlan } from './plan';
import type { SheetRow, TrackingRead } from './read-tracking';

export interface MoveIn {
  plan: TrackingPlan;
  tally: BucketTally;
  differences: FigureDifference[];
}

class RolledBack extends Error {}

/** What committing would do, worked out on the real data and then rolled back. */
export function previewTracking(db: Database, read: TrackingRead): MoveIn {
  let result: MoveIn | null = null;
  try {
    db.transaction(() => {
      result = run(db, read, null);
      throw new RolledBack();
    })();
  } catch (err) {
    if (!(err instanceof RolledBack)) throw err;
  }
  return result as unknown as MoveIn;
}

export function commitTracking(
  db: Database,
  read: TrackingRead,
  meta: { fileName: string; contentHash: string },
): MoveIn & { batchId: number } {
  return db.transaction(() => {
    const batchId = createBatch(db, {
      kind: 'tracking',
      fileName: meta.fileName,
      contentHash: meta.contentHash,
      format: 'tracking',
      brandId: null,
      pilotId: read.pilotId,
    });
    const result = run(db, read, batchId);
    const added = result.tally.count('added');
    const updated = result.tally.count('updated');
    finishBatch(db, batchId, { rowsRead: read.rowsRead, added, updated, summary: result.tally.buckets });
    if (read.mapping && read.header)
      rememberMapping(db, 'tracking', { ...read, signature: read.header.signature, mapping: read.mapping });
    logActivity(db, 'import.tracking', 'import_batch', batchId, {
      fileName: meta.fileName,
      pilotId: read.pilotId,
      added,
      updated,
      differences: result.differences.length,
    });
    return { ...result, batchId };
  })();
}

function run(db: Database, read: TrackingRead, batchId: number | null): MoveIn {
  const plan = planTracking(db, read);
  const landed = applyTracking(db, plan, batchId);
  const sheetOf = new Map<number, SheetRow>();
  for (const p of plan.rows) {
    const id = landed.get(p.sheet.row);
    if (id !== undefined) sheetOf.set(id, p.sheet);
  }
  return { plan, tally: tally(read, plan), differences: figureDifferences(db, read.pilotId, sheetOf) };
}

function tally(read: TrackingRead, plan: TrackingPlan): BucketTally {
  const t = new BucketTally();
  for (const p of plan.rows) t.add(p.bucket, null, 1, 1, null, p.change.clicks?.clicks ?? 0);
  for (const p of [...read.problems, ...plan.problems]) t.add('rejected', p.message, 1, 0, null);
  for (const s of read.skipped) t.add('excluded', s.reason, 1, 0, null);
  return t;
}
