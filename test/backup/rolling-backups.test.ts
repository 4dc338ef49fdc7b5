/** Automatic backups: made before every import write, migration and restore; listed; pruned after 7 days. */

import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID } from '../../src/main/core/db/connection';
import { LATEST_VERSION } from '../../src/main/core/db/migrations';
import {
  listRollingBackups,
  pruneRollingBackups,
  rollingBackupFolder,
  rollingBackupName,
} from '../../src/main/core/workspace/rolling-backups';
import { Session } from '../../src/main/core/workspace/session';
import { Settings } from '../../src/main/core/workspace/settings';
import { ROLLING_BACKUP_DAYS } from '../../src/shared/backups';
import { importFile, preview } from '../helpers/imports';
import { writeShopifyCsv } from '../helpers/shopify-csv';
import { newWorkspace, tempDir } from '../helpers/workspace';

const DAY = 24 * 60 * 60 * 1000;

async function shop() {
  const ws = newWorkspace();
  await ws.ok('pilots.create', {
    name: 'Spring',
    brand: 'Fernleaf',
    currency: 'USD',
    startDate: '2026-03-01',
    endDate: '2026-03-31',
  });
  const file = writeShopifyCsv(ws.dir, 'orders_export_1.csv', [
    { name: '#1001', created: '2026-03-02 10:00:00 -0700', total: '30.00', email: 'a@example.com' },
  ]);
  return { ws, file };
}

const orderCount = (db: Database.Database) => db.prepare('SELECT count(*) FROM orders').pluck().get();

