/** Restoring a workspace from a backup: the old state comes back, and a bad file changes nothing. */

import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID } from '../../src/main/core/db/connection';
import { LATEST_VERSION, MIGRATIONS } from '../../src/main/core/db/migrations';
import { preview } from '../helpers/imports';
import { writeShopifyCsv } from '../helpers/shopify-csv';
import { newWorkspace } from '../helpers/workspace';

async function workspaceWithPilot() {
  const ws = newWorkspace();
  const pilot = await ws.ok('pilots.create', {
    name: 'Before',
    brand: 'Fernleaf',
    currency: 'USD',
    startDate: '2026-03-01',
    endDate: '2026-03-31',
  });
  return { ws, pilot };
}

/**
 * A real schema-5 workspace (built by the first five migrations) holding the
 * same workspace id and pilots as `from`: what an older Pilotdesk wrote.
 */
function schemaFiveCopy(from: string, to: string): void {
  const raw = new Database(to);
  raw.pragma('foreign_keys = OFF');
  for (const m of MIGRATIONS.slice(0, 5)) m.up(raw);
  raw.pragma('user_version = 5');
  raw.pragma(`application_id = ${APPLICATION_ID}`);
  const columns = (raw.prepare("SELECT name FROM pragma_table_info('pilots')").pluck().all() as string[]).join(', ');
  raw.prepare('ATTACH DATABASE ? AS newer').run(from);
  raw.exec(`INSERT INTO workspace_settings SELECT * FROM newer.workspace_settings;
    INSERT INTO brands SELECT * FROM newer.brands;
    INSERT INTO pilots (${columns}) SELECT ${columns} FROM newer.pilots;`);
  raw.exec('DETACH DATABASE newer');
  raw.close();
}

const pilotNames = (ws: ReturnType<typeof newWorkspace>) =>
  ws.session.db.prepare('SELECT name FROM pilots ORDER BY id').pluck().all();

