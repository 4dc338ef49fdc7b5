/**
 * Importing real Shopify exports (formats/samples) end to end through the
 * contract: preview, commit, attribution, re-import, a newer export, undo.
 */

import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { bucketCounts, bucketsAddUp, importFile, preview } from '../helpers/imports';
import { newWorkspace } from '../helpers/workspace';

// Real exports: byte-for-byte copies of ../shared/formats/samples kept with the fixtures.
const FIXTURES = join(__dirname, '../fixtures/orders');
const SHOPIFY_2026 = join(FIXTURES, 'shopify-2026-real.csv');
const TIKTOK = join(FIXTURES, 'shopify-tiktok-refunds.csv');

/** A USD pilot in May 2026 whose creators hold two of the sample's codes. */
async function may2026Pilot() {
  const ws = newWorkspace();
  const pilot = await ws.ok('pilots.create', {
    name: 'May launch',
    brand: 'Brando',
    currency: 'USD',
    startDate: '2026-05-01',
    endDate: '2026-05-31',
  });
  const ana = await ws.ok('creators.add', {
    pilotId: pilot.id,
    name: 'Ana',
    handles: [{ platform: 'instagram', handle: 'ana' }],
    discountCode: 'welcomesmszqx3qzkw',
  });
  const ben = await ws.ok('creators.add', {
    pilotId: pilot.id,
    name: 'Ben',
    handles: [{ platform: 'tiktok', handle: 'ben' }],
    discountCode: 'W158N9HDZQR',
  });
  return { ws, pilot, ana, ben, brandId: pilot.brandId as number };
}

