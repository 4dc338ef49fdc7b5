/**
 * Automatic rolling backups: a copy of a workspace made before risky work
 * (an import's write, a migration, a restore), kept for ROLLING_BACKUP_DAYS.
 * Each workspace has its own folder under the app data dir, named by the
 * workspace and a short hash of its path, so two workspaces called "Client"
 * in different folders never share (or prune) each other's backups. File
 * names are readable and carry the time and reason, so a person can find
 * the right one in a file manager without the app.
 */

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import { type AutoBackup, BACKUP_REASONS, type BackupReason, ROLLING_BACKUP_DAYS } from '../../../shared/backups';
import { verifyWorkspaceCopy } from '../db/connection';
import { WORKSPACE_EXTENSION } from './data-dir';

const DAY_MS = 24 * 60 * 60 * 1000;
/**
 * Pages copied per turn of the event loop: 32 MB at the default page size.
 * SQLite's default of 100 pages doubles the time of a large copy; this still
 * lets the app answer between steps of a very large workspace.
 */
const PAGES_PER_STEP = 8192;
const NAME = new RegExp(
  `^(.*) (\\d{4})-(\\d{2})-(\\d{2}) (\\d{2})(\\d{2})(\\d{2}) before (${BACKUP_REASONS.join('|')})(?: \\((\\d+)\\))?\\${WORKSPACE_EXTENSION}$`,
);

/** The folder of one workspace's automatic backups. */
export function rollingBackupFolder(dataDir: string, workspacePath: string): string {
  const hash = createHash('sha256').update(workspacePath).digest('hex').slice(0, 8);
  const name = workspaceName(workspacePath)
    .replace(/[^\p{L}\p{N} ._-]/gu, '_')
    .slice(0, 60);
  return join(dataDir, 'backups', `${name} ${hash}`);
}

/** Writes an online backup (consistent while the workspace is in use), verifies it, and prunes old ones. */
export async function makeRollingBackup(
  db: Database,
  workspacePath: string,
  folder: string,
  reason: BackupReason,
): Promise<AutoBackup> {
  return write(workspacePath, folder, reason, async (partial) => {
    await db.backup(partial, { progress: () => PAGES_PER_STEP });
  });
}

/** The same, synchronously, for code that cannot wait (opening a workspace before migrating it). */
export function makeRollingBackupNow(
  db: Database,
  workspacePath: string,
  folder: string,
  reason: BackupReason,
): AutoBackup {
  const target = prepare(workspacePath, folder, reason);
  try {
    // VACUUM INTO writes a consistent copy, including what is still in the WAL.
    db.prepare('VACUUM INTO ?').run(target.partial);
  } catch (err) {
    throw failed(reason, target.partial, err);
  }
  return finish(folder, target, reason);
}

export function listRollingBackups(folder: string): AutoBackup[] {
  if (!existsSync(folder)) return [];
  const found: Array<AutoBackup & { n: number }> = [];
  for (const file of readdirSync(folder)) {
    const parsed = parseName(file);
    if (!parsed) continue;
    const path = join(folder, file);
    const info = statSync(path, { throwIfNoEntry: false });
    if (!info?.isFile()) continue;
    found.push({ path, createdAt: parsed.at.toISOString(), reason: parsed.reason, bytes: info.size, n: parsed.n });
  }
  found.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.n - a.n);
  return found.map(({ n: _, ...backup }) => backup);
}

/** Deletes backups older than the rolling window; the newest one always stays, however old. */
export function pruneRollingBackups(folder: string, now = new Date()): string[] {
  const cutoff = now.getTime() - ROLLING_BACKUP_DAYS * DAY_MS;
  const [, ...older] = listRollingBackups(folder);
  const removed: string[] = [];
  for (const b of older) {
    if (Date.parse(b.createdAt) >= cutoff) continue;
    rmSync(b.path, { force: true });
    removed.push(b.path);
  }
  return removed;
}

/** "Client 2026-12-02 104512 before import.pilotdesk", in local time, as a person reads a clock. */
export function rollingBackupName(workspacePath: string, reason: BackupReason, at: Date, n = 1): string {
  const p = (v: number) => String(v).padStart(2, '0');
  const day = `${at.getFullYear()}-${p(at.getMonth() + 1)}-${p(at.getDate())}`;
  const time = `${p(at.getHours())}${p(at.getMinutes())}${p(at.getSeconds())}`;
  const suffix = n > 1 ? ` (${n})` : '';
  return `${workspaceName(workspacePath)} ${day} ${time} before ${reason}${suffix}${WORKSPACE_EXTENSION}`;
}

interface Target {
  final: string;
  partial: string;
}

async function write(
  workspacePath: string,
  folder: string,
  reason: BackupReason,
  copy: (partial: string) => Promise<void>,
): Promise<AutoBackup> {
  const target = prepare(workspacePath, folder, reason);
  try {
    await copy(target.partial);
  } catch (err) {
    throw failed(reason, target.partial, err);
  }
  return finish(folder, target, reason);
}

function prepare(workspacePath: string, folder: string, reason: BackupReason): Target {
  try {
    mkdirSync(folder, { recursive: true });
  } catch (err) {
    throw failed(reason, folder, err);
  }
  const at = new Date();
  let n = 1;
  let final = join(folder, rollingBackupName(workspacePath, reason, at));
  while (existsSync(final)) final = join(folder, rollingBackupName(workspacePath, reason, at, ++n));
  // Written under a name the list ignores, then renamed: a half-written copy is never offered for a restore.
  return { final, partial: `${final}.partial` };
}

function finish(folder: string, target: Target, reason: BackupReason): AutoBackup {
  try {
    verifyWorkspaceCopy(target.partial);
    renameSync(target.partial, target.final);
  } catch (err) {
    throw failed(reason, target.partial, err);
  }
  pruneRollingBackups(folder);
  const parsed = parseName(basename(target.final));
  return {
    path: target.final,
    createdAt: (parsed?.at ?? new Date()).toISOString(),
    reason,
    bytes: statSync(target.final).size,
  };
}

function failed(reason: BackupReason, path: string, err: unknown): ApiError {
  rmSync(path, { force: true });
  const why = err instanceof Error ? err.message : String(err);
  return new ApiError(
    'internal',
    `The automatic backup before this ${reason} could not be written (${why}), so the ${reason} did not run and nothing was changed. Free some disk space or check the app data folder, and try again.`,
  );
}

function parseName(file: string): { at: Date; reason: BackupReason; n: number } | null {
  const m = NAME.exec(file);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(2, 8).map(Number) as [number, number, number, number, number, number];
  const at = new Date(y, mo - 1, d, h, mi, s);
  return Number.isNaN(at.getTime()) ? null : { at, reason: m[8] as BackupReason, n: Number(m[9] ?? 1) };
}

function workspaceName(path: string): string {
  return basename(path, extname(path));
}
