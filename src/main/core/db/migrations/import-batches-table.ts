/**
 * Import batches name their kind in a CHECK, and SQLite cannot widen a CHECK
 * in place: a new kind rebuilds the table with the same columns and rows.
 * The opener runs migrations with foreign keys off (the rebuild would
 * otherwise cascade), so this checks them itself before the commit.
 */

import type { Database } from 'better-sqlite3';

const COLUMNS =
  'id, file_name, content_hash, format, imported_at, rows_read, orders_added, kind, brand_id, pilot_id, summary, orders_updated, undone_at';

export function rebuildImportBatches(db: Database, kinds: readonly string[]): void {
  const allowed = kinds.map((k) => `'${k}'`).join(', ');
  db.exec(`
CREATE TABLE import_batches_new (
  id INTEGER PRIMARY KEY,
  file_name TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  format TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  rows_read INTEGER NOT NULL,
  orders_added INTEGER NOT NULL,
  kind TEXT NOT NULL DEFAULT 'orders' CHECK (kind IN (${allowed})),
  brand_id INTEGER REFERENCES brands(id),
  pilot_id INTEGER REFERENCES pilots(id),
  summary TEXT,
  orders_updated INTEGER NOT NULL DEFAULT 0,
  undone_at TEXT
) STRICT;
INSERT INTO import_batches_new (${COLUMNS}) SELECT ${COLUMNS} FROM import_batches;
DROP TABLE import_batches;
ALTER TABLE import_batches_new RENAME TO import_batches;
`);
  const broken = db.pragma('foreign_key_check') as unknown[];
  if (broken.length > 0) throw new Error(`rebuilding import_batches broke ${broken.length} references`);
}
