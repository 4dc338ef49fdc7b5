/**
 * The open workspace of one running app (desktop, web mode or a CLI call).
 * Handlers reach the database only through here, so "no workspace open" is
 * one clear error rather than a crash.
 */

import { existsSync, mkdirSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import type { BackupResult, WorkspaceInfo } from '../../../shared/entities';
import { APPLICATION_ID, type OpenMode, type OpenOptions, openWorkspaceDb } from '../db/connection';
import { sql } from '../db/statements';
import { ImportJobs } from '../import/jobs';
import type { UploadSource } from '../import/source-file';
import type { Settings } from './settings';

export class Session {
  private current: { path: string; db: Database.Database } | null = null;

  /** Import jobs of this app run. */
  readonly imports = new ImportJobs();

  /** Files web mode holds for imports (the desktop app and the CLI name paths instead). */
  uploads?: UploadSource;

  private readonly openOptions: OpenOptions;

  /**
   * @param remember whether opening a workspace puts it on the recent list
   * (the apps do; a one-off CLI call should not change what the app reopens).
   */
  constructor(
    readonly settings: Settings,
    private readonly remember = true,
  ) {
    this.openOptions = { backupDir: join(settings.dataDir, 'backups') };
  }

  get db(): Database.Database {
    if (!this.current) throw new ApiError('no_workspace', 'No workspace is open; create or open one first');
    return this.current.db;
  }

  get path(): string | null {
    return this.current?.path ?? null;
  }

  /** Opens (or creates) a workspace; the one open before stays open if this fails. */
  open(path: string, mode: OpenMode): WorkspaceInfo {
    const full = resolve(path);
    if (mode !== 'open') mkdirSync(dirname(full), { recursive: true });
    const db = openWorkspaceDb(full, mode, this.openOptions);
    this.close();
    this.current = { path: full, db };
    if (this.remember) this.settings.remember(full);
    return this.info();
  }

  info(): WorkspaceInfo {
    const db = this.db;
    const path = this.current?.path ?? '';
    const count = (table: string) => sql(db, `SELECT count(*) FROM ${table}`).pluck().get() as number;
    return {
      path,
      name: basename(path, extname(path)),
      schemaVersion: db.pragma('user_version', { simple: true }) as number,
      pilotCount: count('pilots WHERE archived_at IS NULL'),
      orderCount: count('orders'),
      recent: this.settings.recent.filter((r) => existsSync(r.path)),
    };
  }

  /** An online backup: consistent even while the workspace is in use. */
  async backup(target: string): Promise<BackupResult> {
    const db = this.db;
    const full = resolve(target);
    if (full === this.current?.path) throw ApiError.field('path', 'is the open workspace itself; pick another file');
    if (existsSync(full)) throw ApiError.field('path', 'A file with this name already exists');
    mkdirSync(dirname(full), { recursive: true });
    const { totalPages } = await db.backup(full);
    verifyBackup(full);
    return { path: full, bytes: totalPages * (db.pragma('page_size', { simple: true }) as number) };
  }

  close(): void {
    this.current?.db.close();
    this.current = null;
  }
}

function verifyBackup(path: string): void {
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
