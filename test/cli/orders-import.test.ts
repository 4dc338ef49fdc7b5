/** `pilotdesk orders import FILE --workspace W --json` and its companions, as a script would run them. */

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ImportJob } from '../../src/shared/imports';
import type { OrdersPage } from '../../src/shared/orders';
import { runCli } from '../helpers/cli';

const dataDir = mkdtempSync(join(tmpdir(), 'pilotdesk-cli-import-'));
const workspace = join(dataDir, 'Brando.pilotdesk');
/** A real export (a copy of ../shared/formats/samples/shopify-orders_export-2026-79col.csv). */
const EXPORT = join(__dirname, '../fixtures/orders/shopify-2026-real.csv');
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function json<T>(args: string[]): Promise<T> {
  const run = await runCli([...args, '--workspace', workspace, '--json'], dataDir);
  expect(run.stderr, `stderr of ${args.join(' ')}`).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as T;
}

describe('pilotdesk orders import', { timeout: 60_000 }, () => {
  it('previews with --dry-run, imports, lists the credited orders, re-imports 0 new, and undoes', async () => {
    const pilot = await json<{ id: number }>([
      ...['pilot', 'create', '--name', 'May', '--brand', 'Brando', '--currency', 'USD'],
      ...['--start', '2026-05-01', '--end', '2026-05-31'],
    ]);
    await json([
      ...['creator', 'add', '--pilot', String(pilot.id), '--name', 'Ben', '--handle', 'ben'],
      ...['--code', 'W158N9HDZQR'],
    ]);

    const dry = await json<ImportJob>(['orders', 'import', EXPORT, '--dry-run']);
    expect(dry.state).toBe('ready');
    expect(dry.preview?.orders).toBe(6);
    expect(dry.batchId).toBeNull();

    const done = await json<ImportJob>(['orders', 'import', EXPORT]);
    expect(done.state).toBe('done');
    expect(done.preview?.buckets).toEqual([
      expect.objectContaining({ bucket: 'added', records: 6, rows: 17, totals: [{ currency: 'USD', minor: 346693 }] }),
    ]);

    const credited = await json<OrdersPage>(['orders', 'list', '--pilot', String(pilot.id), '--rule', 'code']);
    expect(credited.rows.map((o) => [o.orderName, o.creatorName, o.matched])).toEqual([
      ['#16093', 'Ben', 'W158N9HDZQR'],
    ]);

    const human = await runCli(['orders', 'import', EXPORT, '--workspace', workspace], dataDir);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/Already imported\s+17\s+6/);

    const undo = await runCli(['imports', 'undo', '--batch', String(done.batchId), '--workspace', workspace], dataDir);
    expect(undo.stdout).toMatch(/Undid import \d+ \(.*\): 6 added orders removed, 0 updated orders restored/);
    expect((await json<OrdersPage>(['orders', 'list'])).total).toBe(0);
  });

  it('refuses a missing file and a bad flag value, naming them', async () => {
    const missing = await runCli(['orders', 'import', join(dataDir, 'nope.csv'), '--workspace', workspace], dataDir);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/There is no file at/);
    const bad = await runCli(['orders', 'import', EXPORT, '--date-order', 'yyy', '--workspace', workspace], dataDir);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/--date-order/);
    const noFile = await runCli(['orders', 'import', '--workspace', workspace], dataDir);
    expect(noFile.code).toBe(2);
    expect(noFile.stderr).toMatch(/needs FILE/);
  });
});
