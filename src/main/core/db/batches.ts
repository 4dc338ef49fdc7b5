/**
 * Import batches: the history of what was imported, and undoing one whole.
 * An undo deletes the orders (or profiles) the batch added and restores the
 * ones it updated; it is refused while a later batch has touched the same
 * records, since undoing out of order would lose that later change.
 */

import type { Database } from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import type { ImportBatch, ImportKind } from '../../../shared/imports';
import { attributePilots } from '../attribution/attribute';
import { longlistUndoBlockedBy, undoLonglist } from '../import/longlist/undo';
import { postsUndoBlockedBy, undoPosts } from '../import/posts/undo';
import { rememberFirstOrders } from './buyer-history';
import { type NewOrder, replaceOrder } from './orders';
import { logActivity, nowIso, sql } from './statements';

const BATCH_COLUMNS = `b.id, b.kind, b.file_name AS fileName, b.format, b.imported_at AS importedAt,
  b.brand_id AS brandId, br.name AS brandName, b.pilot_id AS pilotId, b.rows_read AS rowsRead,
  b.orders_added AS added, b.orders_updated AS updated, b.undone_at AS undoneAt`;

type BatchRow = Omit<ImportBatch, 'undoBlockedBy'>;

export function listBatches(db: Database): ImportBatch[] {
  const rows = sql(
    db,
    `SELECT ${BATCH_COLUMNS} FROM import_batches b LEFT JOIN brands br ON br.id = b.brand_id ORDER BY b.id DESC`,
  ).all() as BatchRow[];
  return rows.map((r) => ({ ...r, undoBlockedBy: r.undoneAt ? 'already undone' : blockedBy(db, r.id, r.kind) }));
}

export function getBatch(db: Database, id: number): ImportBatch {
  const r = sql(
    db,
    `SELECT ${BATCH_COLUMNS} FROM import_batches b LEFT JOIN brands br ON br.id = b.brand_id WHERE b.id = ?`,
  ).get(id) as BatchRow | undefined;
  if (!r) throw new ApiError('not_found', `Import batch ${id} does not exist`);
  return { ...r, undoBlockedBy: r.undoneAt ? 'already undone' : blockedBy(db, r.id, r.kind) };
}

/** The later batch that changed what this one wrote, in words, or null. */
function blockedBy(db: Database, batchId: number, kind: ImportKind): string | null {
  // A move-in adds and edits creators, their terms and codes, which later work builds on; the automatic backup made before it is the way back.
  if (kind === 'tracking') {
    return 'a tracking sheet move-in changes creators and their terms, so it cannot be undone here; restore the automatic backup made before it';
  }
  if (kind === 'longlist') return longlistUndoBlockedBy(db, batchId);
  if (kind === 'posts') return postsUndoBlockedBy(db, batchId);
  const later =
    kind === 'orders'
      ? (sql(
          db,
          `SELECT min(r.batch_id) FROM order_revisions r JOIN import_batches l ON l.id = r.batch_id
           WHERE r.batch_id > ? AND l.undone_at IS NULL
             AND (r.order_id IN (SELECT id FROM orders WHERE batch_id = ?)
               OR r.order_id IN (SELECT order_id FROM order_revisions WHERE batch_id = ?))`,
        )
          .pluck()
          .get(batchId, batchId, batchId) as number | null)
      : (sql(
          db,
          `SELECT min(r.batch_id) FROM click_revisions r JOIN import_batches l ON l.id = r.batch_id
           JOIN click_revisions mine ON mine.batch_id = ? AND mine.pilot_creator_id = r.pilot_creator_id
             AND mine.day = r.day
           WHERE r.batch_id > ? AND l.undone_at IS NULL`,
        )
          .pluck()
          .get(batchId, batchId) as number | null);
  return later ? `import ${later} changed the same ${kind} later; undo it first` : null;
}

export function undoBatch(db: Database, batchId: number): ImportBatch {
  return db.transaction(() => {
    const batch = getBatch(db, batchId);
    if (batch.undoneAt) throw new ApiError('conflict', `Import ${batchId} was already undone on ${batch.undoneAt}`);
    if (batch.undoBlockedBy)
      throw new ApiError('conflict', `Import ${batchId} cannot be undone: ${batch.undoBlockedBy}`);
    if (batch.kind === 'orders') undoOrders(db, batchId);
    else if (batch.kind === 'longlist') undoLonglist(db, batchId);
    else if (batch.kind === 'posts') undoPosts(db, batchId);
    else undoClicks(db, batchId);
    sql(db, 'UPDATE import_batches SET undone_at = ? WHERE id = ?').run(nowIso(), batchId);
    logActivity(db, 'import.undo', 'import_batch', batchId, { fileName: batch.fileName });
    if (batch.kind === 'orders') rememberFirstOrders(db, batch.brandId);
    // A longlist touches profiles and longlist places only, and posts only posts: no order is credited through them.
    if (batch.kind !== 'longlist' && batch.kind !== 'posts')
      attributePilots(db, batch.kind === 'orders' ? batch.brandId : null);
    return getBatch(db, batchId);
  })();
}

function undoOrders(db: Database, batchId: number): void {
  const revisions = sql(db, 'SELECT order_id AS orderId, previous FROM order_revisions WHERE batch_id = ?').all(
    batchId,
  ) as Array<{ orderId: number; previous: string }>;
  for (const r of revisions) replaceOrder(db, r.orderId, JSON.parse(r.previous) as NewOrder);
  sql(db, 'DELETE FROM order_revisions WHERE batch_id = ?').run(batchId);
  sql(db, 'DELETE FROM orders WHERE batch_id = ?').run(batchId);
}

function undoClicks(db: Database, batchId: number): void {
  const revisions = sql(
    db,
    `SELECT pilot_creator_id AS memberId, day, previous_clicks AS clicks, previous_batch_id AS previousBatch
     FROM click_revisions WHERE batch_id = ?`,
  ).all(batchId) as Array<{ memberId: number; day: string; clicks: number | null; previousBatch: number | null }>;
  for (const r of revisions) {
    if (r.clicks === null) {
      sql(db, 'DELETE FROM clicks WHERE pilot_creator_id = ? AND day = ?').run(r.memberId, r.day);
    } else {
      sql(db, 'UPDATE clicks SET clicks = ?, batch_id = ?, updated_at = ? WHERE pilot_creator_id = ? AND day = ?').run(
        r.clicks,
        r.previousBatch,
        nowIso(),
        r.memberId,
        r.day,
      );
    }
  }
  sql(db, 'DELETE FROM click_revisions WHERE batch_id = ?').run(batchId);
}
