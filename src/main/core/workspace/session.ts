/**
 * The open workspace of one running app (desktop, web mode or a CLI call).
 * Handlers reach the database only through here, so "no workspace open" is
 * one clear error rather than a crash.
 */

import { existsSync, mkdirSync } from 'node:fs';
import { basename, dirname, extname, resolve } from 'node:path';
import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import type { AutoBackup, BackupReason, RestoreResult } from '../../../shared/backups';
import type { BackupResult, WorkspaceInfo } from '../../../shared/entities';
import { type OpenMode, openWorkspaceDb, verifyWorkspaceCopy } from '../db/connection';
import { sql } from '../db/statements';
import { ImportJobs } from '../import/jobs';
import type { UploadSource } from '../import/source-file';
import { copyForRestore, discardCopy, swapInto } from './restore';
import { listRollingBackups, makeRollingBackup, makeRollingBackupNow, rollingBackupFolder } from './rolling-backups';
import type { Settings } from './settings';

export class Session {
  private current: { path: string; db: Database.Database } | null = null;

  /** Import jobs of this app run. */
  readonly imports = new ImportJobs();

  /** Files web mode holds for imports (the desktop app and the CLI name paths instead). */
  uploads?: UploadSource;

  /**
   * @param remember whether opening a workspace puts it on the recent list
   * (the apps do; a one-off CLI call should not change what the app reopens).
   */
  constructor(
    readonly settings: Settings,
    private readonly remember = true,
  ) {}

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
    const folder = rollingBackupFolder(this.settings.dataDir, full);
    const db = openWorkspaceDb(full, mode, {
      beforeMigrating: (db) => makeRollingBackupNow(db, full, folder, 'migration'),
    });
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
    verifyWorkspaceCopy(full);
    return { path: full, bytes: totalPages * (db.pragma('page_size', { simple: true }) as number) };
  }

  /** An automatic backup of the open workspace into its rolling set; throws (changing nothing) if it cannot be made. */
  async autoBackup(reason: BackupReason): Promise<AutoBackup> {
    const { db, path } = this.opened();
    return makeRollingBackup(db, path, rollingBackupFolder(this.settings.dataDir, path), reason);
  }

  /** The open workspace's automatic backups, newest first. */
  listBackups(): AutoBackup[] {
    return listRollingBackups(rollingBackupFolder(this.settings.dataDir, this.opened().path));
  }

  /**
   * Replaces the open workspace's data with a backup's. The backup is checked
   * and copied beside the workspace before anything changes; then the current
   * state is backed up, and the copy renamed over the workspace file (atomic
   * on one file system) and opened, migrating it if it is older.
   */
  async restore(source: string): Promise<RestoreResult> {
    const { path } = this.opened();
    const full = resolve(source);
    if (full === path) throw ApiError.field('path', 'is the open workspace itself; pick a backup file');
    const copy = await copyForRestore(full, path);
    let safety: AutoBackup;
    try {
      this.imports.settleForReplace(path);
      safety = await this.autoBackup('restore');
      // Again: an import's commit may have begun while the backup was written.
      this.imports.settleForReplace(path);
    } catch (err) {
      discardCopy(copy);
      throw err;
    }
    this.close();
    try {
      swapInto(copy, path);
    } finally {
      // Reopened whether or not the swap landed: on failure the workspace is as it was.
      this.open(path, 'open');
    }
    return { workspace: this.info(), safetyBackup: safety.path };
  }

  private opened(): { db: Database.Database; path: string } {
    if (!this.current) throw new ApiError('no_workspace', 'No workspace is open; create or open one first');
    return this.current;
  }

  close(): void {
    this.current?.db.close();
    this.current = null;
  }
}
