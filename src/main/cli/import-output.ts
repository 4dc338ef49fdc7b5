/** Readable summaries of imports and orders for a terminal. */

import { BUCKET_LABELS, type ImportBatch, type ImportJob, type MoneySum } from '../../shared/imports';
import { minorToDecimal } from '../../shared/money';
import type { OrdersPage } from '../../shared/orders';
import { table } from './output';

const sums = (totals: MoneySum[]) =>
  totals.map((t) => `${minorToDecimal(t.minor, t.currency)} ${t.currency}`).join(', ');

export function importSummary(job: ImportJob): string {
  const p = job.preview;
  if (!p) return `Import ${job.state}`;
  const head =
    job.state === 'done'
      ? `Imported ${p.fileName} as batch ${job.batchId} (${p.format.label})`
      : `Preview of ${p.fileName} (${p.format.label}); nothing written`;
  const lines = [head];
  if (p.dateRange)
    lines.push(`  dates ${p.dateRange.from} to ${p.dateRange.to}; currencies ${p.currencies.join(', ')}`);
  lines.push(`  ${p.rowsRead} rows, ${p.orders} orders, ${p.lineItems} line items`);
  lines.push(
    table(
      [
        'bucket',
        'reason',
        'rows',
        p.kind === 'orders' ? 'orders' : 'creator-days',
        p.kind === 'orders' ? 'totals' : 'clicks',
      ],
      p.buckets.map((b) => [
        BUCKET_LABELS[b.bucket],
        b.reason ?? '',
        String(b.rows),
        String(b.records),
        p.kind === 'orders' ? sums(b.totals) : String(b.clicks),
      ]),
    ),
  );
  lines.push(
    `  file: ${p.fileTotals.rows} rows${p.kind === 'orders' ? `, ${sums(p.fileTotals.totals)}` : `, ${p.fileTotals.clicks} clicks`}`,
  );
  for (const c of p.changed.slice(0, 20))
    lines.push(`  updated ${c.orderName ?? c.externalId}: ${c.changes.join('; ')}`);
  for (const w of p.warnings) lines.push(`  note: ${w}`);
  for (const problem of p.problems.slice(0, 20)) {
    lines.push(`  row ${problem.row}${problem.field ? ` (${problem.field})` : ''}: ${problem.message}`);
  }
  if (p.problemCount > 20) lines.push(`  … and ${p.problemCount - 20} more problem rows`);
  return lines.join('\n');
}

export function orderList(page: OrdersPage): string {
  if (page.total === 0) return 'No orders match.';
  const rows = page.rows.map((o) => [
    o.orderName ?? o.externalId,
    o.orderDate,
    `${minorToDecimal(o.revenueMinor, o.currency)} ${o.currency}`,
    o.standing,
    o.creatorName ?? '-',
    o.rule ? `${o.rule}${o.matched ? ` ${o.matched}` : ''}${o.flagged ? ' (flagged)' : ''}` : '-',
  ]);
  const shown = page.rows.length < page.total ? `\n${page.rows.length} of ${page.total} orders` : '';
  return `${table(['order', 'date', 'revenue', 'standing', 'creator', 'attribution'], rows)}${shown}`;
}

export function importBatches(batches: ImportBatch[]): string {
  if (batches.length === 0) return 'No imports yet.';
  return table(
    ['id', 'kind', 'file', 'imported', 'added', 'updated', 'state'],
    batches.map((b) => [
      String(b.id),
      b.kind,
      b.fileName,
      b.importedAt.slice(0, 16).replace('T', ' '),
      String(b.added),
      String(b.updated),
      b.undoneAt ? `undone ${b.undoneAt.slice(0, 10)}` : 'active',
    ]),
  );
}

/** What one record of each import kind is, for the undo summary. */
const RECORDS: Record<ImportBatch['kind'], string> = {
  orders: 'orders',
  clicks: 'creator-days of clicks',
  tracking: 'creators',
  longlist: 'profiles',
  posts: 'posts',
};

export function undone(batch: ImportBatch): string {
  const records = RECORDS[batch.kind];
  return `Undid import ${batch.id} (${batch.fileName}): ${batch.added} added ${records} removed, ${batch.updated} updated ${records} restored`;
}
