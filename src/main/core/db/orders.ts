/** Writing orders: one row per order, its codes in order, its line items. */

import { hash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { ImportKind } from '../../../shared/imports';
import { BulkRows } from './bulk-rows';
import { nowIso, sql } from './statements';

export interface OrderLine {
  sku: string | null;
  name: string | null;
  quantity: number;
  unitPriceMinor: number;
  discountMinor: number;
}

export interface NewOrder {
  source: string;
  externalId: string;
  orderName: string | null;
  /** Calendar date in the shop's time zone, as the export writes it. */
  orderDate: string;
  createdAtText: string | null;
  currency: string;
  subtotalMinor: number;
  discountMinor: number;
  shippingMinor: number;
  taxMinor: number;
  totalMinor: number;
  refundedMinor: number;
  financialStatus: string;
  cancelledAt: string | null;
  isTest: boolean;
  discountCodes: string[];
  landingUrl: string | null;
  utm: { source: string | null; medium: string | null; campaign: string | null; content: string | null };
  region: string | null;
  buyerHash: string | null;
  lines: OrderLine[];
  /** orderFingerprint(this), once computed. */
  fingerprint?: string;
}

export interface BatchStart {
  kind: ImportKind;
  fileName: string;
  contentHash: string;
  format: string;
  brandId: number | null;
  pilotId: number | null;
}

export function createBatch(db: Database, b: BatchStart): number {
  return Number(
    sql(
      db,
      `INSERT INTO import_batches (kind, file_name, content_hash, format, brand_id, pilot_id, imported_at,
         rows_read, orders_added)
       VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0)`,
    ).run(b.kind, b.fileName, b.contentHash, b.format, b.brandId, b.pilotId, nowIso()).lastInsertRowid,
  );
}

export interface BatchCounts {
  rowsRead: number;
  added: number;
  updated: number;
  /** The bucket summary, kept as JSON for the history. */
  summary: unknown;
}

export function finishBatch(db: Database, batchId: number, c: BatchCounts): void {
  sql(
    db,
    'UPDATE import_batches SET rows_read = ?, orders_added = ?, orders_updated = ?, summary = ? WHERE id = ?',
  ).run(c.rowsRead, c.added, c.updated, JSON.stringify(c.summary), batchId);
}

/**
 * Writes new orders of one batch: each order row at once (its id is needed),
 * its codes and lines gathered into multi-row inserts. Call `finish` before
 * the transaction ends.
 */
export class OrderWriter {
  private readonly codes: BulkRows;
  private readonly lines: BulkRows;

  constructor(
    private readonly db: Database,
    private readonly batchId: number,
  ) {
    this.codes = new BulkRows(db, 'order_codes', ['order_id', 'position', 'code']);
    this.lines = new BulkRows(db, 'order_lines', LINE_COLUMNS);
  }

  add(o: NewOrder): number {
    const id = Number(
      sql(
        this.db,
        `INSERT INTO orders (batch_id, source, external_id, ${ORDER_COLUMNS.join(', ')})
         VALUES (?, ?, ?, ${ORDER_COLUMNS.map(() => '?').join(', ')})`,
      ).run(this.batchId, o.source, o.externalId, ...orderValues(o)).lastInsertRowid,
    );
    addParts(this.codes, this.lines, id, o);
    return id;
  }

  finish(): void {
    this.codes.flush();
    this.lines.flush();
  }
}

/** The columns an export can change, in the order `orderValues` gives them. */
const ORDER_COLUMNS = [
  'order_name',
  'order_date',
  'created_at_text',
  'currency',
  'subtotal_minor',
  'discount_minor',
  'shipping_minor',
  'tax_minor',
  'total_minor',
  'refunded_minor',
  'financial_status',
  'cancelled_at',
  'is_test',
  'landing_url',
  'utm_source',
  'utm_medium',
  'utm_campaign',
  'utm_content',
  'region',
  'buyer_hash',
  'fingerprint',
] as const;

function orderValues(o: NewOrder): unknown[] {
  return [...changeable(o), orderFingerprint(o)];
}

/** Every stored field of an order an export can change, in ORDER_COLUMNS order (the fingerprint aside). */
function changeable(o: NewOrder): unknown[] {
  return [
    o.orderName,
    o.orderDate,
    o.createdAtText,
    o.currency,
    o.subtotalMinor,
    o.discountMinor,
    o.shippingMinor,
    o.taxMinor,
    o.totalMinor,
    o.refundedMinor,
    o.financialStatus,
    o.cancelledAt,
    o.isTest ? 1 : 0,
    o.landingUrl,
    o.utm.source,
    o.utm.medium,
    o.utm.campaign,
    o.utm.content,
    o.region,
    o.buyerHash,
  ];
}

const LINE_COLUMNS = ['order_id', 'line_no', 'sku', 'name', 'quantity', 'unit_price_minor', 'discount_minor'];

function addParts(codes: BulkRows, lines: BulkRows, id: number, o: NewOrder): void {
  o.discountCodes.forEach((c, i) => {
    codes.add(id, i, c);
  });
  o.lines.forEach((l, i) => {
    lines.add(id, i + 1, l.sku, l.name, l.quantity, l.unitPriceMinor, l.discountMinor);
  });
}

/** Replaces an order's fields, codes and lines (a newer export, or an undo restoring the old ones). */
export function replaceOrder(db: Database, id: number, o: NewOrder): void {
  sql(db, `UPDATE orders SET ${ORDER_COLUMNS.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`).run(
    ...orderValues(o),
    id,
  );
  sql(db, 'DELETE FROM order_codes WHERE order_id = ?').run(id);
  sql(db, 'DELETE FROM order_lines WHERE order_id = ?').run(id);
  const codes = new BulkRows(db, 'order_codes', ['order_id', 'position', 'code']);
  const lines = new BulkRows(db, 'order_lines', LINE_COLUMNS);
  addParts(codes, lines, id, o);
  codes.flush();
  lines.flush();
}

/** The order as stored, in the shape it was written from. */
export function storedOrder(db: Database, id: number): NewOrder {
  const r = sql(db, 'SELECT * FROM orders WHERE id = ?').get(id) as Record<string, unknown> | undefined;
  if (!r) throw new Error(`order ${id} is gone`);
  const codes = sql(db, 'SELECT code FROM order_codes WHERE order_id = ? ORDER BY position')
    .pluck()
    .all(id) as string[];
  const lines = sql(
    db,
    `SELECT sku, name, quantity, unit_price_minor AS unitPriceMinor, discount_minor AS discountMinor
     FROM order_lines WHERE order_id = ? ORDER BY line_no`,
  ).all(id) as OrderLine[];
  const text = (k: string) => (r[k] as string | null) ?? null;
  return {
    source: r.source as string,
    externalId: r.external_id as string,
    orderName: text('order_name'),
    orderDate: r.order_date as string,
    createdAtText: text('created_at_text'),
    currency: r.currency as string,
    subtotalMinor: r.subtotal_minor as number,
    discountMinor: r.discount_minor as number,
    shippingMinor: r.shipping_minor as number,
    taxMinor: r.tax_minor as number,
    totalMinor: r.total_minor as number,
    refundedMinor: r.refunded_minor as number,
    financialStatus: r.financial_status as string,
    cancelledAt: text('cancelled_at'),
    isTest: r.is_test === 1,
    discountCodes: codes,
    landingUrl: text('landing_url'),
    utm: {
      source: text('utm_source'),
      medium: text('utm_medium'),
      campaign: text('utm_campaign'),
      content: text('utm_content'),
    },
    region: text('region'),
    buyerHash: text('buyer_hash'),
    lines,
  };
}

/** Stored orders of one source by external id, with their fingerprints, for dedupe. */
export function storedKeys(db: Database, source: string): Map<string, { id: number; fingerprint: string | null }> {
  const rows = sql(db, 'SELECT external_id, id, fingerprint FROM orders WHERE source = ?').raw().all(source) as Array<
    [string, number, string | null]
  >;
  return new Map(rows.map(([key, id, fingerprint]) => [key, { id, fingerprint }]));
}

/**
 * A digest of everything an export can change about an order: a re-import
 * whose digest matches is "already imported"; any difference is an update.
 */
export function orderFingerprint(o: NewOrder): string {
  o.fingerprint ??= digest(o);
  return o.fingerprint;
}

function digest(o: NewOrder): string {
  const lines = o.lines.map((l) => [l.sku, l.name, l.quantity, l.unitPriceMinor, l.discountMinor].join('\u001e'));
  const text = [...changeable(o), o.discountCodes.join('\u001e'), lines.join('\u001d')].join('\u001f');
  return hash('sha1', text, 'base64url');
}
