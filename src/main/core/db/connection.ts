/**
 * Opening a workspace file. Every check that can refuse a file runs on a
 * read-only connection first, so a file we refuse is left exactly as it was.
 */

import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import { LATEST_VERSION, migrate } from './migrations';

/** 'PILD': marks an SQLite file as a Pilotdesk workspace (PRAGMA application_id). */
export const APPLICATION_ID = 0x50494c44;
const SQLITE_MAGIC = 'SQLite format 3\0';

export type OpenMode = 'open' | 'create' | 'open-or-create';

export interface OpenOptions {
  /** Where a copy of an existing workspace goes before migrations change it. */
  backupDir?: string;
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
  if (exists) inspect(path);

  const db = new Database(path);
  try {
    // WAL for readers beside the writer; FULL so a committed import survives a power cut.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // A 32 MB page cache: an import's transaction then rarely spills pages to the WAL before it commits.
    db.pragma('cache_size = -32768');
    const version = db.pragma('user_version', { simple: true }) as number;
    if (!exists) {
      db.pragma(`application_id = ${APPLICATION_ID}`);
    } else if (version < LATEST_VERSION && options.backupDir) {
      backupBeforeMigrating(db, path, version, options.backupDir);
    }
    migrate(db);
    ensureSalt(db);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

/** Refuses files that are not Pilotdesk workspaces, are damaged, or are too new. */
function inspect(path: string): void {
  const name = basename(path);
  const unreadable = (why: string) => new ApiError('workspace_unreadable', `${name} ${why}. Nothing was changed.`);
  if (!statSync(path).isFile()) throw unreadable('is not a file');
  if (readHeader(path) !== SQLITE_MAGIC) throw unreadable('is not a Pilotdesk workspace');

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

function readHeader(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(16);
    const n = readSync(fd, buf, 0, 16, 0);
    return buf.subarray(0, n).toString('latin1');
  } finally {
    closeSync(fd);
  }
}

/** VACUUM INTO writes a consistent copy, including what is still in the WAL. */
function backupBeforeMigrating(db: Database.Database, path: string, version: number, dir: string): string {
  mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = join(dir, `${basename(path, extname(path))} schema-${version} ${stamp}.pilotdesk`);
  db.prepare('VACUUM INTO ?').run(target);
  return target;
}

/** A per-workspace salt for buyer email hashes, made once. */
function ensureSalt(db: Database.Database): void {
  db.prepare('INSERT OR IGNORE INTO workspace_settings (key, value) VALUES (?, ?)').run(
    'buyer_hash_salt',
    randomBytes(16).toString('hex'),
  );
}