describe('rolling backups', () => {
  it('backs up before an import writes, and the backup holds the state before it', async () => {
    const { ws, file } = await shop();
    expect(await ws.ok('backups.list', {})).toEqual([]);
    await importFile(ws, { kind: 'orders', file: { path: file } });
    const [first, ...rest] = await ws.ok('backups.list', {});
    expect(rest).toEqual([]);
    expect(first).toMatchObject({ reason: 'import' });
    expect(first?.path).toMatch(/test \d{4}-\d{2}-\d{2} \d{6} before import\.pilotdesk$/);
    expect(first?.path.startsWith(rollingBackupFolder(ws.dir, ws.path))).toBe(true);
    const copy = new Database(first?.path ?? '', { readonly: true });
    expect(orderCount(copy)).toBe(0);
    copy.close();
    expect(orderCount(ws.session.db)).toBe(1);

    // A second import in the same second gets its own file; the list is newest first.
    const again = writeShopifyCsv(ws.dir, 'orders_export_2.csv', [
      { name: '#1002', created: '2026-03-03 10:00:00 -0700', total: '40.00', email: 'b@example.com' },
    ]);
    await importFile(ws, { kind: 'orders', file: { path: again } });
    const list = await ws.ok('backups.list', {});
    expect(list).toHaveLength(2);
    const newest = new Database(list[0]?.path ?? '', { readonly: true });
    expect(orderCount(newest)).toBe(1);
    newest.close();
  });

  it('stops the import with a clear error when the backup cannot be written, writing nothing', async () => {
    const { ws, file } = await shop();
    const folder = rollingBackupFolder(ws.dir, ws.path);
    // A file where the backup folder should be: the backup cannot be made.
    mkdirSync(join(ws.dir, 'backups'), { recursive: true });
    writeFileSync(folder, 'in the way');
    const ready = await preview(ws, { kind: 'orders', file: { path: file } });
    expect(ready.state).toBe('ready');
    let job = await ws.ok('imports.commit', { jobId: ready.id });
    while (job.state === 'committing') {
      await new Promise((r) => setTimeout(r, 5));
      job = await ws.ok('imports.status', { jobId: job.id });
    }
    expect(job.state).toBe('failed');
    expect(job.error?.message).toMatch(/automatic backup before this import could not be written.*nothing was changed/);
    expect(orderCount(ws.session.db)).toBe(0);
    expect(ws.session.db.prepare('SELECT count(*) FROM import_batches').pluck().get()).toBe(0);
  });

  it('backs up an older workspace before migrating it, into the same set', () => {
    const dir = tempDir();
    const path = join(dir, 'Client.pilotdesk');
    const raw = new Database(path);
    raw.pragma(`application_id = ${APPLICATION_ID}`);
    raw.close();
    const session = new Session(new Settings(dir), false);
    session.open(path, 'open');
    expect(session.info().schemaVersion).toBe(LATEST_VERSION);
    const [backup, ...rest] = session.listBackups();
    expect(rest).toEqual([]);
    expect(backup?.reason).toBe('migration');
    expect(backup?.path).toMatch(/Client \d{4}-\d{2}-\d{2} \d{6} before migration\.pilotdesk$/);
    const old = new Database(backup?.path ?? '', { readonly: true });
    expect(old.pragma('user_version', { simple: true })).toBe(0);
    old.close();
    session.close();
  });

  it(`keeps ${ROLLING_BACKUP_DAYS} days, always the newest, and only this workspace's`, () => {
    const dir = tempDir();
    const workspace = join(dir, 'Client.pilotdesk');
    const folder = rollingBackupFolder(dir, workspace);
    const other = rollingBackupFolder(dir, join(dir, 'elsewhere', 'Client.pilotdesk'));
    expect(other).not.toBe(folder);
    mkdirSync(folder, { recursive: true });
    const now = new Date('2026-12-10T12:00:00');
    const make = (daysAgo: number, reason: 'import' | 'migration') => {
      const at = new Date(now.getTime() - daysAgo * DAY);
      const path = join(folder, rollingBackupName(workspace, reason, at));
      writeFileSync(path, 'x');
      return path;
    };
    const fresh = make(1, 'import');
    const edge = make(ROLLING_BACKUP_DAYS - 0.5, 'migration');
    const old = make(ROLLING_BACKUP_DAYS + 1, 'import');
    const older = make(30, 'migration');
    writeFileSync(join(folder, 'notes.txt'), 'not a backup');
    expect(listRollingBackups(folder).map((b) => b.path)).toEqual([fresh, edge, old, older]);
    expect(pruneRollingBackups(folder, now).sort()).toEqual([old, older].sort());
    expect(readdirSync(folder).sort()).toEqual(
      [fresh, edge]
        .map((p) => p.slice(folder.length + 1))
        .concat('notes.txt')
        .sort(),
    );

    // However old, the newest backup stays: it may be the only way back.
    const lone = rollingBackupFolder(dir, join(dir, 'Quiet.pilotdesk'));
    mkdirSync(lone, { recursive: true });
    const ancient = join(lone, rollingBackupName('Quiet.pilotdesk', 'import', new Date(now.getTime() - 90 * DAY)));
    const ancienter = join(lone, rollingBackupName('Quiet.pilotdesk', 'import', new Date(now.getTime() - 95 * DAY)));
    writeFileSync(ancient, 'x');
    writeFileSync(ancienter, 'x');
    pruneRollingBackups(lone, now);
    expect(existsSync(ancient)).toBe(true);
    expect(existsSync(ancienter)).toBe(false);
  });

  it('prunes after each new backup', async () => {
    const { ws, file } = await shop();
    const folder = rollingBackupFolder(ws.dir, ws.path);
    mkdirSync(folder, { recursive: true });
    const stale = join(folder, rollingBackupName(ws.path, 'import', new Date(Date.now() - 10 * DAY)));
    writeFileSync(stale, 'x');
    await importFile(ws, { kind: 'orders', file: { path: file } });
    expect(existsSync(stale)).toBe(false);
    expect((await ws.ok('backups.list', {})).map((b) => b.reason)).toEqual(['import']);
  });

  it('lists only the open workspace', async () => {
    const { ws, file } = await shop();
    await importFile(ws, { kind: 'orders', file: { path: file } });
    ws.session.open(join(ws.dir, 'second.pilotdesk'), 'create');
    expect(await ws.ok('backups.list', {})).toEqual([]);
  });
});
