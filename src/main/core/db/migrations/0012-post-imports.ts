/**
 * Schema 12: sheets of posts are a new import kind. Each post an import adds
 * or updates gets a revision (what it was before, or nothing for an added
 * one), so the import can be undone exactly. A revision names its post by id
 * without a reference: a post removed since must not take its record with it.
 * SQLite hands a freed post id to the next post, so the revision also keeps
 * whose post it was and its link: undo acts only on the same post.
 */

import type { Database } from 'better-sqlite3';
import { rebuildImportBatches } from './import-batches-table';

const revisions = `
CREATE TABLE post_revisions (
  id INTEGER PRIMARY KEY,
  batch_id INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
  post_id INTEGER NOT NULL,
  -- the post's member and link when the import wrote it (no reference: the member may be removed since)
  member_id INTEGER NOT NULL,
  url TEXT NOT NULL,
  -- JSON of the post's fields and status before the import; NULL: the import added it
  previous TEXT,
  -- the "reopened" review the import wrote when an approved caption changed
  review_id INTEGER
) STRICT;
CREATE INDEX post_revisions_batch ON post_revisions(batch_id);
CREATE INDEX post_revisions_post ON post_revisions(post_id);
`;

export function postImports(db: Database): void {
  rebuildImportBatches(db, ['orders', 'clicks', 'tracking', 'longlist', 'posts']);
  db.exec(revisions);
}
