/**
 * The arithmetic a reader of an import preview checks: how many orders land
 * in each bucket, and whether the buckets add up to the file's own count and
 * sums (computed apart by the core). Integer minor units throughout.
 */

import type { Bucket, ImportKind, ImportPreview, MoneySum } from '../../../../shared/imports';

/** What one record of each kind is, in the singular. */
export const RECORD_NOUNS: Record<ImportKind, string> = {
  orders: 'order',
  clicks: 'creator-day',
  tracking: 'creator',
  longlist: 'profile',
  posts: 'post',
};

export function recordsIn(preview: ImportPreview, bucket: Bucket): number {
  return preview.buckets.reduce((n, b) => (b.bucket === bucket ? n + b.records : n), 0);
}

export function rowsIn(preview: ImportPreview, bucket: Bucket): number {
  return preview.buckets.reduce((n, b) => (b.bucket === bucket ? n + b.rows : n), 0);
}

/** What a commit would write: new and changed orders (or creator-days of clicks). */
export function toWrite(preview: ImportPreview): number {
  return recordsIn(preview, 'added') + recordsIn(preview, 'updated');
}

export interface CurrencyCheck {
  currency: string;
  buckets: number;
  file: number;
}

export interface AddsUp {
  ok: boolean;
  rows: { buckets: number; file: number };
  totals: CurrencyCheck[];
  clicks: { buckets: number; file: number };
}

/** Sums per currency, in the order currencies first appear. */
export function sumByCurrency(sums: MoneySum[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const s of sums) out.set(s.currency, (out.get(s.currency) ?? 0) + s.minor);
  return out;
}

export function addsUp(preview: ImportPreview): AddsUp {
  const rows = { buckets: preview.buckets.reduce((n, b) => n + b.rows, 0), file: preview.fileTotals.rows };
  const clicks = { buckets: preview.buckets.reduce((n, b) => n + b.clicks, 0), file: preview.fileTotals.clicks };
  const inBuckets = sumByCurrency(preview.buckets.flatMap((b) => b.totals));
  const inFile = sumByCurrency(preview.fileTotals.totals);
  const currencies = [...new Set([...inFile.keys(), ...inBuckets.keys()])];
  const totals = currencies.map((currency) => ({
    currency,
    buckets: inBuckets.get(currency) ?? 0,
    file: inFile.get(currency) ?? 0,
  }));
  const ok = rows.buckets === rows.file && clicks.buckets === clicks.file && totals.every((t) => t.buckets === t.file);
  return { ok, rows, totals, clicks };
}
