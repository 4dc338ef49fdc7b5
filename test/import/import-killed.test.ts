/**
 * An import killed in the middle of writing leaves the workspace exactly as
 * it was: a real `pilotdesk orders import` process is SIGKILLed while its
 * write transaction is open (another connection is refused the write lock),
 * then the file is reopened.
 */

import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { writeShopifyExport } from '../../scripts/fixtures/shopify-export';
import { newWorkspace } from '../helpers/workspace';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin', 'pilotdesk.mjs');

function snapshot(path: string) {
  const db = new Database(path);
  try {
    return {
      integrity: db.pragma('integrity_check', { simple: true }),
      orders: db.prepare('SELECT count(*) FROM orders').pluck().get(),
      batches: db.prepare('SELECT count(*) FROM import_batches').pluck().get(),
      attributions: db.prepare('SELECT count(*) FROM attributions').pluck().get(),
      activity: db.prepare('SELECT count(*) FROM activity_log').pluck().get(),
    };
  } finally {
    db.close();
  }
}

/** False while another connection holds the write lock. */
function canWrite(db: Database.Database): boolean {
  try {
    db.exec('BEGIN IMMEDIATE');
    db.exec('ROLLBACK');
    return true;
  } catch {
    return false;
  }
}

describe('an import killed midway', () => {
  it('changes nothing in the workspace', { timeout: 60_000 }, async () => {
    const ws = newWorkspace();
    const pilot = await ws.ok('pilots.create', {
      name: 'Kill test',
      brand: 'Brando',
      currency: 'USD',
      startDate: '2026-05-01',
      endDate: '2026-06-30',
    });
    await ws.ok('creators.add', {
      pilotId: pilot.id,
      name: 'Maya',
      handles: [{ platform: 'instagram', handle: 'maya' }],
      discountCode: 'MAYA15',
    });
    ws.session.close();
    const before = snapshot(ws.path);
    const file = join(ws.dir, 'orders_export_1.csv');
    // Large enough that the write stays open while a busy CI machine gets round to polling.
    await writeShopifyExport(file, { orders: 70_000 });

    const child = spawn(process.execPath, [BIN, 'orders', 'import', file, '--workspace', ws.path], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let writing = false;
    child.stderr.on('data', (d: Buffer) => {
      if (d.toString().includes('Writing')) writing = true;
    });
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('exit', (code, signal) => resolve({ code, signal })),
    );
    // Kill while the import's transaction holds the write lock: it has begun and not yet committed.
    const probe = new Database(ws.path, { timeout: 0 });
    let killedMidway = false;
    while (child.exitCode === null) {
      if (writing && !canWrite(probe)) {
        killedMidway = child.kill('SIGKILL');
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    probe.close();
    const { signal } = await exited;
    expect(killedMidway, 'the import finished before it could be killed: make the file larger').toBe(true);
    expect(signal).toBe('SIGKILL');
    expect(snapshot(ws.path)).toEqual(before);
  });
});
