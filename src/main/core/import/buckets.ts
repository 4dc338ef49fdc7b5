/** Tallies rows, records and money per bucket and reason, so the summary adds up to the file. */

import type { Bucket, BucketTotal, MoneySum } from '../../../shared/imports';

export class BucketTally {
  private readonly byKey = new Map<string, BucketTotal>();
  private readonly file = new Map<string, number>();
  rows = 0;
  clicks = 0;

  add(bucket: Bucket, reason: string | null, rows: number, records: number, money: MoneySum | null, clicks = 0): void {
    const key = `${bucket}\u0000${reason ?? ''}`;
    let t = this.byKey.get(key);
    if (!t) {
      t = { bucket, reason, rows: 0, records: 0, totals: [], clicks: 0 };
      this.byKey.set(key, t);
    }
    t.rows += rows;
    t.records += records;
    t.clicks += clicks;
    this.rows += rows;
    this.clicks += clicks;
    if (money) {
      const sum = t.totals.find((s) => s.currency === money.currency);
      if (sum) sum.minor += money.minor;
      else t.totals.push({ ...money });
      this.file.set(money.currency, (this.file.get(money.currency) ?? 0) + money.minor);
    }
  }

  count(bucket: Bucket): number {
    let n = 0;
    for (const t of this.byKey.values()) if (t.bucket === bucket) n += t.records;
    return n;
  }

  get buckets(): BucketTotal[] {
    const order: Bucket[] = ['added', 'updated', 'unchanged', 'excluded', 'rejected'];
    return [...this.byKey.values()].sort(
      (a, b) => order.indexOf(a.bucket) - order.indexOf(b.bucket) || (a.reason ?? '').localeCompare(b.reason ?? ''),
    );
  }

  get fileTotals(): { rows: number; totals: MoneySum[]; clicks: number } {
    return {
      rows: this.rows,
      totals: [...this.file].map(([currency, minor]) => ({ currency, minor })),
      clicks: this.clicks,
    };
  }
}