describe('workspace.restore', () => {
  it('brings back the state a backup holds, after backing up the state it replaces', async () => {
    const { ws } = await workspaceWithPilot();
    const backup = join(ws.dir, 'copies', 'before.pilotdesk');
    await ws.ok('workspace.backup', { path: backup });
    ws.session.db.prepare("UPDATE pilots SET name = 'After'").run();
    await ws.ok('pilots.create', {
      name: 'Added later',
      currency: 'EUR',
      startDate: '2026-04-01',
      endDate: '2026-04-30',
    });
    expect(pilotNames(ws)).toEqual(['After', 'Added later']);

    const result = await ws.ok('workspace.restore', { path: backup });
    expect(pilotNames(ws)).toEqual(['Before']);
    expect(result.workspace).toMatchObject({ path: ws.path, pilotCount: 1, schemaVersion: LATEST_VERSION });
    // The replaced state is kept, and restoring it undoes the restore.
    const safety = new Database(result.safetyBackup, { readonly: true });
    expect(safety.prepare('SELECT name FROM pilots ORDER BY id').pluck().all()).toEqual(['After', 'Added later']);
    safety.close();
    const list = await ws.ok('backups.list', {});
    expect(list[0]).toMatchObject({ path: result.safetyBackup, reason: 'restore' });
    await ws.ok('workspace.restore', { path: result.safetyBackup });
    expect(pilotNames(ws)).toEqual(['After', 'Added later']);
    // The workspace still takes writes after a swap (a stale WAL would have been replayed or refused).
    await ws.ok('pilots.create', { name: 'Third', currency: 'USD', startDate: '2026-05-01', endDate: '2026-05-31' });
    expect(pilotNames(ws)).toHaveLength(3);
  });

  it('migrates a backup from an older schema on open, like any workspace', async () => {
    const { ws } = await workspaceWithPilot();
    const current = join(ws.dir, 'current.pilotdesk');
    await ws.ok('workspace.backup', { path: current });
    const old = join(ws.dir, 'old.pilotdesk');
    schemaFiveCopy(current, old);
    await ws.ok('pilots.create', { name: 'Later', currency: 'USD', startDate: '2026-05-01', endDate: '2026-05-31' });
    const result = await ws.ok('workspace.restore', { path: old });
    expect(result.workspace.schemaVersion).toBe(LATEST_VERSION);
    expect(pilotNames(ws)).toEqual(['Before']);
  });

  describe('refuses a file that is not a whole workspace this version reads, changing nothing', () => {
    async function expectRefused(make: (dir: string, good: string) => string, pattern: RegExp) {
      const { ws } = await workspaceWithPilot();
      const good = join(ws.dir, 'good.pilotdesk');
      await ws.ok('workspace.backup', { path: good });
      const bad = make(ws.dir, good);
      await ws.ok('pilots.create', {
        name: 'Unsaved',
        currency: 'USD',
        startDate: '2026-05-01',
        endDate: '2026-05-31',
      });
      const before = readFileSync(ws.path);
      const envelope = await ws.call('workspace.restore', { path: bad });
      expect(envelope.ok).toBe(false);
      if (envelope.ok) return;
      expect(envelope.error.message).toMatch(pattern);
      expect(envelope.error.message).toContain(bad.split('/').pop());
      expect(envelope.error.field).toBe('path');
      expect(pilotNames(ws)).toEqual(['Before', 'Unsaved']);
      expect(readFileSync(ws.path).equals(before)).toBe(true);
      // No safety backup either: nothing happened.
      expect(await ws.ok('backups.list', {})).toEqual([]);
    }

    it('with flipped bytes', async () => {
      await expectRefused((dir, good) => {
        const db = new Database(good);
        db.exec(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000)
          INSERT INTO brands (name, created_at) SELECT 'Brand ' || i, 'x' FROM n`);
        db.pragma('journal_mode = DELETE');
        db.close();
        const bytes = readFileSync(good);
        for (let i = 4096 * 2; i < 4096 * 6; i += 7) bytes[i] = (bytes[i] ?? 0) ^ 0xff;
        const path = join(dir, 'flipped.pilotdesk');
        writeFileSync(path, bytes);
        return path;
      }, /damaged/);
    });

    it('cut short', async () => {
      await expectRefused((dir, good) => {
        const bytes = readFileSync(good);
        const path = join(dir, 'truncated.pilotdesk');
        writeFileSync(path, bytes.subarray(0, bytes.length - 4096 * 3));
        expect(statSync(path).size).toBeLessThan(bytes.length);
        return path;
      }, /is truncated/);
    });

    it('a text file', async () => {
      await expectRefused((dir) => {
        const path = join(dir, 'notes.pilotdesk');
        writeFileSync(path, 'Creator,Code\nMaya,MAYA15\n');
        return path;
      }, /not a Pilotdesk workspace/);
    });

    it('another SQLite database', async () => {
      await expectRefused((dir) => {
        const path = join(dir, 'other.db');
        const db = new Database(path);
        db.exec('CREATE TABLE t (x)');
        db.close();
        return path;
      }, /not a Pilotdesk workspace/);
    });

    it('a newer schema', async () => {
      await expectRefused((_dir, good) => {
        const db = new Database(good);
        db.pragma(`user_version = ${LATEST_VERSION + 1}`);
        db.close();
        return good;
      }, /newer version of Pilotdesk/);
    });
  });

  it('cancels import previews planned on the data it replaces', async () => {
    const { ws } = await workspaceWithPilot();
    const backup = join(ws.dir, 'before.pilotdesk');
    await ws.ok('workspace.backup', { path: backup });
    const file = writeShopifyCsv(ws.dir, 'orders_export_1.csv', [
      { name: '#1', created: '2026-03-02 10:00:00 -0700', total: '30.00', email: 'a@example.com' },
    ]);
    const ready = await preview(ws, { kind: 'orders', file: { path: file } });
    expect(ready.state).toBe('ready');
    await ws.ok('workspace.restore', { path: backup });
    expect((await ws.ok('imports.status', { jobId: ready.id })).state).toBe('cancelled');
  });

  it('refuses the open workspace itself and a missing file', async () => {
    const { ws } = await workspaceWithPilot();
    expect(await ws.call('workspace.restore', { path: ws.path })).toMatchObject({
      ok: false,
      error: { field: 'path' },
    });
    expect(await ws.call('workspace.restore', { path: join(ws.dir, 'nope.pilotdesk') })).toMatchObject({
      ok: false,
      error: { field: 'path' },
    });
  });
});
