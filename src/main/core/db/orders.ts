/** Writing orders: one row per order, its codes in order, its line items. */

import type { Database } from 'better-sqlite3';
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
}

export function createBatch(db: Database, fileName: string, contentHash: string, format: string): number {
  return Number(
    sql(
      db,
      `INSERT INTO import_batches (file_name, content_hash, format, imported_at, rows_read, orders_added)
       VALUES (?, ?, ?, ?, 0, 0)`,
    ).run(fileName, contentHash, format, nowIso()).lastInsertRowid,
  );
}

export function finishBatch(db: Database, batchId: number, rowsRead: number, ordersAdded: number): void {
  sql(db, 'UPDATE import_batches SET rows_read = ?, orders_added = ? WHERE id = ?').run(rowsRead, ordersAdded, batchId);
}

/** Inserts one order with its codes and lines; the caller holds the transaction. */
export function insertOrder(db: Database, batchId: number, o: NewOrder): number {
  const id = Number(
    sql(
      db,
      `INSERT INTO orders (batch_id, source, external_id, order_name, order_date, created_at_text, currency,
        subtotal_minor, discount_minor, shipping_minor, tax_minor, total_minor, refunded_minor,
        financial_status, cancelled_at, is_test, landing_url, utm_source, utm_medium, utm_campaign,
        utm_content, region, buyer_hash)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      batchId,
      o.source,
      o.externalId,
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
    ).lastInsertRowid,
  );
  const code = sql(db, 'INSERT INTO order_codes (order_id, position, code) VALUES (?, ?, ?)');
  o.discountCodes.forEach((c, i) => {
    code.run(id, i, c);
  });
  const line = sql(
    db,
    `INSERT INTO order_lines (order_id, line_no, sku, name, quantity, unit_price_minor, discount_minor)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  o.lines.forEach((l, i) => {
    line.run(id, i + 1, l.sku, l.name, l.quantity, l.unitPriceMinor, l.discountMinor);
  });
  return id;
}
