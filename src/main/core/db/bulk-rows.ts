/**
 * Many rows into one table through multi-row INSERTs: one statement run per
 * 64 rows instead of one per row, which is most of the cost of writing the
 * line items of a 100k-order import. The caller holds the transaction.
 */

import type { Database } from 'better-sqlite3';
import { sql } from './statements';

const ROWS_PER_STATEMENT = 64;

export class BulkRows {
  private values: unknown[] = [];

  constructor(
    private readonly db: Database,
    private readonly table: string,
    private readonly columns: readonly string[],
  ) {}

  add(...row: unknown[]): void {
    for (const v of row) this.values.push(v);
    if (this.values.length >= this.columns.length * ROWS_PER_STATEMENT) this.flush();
  }

  flush(): void {
    if (this.values.length === 0) return;
    const rows = this.values.length / this.columns.length;
    const one = `(${this.columns.map(() => '?').join(', ')})`;
    const text = `INSERT INTO ${this.table} (${this.columns.join(', ')}) VALUES ${Array(rows).fill(one).join(', ')}`;
    sql(this.db, text).run(this.values);
    this.values = [];
  }
}
