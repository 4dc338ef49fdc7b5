/**
 * `orders.export`: the Orders screen as shown, its filters and its columns,
 * over the very query `orders.list` pages through (run once, without paging),
 * written as xlsx or CSV. 200k orders go straight from rows to cells or lines.
 */

import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../shared/api/contract';
import { type OrderRow, STANDING_LABELS } from '../../../shared/orders';
import { type FileWritten, ORDER_EXPORT_COLUMNS, type OrderExportColumn } from '../../../shared/reports';
import { listOrders } from '../db/order-queries';
import { COUNTS } from '../db/order-sql';
import { sql } from '../db/statements';
import { csvDocument, csvLine } from '../export/csv';
import { exportsFolder, writeNewFile } from '../export/output-file';
import type { Cell } from '../export/table';
import { CellGrid, xlsxBytes } from '../export/xlsx';
import { RULE_LABELS } from './words';

interface Lookups {
  /** By order id: 2 a buyer's first order, 1 a repeat order, 0 unknown. */
  customer: Int8Array;
  batches: Map<number, string>;
}

const CUSTOMER = ['—', 'Repeat', 'New'] as const;

const COLUMNS: Record<OrderExportColumn, { header: string; cell: (o: OrderRow, l: Lookups) => Cell }> = {
  orderName: { header: 'Order', cell: (o) => o.orderName ?? o.externalId },
  orderDate: { header: 'Date', cell: (o) => ({ date: o.orderDate }) },
  creator: { header: 'Creator', cell: (o) => o.creatorName },
  code: { header: 'Codes', cell: (o) => o.codes.join(', ') || null },
  rule: {
    header: 'Rule',
    cell: (o) => (o.rule ? (o.matched ? `${RULE_LABELS[o.rule]} ${o.matched}` : RULE_LABELS[o.rule]) : null),
  },
  currency: { header: 'Currency', cell: (o) => o.currency },
  total: { header: 'Total', cell: (o) => ({ minor: o.totalMinor, currency: o.currency }) },
  revenue: { header: 'Revenue', cell: (o) => ({ minor: o.revenueMinor, currency: o.currency }) },
  refunded: { header: 'Refunded', cell: (o) => ({ minor: o.refundedMinor, currency: o.currency }) },
  standing: { header: 'Status', cell: (o) => STANDING_LABELS[o.standing] },
  newCustomer: { header: 'Customer', cell: (o, l) => CUSTOMER[l.customer[o.id] ?? 0] ?? '—' },
  batch: { header: 'Import', cell: (o, l) => l.batches.get(o.batchId) ?? null },
};

/** Read only when the columns need them: a buyer's first order (never the buyer), and import file names. */
function lookups(db: Database, columns: readonly OrderExportColumn[]): Lookups {
  const found = { customer: new Int8Array(0), batches: new Map<number, string>() };
  if (columns.includes('newCustomer')) {
    const maxId = (sql(db, 'SELECT coalesce(max(id), 0) FROM orders').pluck().get() as number) + 1;
    found.customer = new Int8Array(maxId);
    const rows = sql(
      db,
      `SELECT o.id, CASE WHEN o.buyer_hash IS NULL OR NOT (${COUNTS}) THEN 0 WHEN o.buyer_first = 1 THEN 2 ELSE 1 END
       FROM orders o`,
    ).raw();
    for (const [id, kind] of rows.iterate() as IterableIterator<[number, number]>) found.customer[id] = kind;
  }
  if (columns.includes('batch')) {
    const rows = sql(db, 'SELECT id, file_name FROM import_batches').raw().all() as [number, string][];
    found.batches = new Map(rows);
  }
  return found;
}

export function exportOrders(
  db: Database,
  input: ParsedInput<'orders.export'>,
  workspacePath: string | null,
): FileWritten {
  const { format, columns: shown, path, ...filters } = input;
  const columns = shown ?? [...ORDER_EXPORT_COLUMNS];
  const target = path ?? join(exportsFolder(workspacePath), `Orders.${format}`);
  // LIMIT -1: SQLite's "no limit", so the export is the screen's query without its paging.
  const { rows, l } = db.transaction(() => ({
    rows: listOrders(db, { ...filters, offset: 0, limit: -1 }).rows,
    l: lookups(db, columns),
  }))();
  const specs = columns.map((c) => COLUMNS[c]);
  let bytes: Buffer;
  if (format === 'csv') {
    const lines = [csvLine(specs.map((s) => s.header))];
    const cells: Cell[] = specs.map(() => null);
    for (const o of rows) {
      for (let c = 0; c < specs.length; c++) cells[c] = (specs[c] as (typeof specs)[number]).cell(o, l);
      lines.push(csvLine(cells));
    }
    bytes = Buffer.from(csvDocument(lines), 'utf8');
  } else {
    const grid = new CellGrid(
      'Orders',
      specs.map((s) => s.header),
    );
    for (const o of rows) {
      for (let c = 0; c < specs.length; c++) grid.cell(c, (specs[c] as (typeof specs)[number]).cell(o, l));
      grid.nextRow();
    }
    bytes = xlsxBytes([grid.build()]);
  }
  return { path: writeNewFile(target, format, bytes), bytes: bytes.length, rows: rows.length };
}
