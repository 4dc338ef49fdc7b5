/**
 * Files an import must refuse, and refuse cleanly: a clear message naming the
 * field or row, and a workspace left exactly as it was. Random garbage is
 * thrown at the whole import path (fast-check), not just the parsers.
 */

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { preview } from '../helpers/imports';
import { writeShopifyCsv } from '../helpers/shopify-csv';
import { newWorkspace } from '../helpers/workspace';

const FIXTURES = join(__dirname, '../fixtures/orders');

async function workspaceWithBrand() {
  const ws = newWorkspace();
  const pilot = await ws.ok('pilots.create', {
    name: 'Spring',
    brand: 'Fernleaf',
    currency: 'USD',
    startDate: '2026-03-01',
    endDate: '2026-03-31',
  });
  const state = async () => {
    const info = await ws.ok('workspace.current', {});
    const batches = await ws.ok('imports.list', {});
    return { orders: info.orderCount, batches: batches.length };
  };
  return { ws, brandId: pilot.brandId as number, state };
}

describe('refused imports', () => {
  it('refuses hostile spreadsheets with a message and writes nothing', async () => {
    const { ws, brandId, state } = await workspaceWithBrand();
    for (const [file, message] of [
      ['hostile-range.xlsx', /claims|range/i],
      ['zip-bomb.xlsx', /claims sizes/i],
    ] as const) {
      const job = await preview(ws, { kind: 'orders', file: { path: join(FIXTURES, file) }, brandId });
      expect(job.state, file).toBe('failed');
      expect(job.error?.message, file).toMatch(message);
      expect(await ws.call('imports.commit', { jobId: job.id })).toMatchObject({ ok: false });
    }
    expect(await state()).toEqual({ orders: 0, batches: 0 });
  });

  it('refuses a file over the size limit, naming the limit the user can raise', async () => {
    const { ws, brandId } = await workspaceWithBrand();
    const big = join(ws.dir, 'big.csv');
    writeFileSync(big, `Name,Financial Status,Lineitem name\n${'x,paid,y\n'.repeat(200_000)}`);
    const refused = await ws.call('imports.start', { kind: 'orders', file: { path: big }, brandId, maxFileMb: 1 });
    expect(refused).toMatchObject({
      ok: false,
      error: { field: 'maxFileMb', message: expect.stringMatching(/1 MB limit/) },
    });
    const allowed = await preview(ws, { kind: 'orders', file: { path: big }, brandId, maxFileMb: 5 });
    expect(allowed.state).toBe('ready');
  });

  it('names the fields of a bad request', async () => {
    const { ws, brandId } = await workspaceWithBrand();
    expect(
      await ws.call('imports.start', { kind: 'orders', file: { path: '/no/such/file.csv' }, brandId }),
    ).toMatchObject({
      ok: false,
      error: { field: 'file' },
    });
    expect(await ws.call('imports.start', { kind: 'orders', file: { path: 'x.csv' }, brandId: 99 })).toMatchObject({
      ok: false,
      error: { field: 'brandId' },
    });
    expect(await ws.call('imports.start', { kind: 'books', file: { path: 'x.csv' } })).toMatchObject({
      ok: false,
      error: { field: 'kind' },
    });
    expect(await ws.call('imports.status', { jobId: 'nope' })).toMatchObject({ ok: false, error: { field: 'jobId' } });
  });

  it('can be cancelled before its commit, and then commits nothing', async () => {
    const { ws, brandId, state } = await workspaceWithBrand();
    const file = writeShopifyCsv(ws.dir, 'orders.csv', [
      { name: '#1', created: '2026-03-02 10:00:00 -0700', total: '10.00' },
    ]);
    const ready = await preview(ws, { kind: 'orders', file: { path: file }, brandId });
    expect((await ws.ok('imports.cancel', { jobId: ready.id })).state).toBe('cancelled');
    expect(await ws.call('imports.commit', { jobId: ready.id })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(await state()).toEqual({ orders: 0, batches: 0 });
  });

  it('lists every problem row with its number and reason, and still imports the rest', async () => {
    const { ws, brandId } = await workspaceWithBrand();
    const file = writeShopifyCsv(ws.dir, 'orders.csv', [
      { name: '#1', created: '2026-03-02 10:00:00 -0700', total: '10.00' },
      { name: '#2', created: 'yesterday', total: '10.00' },
      { name: '#3', created: '2026-03-02 10:00:00 -0700', total: 'ten dollars' },
      { name: '#4', created: '2026-03-02 10:00:00 -0700', total: '12.00', currency: 'XXQ' },
    ]);
    const job = await preview(ws, { kind: 'orders', file: { path: file }, brandId });
    expect(job.preview?.problems.map((p) => [p.row, p.field])).toEqual([
      [3, 'createdAt'],
      [4, 'subtotal'],
      [5, 'currency'],
    ]);
    expect(job.preview?.problems[0]?.message).toMatch(/yesterday/);
  });

  it('never throws and never writes on random bytes, whatever the file is called', async () => {
    const { ws, brandId, state } = await workspaceWithBrand();
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 2000 }),
        fc.constantFrom('orders.csv', 'orders.xlsx', 'orders.xls', 'orders.ods', 'orders.txt'),
        async (bytes, name) => {
          const path = join(ws.dir, name);
          writeFileSync(path, bytes);
          const res = await ws.call('imports.start', { kind: 'orders', file: { path }, brandId });
          if (!res.ok) return;
          const job = await preview(ws, { kind: 'orders', file: { path }, brandId });
          expect(['ready', 'failed']).toContain(job.state);
          if (job.state === 'failed') expect(job.error?.message).not.toMatch(/Unexpected error/);
        },
      ),
      { numRuns: 150 },
    );
    expect(await state()).toEqual({ orders: 0, batches: 0 });
  });
});