describe('Shopify orders export', () => {
  it('previews the real 79-column export without writing anything', async () => {
    const { ws, brandId } = await may2026Pilot();
    const job = await preview(ws, { kind: 'orders', file: { path: SHOPIFY_2026 }, brandId });
    expect(job.state).toBe('ready');
    const p = job.preview;
    if (!p) throw new Error('no preview');
    expect(p.format.id).toBe('shopify');
    expect(p).toMatchObject({ rowsRead: 17, orders: 6, lineItems: 17, currencies: ['USD'] });
    expect(p.dateRange).toEqual({ from: '2026-05-11', to: '2026-05-12' });
    expect(bucketCounts(p)).toEqual({ added: 6 });
    expect(p.fileTotals.totals).toEqual([{ currency: 'USD', minor: 346693 }]);
    expect(bucketsAddUp(p)).toEqual({ rows: true, money: true });
    expect(p.sample[0]).toMatchObject({ externalId: '6954779508986', orderName: '#16102', totalMinor: 32855 });
    expect(p.columns.find((c) => c.field === 'orderId')?.header).toBe('Id');
    expect((await ws.ok('workspace.current', {})).orderCount).toBe(0);
  });

  it('commits, credits orders by code whatever its case, and re-importing adds nothing', async () => {
    const { ws, pilot, ana, ben, brandId } = await may2026Pilot();
    const first = await importFile(ws, { kind: 'orders', file: { path: SHOPIFY_2026 }, brandId });
    expect(bucketCounts(first)).toEqual({ added: 6 });

    const page = await ws.ok('orders.list', { pilotId: pilot.id });
    expect(page.total).toBe(6);
    const credited = page.rows.filter((o) => o.creatorId !== null).map((o) => [o.orderName, o.creatorName, o.rule]);
    expect(credited.sort()).toEqual([
      ['#16093', 'Ben', 'code'],
      ['#16099', 'Ana', 'code'],
    ]);
    expect((await ws.ok('orders.list', { pilotId: pilot.id, creatorId: ana.id })).total).toBe(1);
    expect((await ws.ok('orders.list', { pilotId: pilot.id, creatorId: ben.id })).total).toBe(1);

    const order = page.rows.find((o) => o.orderName === '#16099');
    const detail = await ws.ok('orders.get', { id: order?.id as number });
    expect(detail.lines).toHaveLength(6);
    expect(detail.attributions[0]).toMatchObject({ creatorName: 'Ana', counts: true });
    expect(detail.attributions[0]?.reason).toMatch(/Counts for Ana: code WELCOMESMSZQX3QZKW/);

    const again = await importFile(ws, { kind: 'orders', file: { path: SHOPIFY_2026 }, brandId });
    expect(bucketCounts(again)).toEqual({ unchanged: 6 });
    expect(again.warnings.join(' ')).toMatch(/imported before/);
    expect((await ws.ok('workspace.current', {})).orderCount).toBe(6);
  });

  it('excludes cancelled orders with their reason and never matches non-code titles', async () => {
    const ws = newWorkspace();
    const pilot = await ws.ok('pilots.create', {
      name: 'Holiday',
      brand: 'Maison',
      currency: 'GBP',
      startDate: '2025-12-01',
      endDate: '2025-12-31',
    });
    await ws.ok('creators.add', {
      pilotId: pilot.id,
      name: 'Cleo',
      handles: [{ platform: 'tiktok', handle: 'cleo' }],
      discountCode: 'SELLER',
    });
    const done = await importFile(ws, { kind: 'orders', file: { path: TIKTOK }, brandId: pilot.brandId as number });
    expect(bucketCounts(done)).toEqual({ added: 6, 'excluded:cancelled': 2 });
    expect(bucketsAddUp(done)).toEqual({ rows: true, money: true });
    const page = await ws.ok('orders.list', { pilotId: pilot.id });
    expect(page.rows.every((o) => o.creatorId === null)).toBe(true);
    const seller = page.rows.find((o) => o.codes.includes('Seller discount'));
    const detail = await ws.ok('orders.get', { id: seller?.id as number });
    expect(detail.attributions[0]?.reason).toMatch(/Seller discount is not a code of this pilot/);
  });

  it('updates orders a newer export changed, says which, and undoes that batch exactly', async () => {
    const { ws, pilot, brandId } = await may2026Pilot();
    const dir = ws.dir;
    const older = join(dir, 'orders_export_1.csv');
    copyFileSync(SHOPIFY_2026, older);
    const first = await importFile(ws, { kind: 'orders', file: { path: older }, brandId });

    // The shop refunded #16093 in full and cancelled #16100 after the first export.
    const newer = editOrders(readFileSync(SHOPIFY_2026, 'utf8'), {
      '#16093': { 'Financial Status': 'refunded', 'Refunded Amount': '168.30' },
      '#16100': { 'Cancelled at': '2026-05-13 09:00:00 -0700' },
    });
    const newerPath = join(dir, 'orders_export_2.csv');
    writeFileSync(newerPath, newer);

    const second = await importFile(ws, { kind: 'orders', file: { path: newerPath }, brandId });
    expect(bucketCounts(second)).toEqual({ unchanged: 4, updated: 2 });
    const changes = Object.fromEntries(second.changed.map((c) => [c.orderName, c.changes]));
    expect(changes['#16093']).toEqual(expect.arrayContaining(['status paid → refunded', 'refunded 0.00 → 168.30']));
    expect(changes['#16100']).toEqual(['now cancelled']);

    const benOrder = (await ws.ok('orders.list', { pilotId: pilot.id, search: '16093' })).rows[0];
    expect(benOrder).toMatchObject({ standing: 'counts', revenueMinor: 0, refundedMinor: 16830 });

    // The first batch cannot be undone while the second has changed its orders.
    const blocked = await ws.call('imports.undo', { batchId: first.batchId });
    expect(blocked).toMatchObject({ ok: false, error: { code: 'conflict' } });

    await ws.ok('imports.undo', { batchId: second.batchId });
    const restored = (await ws.ok('orders.list', { pilotId: pilot.id, search: '16093' })).rows[0];
    expect(restored).toMatchObject({ refundedMinor: 0, financialStatus: 'paid' });
    const batches = await ws.ok('imports.list', {});
    expect(batches.map((b) => [b.id, b.undoneAt !== null])).toEqual([
      [second.batchId, true],
      [first.batchId, false],
    ]);

    await ws.ok('imports.undo', { batchId: first.batchId });
    expect((await ws.ok('workspace.current', {})).orderCount).toBe(0);
    expect((await ws.ok('orders.list', { pilotId: pilot.id })).total).toBe(0);
  });
});

/** Edits order-level cells (on each order's first row) of a Shopify CSV, by header name. */
function editOrders(csv: string, edits: Record<string, Record<string, string>>): string {
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  const seen = new Set<string>();
  for (const row of parsed.data) {
    const name = row.Name ?? '';
    const edit = edits[name];
    if (edit && !seen.has(name)) Object.assign(row, edit);
    seen.add(name);
  }
  return Papa.unparse(parsed.data, { columns: parsed.meta.fields });
}
