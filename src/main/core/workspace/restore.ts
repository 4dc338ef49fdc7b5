/**
 * The file work of a restore: check the chosen backup and copy it beside the
 * workspace (nothing the user has changes yet), then swap the copy in. The
 * copy is made with SQLite's backup, not by copying bytes, so a backup that
 * is itself a live workspace with a WAL beside it comes over whole.
 */

import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import { inspectWorkspaceFile, verifyWorkspaceCopy } from '../db/connection';

/** Checks `source` and copies it to a temporary file beside the workspace; refuses (changing nothing) a file that is not a whole workspace this version reads. */
export async function copyForRestore(source: string, workspacePath: string): Promise<string> {
  if (!existsSync(source)) throw ApiError.field('path', `There is no file at ${source}`);
  try {
    inspectWorkspaceFile(source);
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    throw new ApiError(err.code, `Cannot restore from ${err.message}`, [{ field: 'path', message: err.message }]);
  }
  const copy = join(
    dirname(workspacePath),
    `.${basename(workspacePath)}.restore-${randomBytes(6).toString('hex')}.tmp`,
  );
  let db: Database.Database | undefined;
  try {
    db = new Database(source, { readonly: true, fileMustExist: true });
    await db.backup(copy);
    db.close();
    db = undefined;
    verifyWorkspaceCopy(copy);
    syncFile(copy);
    return copy;
  } catch (err) {
    db?.close();
    discardCopy(copy);
    const why = err instanceof Error ? err.message : String(err);
    throw new ApiError(
      'workspace_unreadable',
      `Cannot restore from ${basename(source)}: it could not be copied whole (${why}). Nothing was changed.`,
      [{ field: 'path', message: 'could not be read whole' }],
    );
  }
}

export function discardCopy(copy: string): void {
  rmSync(copy, { force: true });
}

/**
 * Renames the checked copy over the workspace file. The workspace must be
 * closed (so its WAL is checkpointed into the file); a WAL or shared-memory
 * file left beside it would be replayed onto the restored data, so they go
 * first. A crash before the rename leaves the old workspace whole.
 */
export function swapInto(copy: string, workspacePath: string): void {
  try {
    rmSync(`${workspacePath}-wal`, { force: true });
    rmSync(`${workspacePath}-shm`, { force: true });
    renameSync(copy, workspacePath);
  } catch (err) {
    discardCopy(copy);
    throw err;
  }
  syncFolder(dirname(workspacePath));
}

function syncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Makes the rename itself durable; folders cannot be opened for fsync on Windows, where rename is durable anyway. */
function syncFolder(path: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    fsyncSync(fd);
  } catch {
    // Not supported on this platform.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
