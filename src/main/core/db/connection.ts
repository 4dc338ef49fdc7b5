/**
 * Opening a workspace file. Every check that can refuse a file runs on a
 * read-only connection first, so a file we refuse is left exactly as it was.
 */

import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import { LATEST_VERSION, migrate } from './migrations';

/** 'PILD': marks an SQLite file as a Pilotdesk workspace (PRAGMA application_id). */
export const APPLICATION_ID = 0x50494c44;
const SQLITE_MAGIC = 'SQLite format 3\0';

export type OpenMode = 'open' | 'create' | 'open-or-create';

export interface OpenOptions {
  /**
   * Backs up an existing workspace before migrations change it (the session
   * adds it to the workspace's rolling backups); a throw stops the open.
   */
  beforeMigrating?: (db: Database.Database, fromVersion: number) => void;
}

export function openWorkspaceDb(path: string, mode: OpenMode, options: OpenOptions = {}): Database.Database {
  const exists = existsSync(path);
  if (exists && mode === 'create') {
    throw new ApiError('conflict', `${path} already exists; open it, or pick a new file name`, [
      { field: 'path', message: 'A file with this name already exists' },
    ]);
  }
  if (!exists && mode === 'open') {
    throw new ApiError('not_found', `No workspace at ${path}`, [{ field: 'path', message: 'No file at this path' }]);
  }
  if (exists) inspectWorkspaceFile(path);

  const db = new Database(path);
  try {
    // WAL for readers beside the writer; FULL so a committed import survives a power cut.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 5000');
    // A 32 MB page cache: an import's transaction then rarely spills pages to the WAL before it commits.
    db.pragma('cache_size = -32768');
    const version = db.pragma('user_version', { simple: true }) as number;
    if (!exists) {
      db.pragma(`application_id = ${APPLICATION_ID}`);
    } else if (version < LATEST_VERSION && options.beforeMigrating) {
      options.beforeMigrating(db, version);
    }
    // Foreign keys go on after migrating: a migration that rebuilds a table must not cascade, and checks them itself.
    migrate(db);
    db.pragma('foreign_keys = ON');
    ensureSalt(db);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

/**
 * Refuses files that are not Pilotdesk workspaces, are damaged, truncated or
 * too new. Read-only: a refused file is left exactly as it was.
 */
export function inspectWorkspaceFile(path: string): void {
  const name = basename(path);
  const unreadable = (why: string) => new ApiError('workspace_unreadable', `${name} ${why}. Nothing was changed.`);
  if (!statSync(path).isFile()) throw unreadable('is not a file');
  const header = readHeader(path);
  if (header.subarray(0, 16).toString('latin1') !== SQLITE_MAGIC) throw unreadable('is not a Pilotdesk workspace');
  const missing = missingBytes(header, statSync(path).size);
  if (missing > 0) throw unreadable(`is truncated (${missing} bytes are missing from its end)`);

  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    const appId = db.pragma('application_id', { simple: true }) as number;
    const version = db.pragma('user_version', { simple: true }) as number;
    if (appId !== APPLICATION_ID) throw unreadable('is an SQLite database, but not a Pilotdesk workspace');
    if (version > LATEST_VERSION) {
      throw new ApiError(
        'workspace_too_new',
        `${name} was written by a newer version of Pilotdesk (schema ${version}; this version reads up to ${LATEST_VERSION}). Update Pilotdesk to open it. Nothing was changed.`,
      );
    }
    const check = db.pragma('quick_check(1)', { simple: true });
    if (check !== 'ok') throw unreadable(`is damaged (${String(check)})`);
  } catch (err) {
    if (err instanceof ApiError) throw err;
    throw unreadable(`is damaged or unreadable (${(err as Error).message})`);
  } finally {
    db?.close();
  }
}

/** The 100-byte SQLite file header (shorter when the file is). */
function readHeader(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(100);
    const n = readSync(fd, buf, 0, 100, 0);
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/**
 * How many bytes the header says the file has beyond its real size. The
 * header's page count is trusted only when its change counter matches the
 * "version valid for" number, as SQLite itself decides. A cut-off copy can
 * otherwise pass quick_check when the lost pages happen to be free ones.
 */
function missingBytes(header: Buffer, size: number): number {
  if (header.length < 100 || header.readUInt32BE(24) !== header.readUInt32BE(92)) return 0;
  const raw = header.readUInt16BE(16);
  const pageSize = raw === 1 ? 65536 : raw;
  const expected = pageSize * header.readUInt32BE(28);
  return Math.max(0, expected - size);
}

/** Checks a copy just written (a backup) is a whole, readable Pilotdesk workspace. */
export function verifyWorkspaceCopy(path: string): void {
  const copy = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const ok = copy.pragma('quick_check(1)', { simple: true }) === 'ok';
    if (!ok || copy.pragma('application_id', { simple: true }) !== APPLICATION_ID) {
      throw new ApiError('internal', `The backup at ${path} did not verify; keep your workspace and try again`);
    }
  } finally {
    copy.close();
  }
}

/** A per-workspace salt for buyer email hashes, made once. */
function ensureSalt(db: Database.Database): void {
  db.prepare('INSERT OR IGNORE INTO workspace_settings (key, value) VALUES (?, ?)').run(
    'buyer_hash_salt',
    randomBytes(16).toString('hex'),
  );
}
