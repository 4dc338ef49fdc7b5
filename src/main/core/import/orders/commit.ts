/**
 * Writes an order import: one transaction that plans against the workspace
 * as it is at that moment, adds and updates exactly what the plan says,
 * records what each update replaced (for undo), and re-attributes the
 * brand's pilots. It lands whole or not at all.
 */

import type { Database } from 'better-sqlite3';
import { attributePilots } from '../../attribution/attribute';
import { rememberFirstOrders } from '../../db/buyer-history';
import { createBatch, finishBatch, OrderWriter, replaceOrder, storedOrder } from '../../db/orders';
import { logActivity, sql } from '../../db/statements';
import { rememberMapping } from '../remembered-mapping';
import { type OrderPlan, planOrders } from './plan';
import type { OrderRead } from './read-orders';

export interface OrderCommit {
  fileName: string;
  contentHash: string;
  brandId: number | null;
}

export function commitOrders(db: Database, read: OrderRead, meta: OrderCommit): { batchId: number; plan: OrderPlan } {
  return db.transaction(() => {
    const plan = planOrders(db, read, meta.brandId);
    const batchId = createBatch(db, {
      kind: 'orders',
      fileName: meta.fileName,
      contentHash: meta.contentHash,
      format: read.format?.id ?? 'unknown',
      brandId: meta.brandId,
      pilotId: null,
    });
    const revision = sql(db, 'INSERT INTO order_revisions (batch_id, order_id, previous) VALUES (?, ?, ?)');
    const writer = new OrderWriter(db, batchId);
    for (const d of plan.decisions) {
      if (d.bucket === 'added') writer.add(d.order);
      else if (d.bucket === 'updated' && d.storedId !== null) {
        revision.run(batchId, d.storedId, JSON.stringify(storedOrder(db, d.storedId)));
        replaceOrder(db, d.storedId, d.order);
      }
    }
    writer.finish();
    const added = plan.tally.count('added');
    const updated = plan.tally.count('updated');
    finishBatch(db, batchId, { rowsRead: read.rowsRead, added, updated, summary: plan.tally.buckets });
    if (read.mapping && read.header)
      rememberMapping(db, 'orders', { ...read, signature: read.header.signature, mapping: read.mapping });
    rememberFirstOrders(db, meta.brandId);
    attributePilots(db, meta.brandId);
    logActivity(db, 'import.orders', 'import_batch', batchId, { fileName: meta.fileName, added, updated });
    return { batchId, plan };
  })();
}
