import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID, openWorkspaceDb } from '../../src/main/core/db/connection';
import { LATEST_VERSION, MIGRATIONS } from '../../src/main/core/db/migrations';
import { makeRollingBackupNow } from '../../src/main/core/workspace/rolling-backups';
import { Session } from '../../src/main/core/workspace/session';
import { Settings } from '../../src/main/core/workspace/settings';
import { newWorkspace, tempDir } from '../helpers/workspace';

function schemaOf(db: Database.Database): string {
  const rows = db
    .prepare('SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type, name')
    .all() as { type: string; name: string; sql: string }[];
  return rows.map((r) => `${r.sql};`).join('\n');
}

function expectRefused(path: string, pattern: RegExp) {
  const before = readFileSync(path);
  expect(() => openWorkspaceDb(path, 'open')).toThrow(pattern);
  expect(readFileSync(path).equals(before)).toBe(true);
}

describe('workspace file', () => {
  it('migrates a new file to the latest schema with the store settings in force', () => {
    const path = join(tempDir(), 'new.pilotdesk');
    const db = openWorkspaceDb(path, 'create');
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    // 2 = FULL: a committed import survives a power cut.
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = db
      .prepare("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%'")
      .all() as {
      name: string;
      strict: number;
    }[];
    expect(tables.length).toBeGreaterThan(5);
    expect(tables.filter((t) => t.strict !== 1)).toEqual([]);
    db.close();
  });

  it('keeps the fresh schema as recorded (a change needs a new migration)', () => {
    const db = openWorkspaceDb(join(tempDir(), 'snap.pilotdesk'), 'create');
    expect(schemaOf(db)).toMatchSnapshot();
    db.close();
  });

  it('numbers migrations 1..n in order', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('brings an older workspace forward, backing it up first', () => {
    const path = join(tempDir(), 'old.pilotdesk');
    const raw = new Database(path);
    raw.pragma(`application_id = ${APPLICATION_ID}`);
    raw.close();
    const backups = join(tempDir(), 'backups');
    const db = openWorkspaceDb(path, 'open', {
      beforeMigrating: (old) => makeRollingBackupNow(old, path, backups, 'migration'),
    });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    db.close();
    const [copy] = readdirSync(backups);
    expect(copy).toMatch(/^old \d{4}-\d{2}-\d{2} \d{6} before migration\.pilotdesk$/);
    const old = new Database(join(backups, copy as string), { readonly: true });
    expect(old.pragma('user_version', { simple: true })).toBe(0);
    old.close();
  });

  it('refuses a file written by a newer Pilotdesk and leaves it untouched', () => {
    const path = join(tempDir(), 'future.pilotdesk');
    const db = openWorkspaceDb(path, 'create');
    db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    db.pragma('journal_mode = DELETE');
    db.close();
    expectRefused(path, /newer version of Pilotdesk.*Nothing was changed/);
  });

  it('refuses files that are not Pilotdesk workspaces, untouched', () => {
    const dir = tempDir();
    const text = join(dir, 'notes.pilotdesk');
    writeFileSync(text, 'Creator,Code\nMaya,MAYA15\n');
    expectRefused(text, /is not a Pilotdesk workspace/);

    const other = join(dir, 'other.db');
    const db = new Database(other);
    db.exec('CREATE TABLE t (x)');
    db.close();
    expectRefused(other, /SQLite database, but not a Pilotdesk workspace/);
  });

  it('refuses a damaged workspace, untouched', () => {
    const path = join(tempDir(), 'damaged.pilotdesk');
    const db = openWorkspaceDb(path, 'create');
    db.exec(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)
      INSERT INTO brands (name, created_at) SELECT 'Brand ' || i, 'x' FROM n`);
    db.pragma('journal_mode = DELETE');
    db.close();
    const bytes = readFileSync(path);
    bytes.fill(0x5a, 4096 * 3, 4096 * 5);
    writeFileSync(path, bytes);
    expectRefused(path, /damaged/);
  });

  it('keeps what was saved across a close and reopen', async () => {
    const ws = newWorkspace();
    await ws.ok('pilots.create', { name: 'Kept', currency: 'EUR', startDate: '2026-03-01', endDate: '2026-04-30' });
    ws.session.close();
    const again = new Session(new Settings(ws.dir));
    again.open(ws.path, 'open');
    expect(again.info()).toMatchObject({ pilotCount: 1, name: 'test' });
    again.close();
  });

  it('remembers recent workspaces, newest first', () => {
    const dir = tempDir();
    const session = new Session(new Settings(dir));
    session.open(join(dir, 'a.pilotdesk'), 'create');
    session.open(join(dir, 'b.pilotdesk'), 'create');
    expect(session.info().recent.map((r) => r.path)).toEqual([join(dir, 'b.pilotdesk'), join(dir, 'a.pilotdesk')]);
    expect(new Settings(dir).lastWorkspace).toBe(join(dir, 'b.pilotdesk'));
    session.close();
  });

  it('keeps the open workspace when another fails to open', () => {
    const ws = newWorkspace();
    const bad = join(ws.dir, 'bad.pilotdesk');
    writeFileSync(bad, 'not a database');
    expect(() => ws.session.open(bad, 'open')).toThrow(/not a Pilotdesk workspace/);
    expect(ws.session.path).toBe(ws.path);
  });
});
