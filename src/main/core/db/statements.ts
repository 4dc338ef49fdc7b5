/** Prepared statements cached per connection: prepare once, run many. */

import type { Database, Statement } from 'better-sqlite3';

const cache = new WeakMap<Database, Map<string, Statement>>();

export function sql(db: Database, text: string): Statement {
  let byText = cache.get(db);
  if (!byText) {
    byText = new Map();
    cache.set(db, byText);
  }
  let stmt = byText.get(text);
  if (!stmt) {
    stmt = db.prepare(text);
    byText.set(text, stmt);
  }
  return stmt;
}

export function nowIso(): string {
  return new Date().toISOString();
}

/** Activity log line: who changed what, for the audit trail finance asks for. */
export function logActivity(
  db: Database,
  action: string,
  subjectType: string,
  subjectId: number | null,
  detail?: unknown,
): void {
  sql(db, 'INSERT INTO activity_log (at, action, subject_type, subject_id, detail) VALUES (?, ?, ?, ?, ?)').run(
    nowIso(),
    action,
    subjectType,
    subjectId,
    detail === undefined ? null : JSON.stringify(detail),
  );
}
