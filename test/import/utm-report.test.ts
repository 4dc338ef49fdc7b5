/**
 * An analytics report of order ids with their UTM values, imported the same
 * way as an orders export: it adds no orders, lends its tracked-link
 * parameters to orders already imported, and refuses rows for orders the
 * workspace does not hold.
 */

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bucketCounts, importFile } from '../helpers/imports';
import { writeShopifyCsv } from '../helpers/shopify-csv';
import { newWorkspace } from '../helpers/workspace';

const REPORT = join(__dirname, '../fixtures/orders/shopify-orders-over-time-utm.csv');

describe('a Shopify Analytics report with UTM values', () => {
  it('credits already imported orders by link, and undoes cleanly', async () => {
    const ws = newWorkspace();
    const pilot = await ws.ok('pilots.create', {
      name: 'Spring Glow',
      brand: 'Fernleaf',
      currency: 'USD',
      startDate: '2026-03-01',
      endDate: '2026-03-31',
      attributionMethod: 'both',
    });
    await ws.ok('creators.add', {
      pilotId: pilot.id,
      name: 'Leo',
      handles: [{ platform: 'tiktok', handle: 'leoglows' }],
    });
    const brandId = pilot.brandId as number;
    const orders = writeShopifyCsv(ws.dir, 'orders_export_1.csv', [
      { name: '#1001', created: '2026-03-02 10:00:00 -0700', total: '40.00' },
      { name: '#1003', created: '2026-03-04 10:00:00 -0700', total: '60.00' },
    ]);
    await importFile(ws, { kind: 'orders', file: { path: orders }, brandId });
    expect((await ws.ok('orders.list', { pilotId: pilot.id, rule: 'link' })).total).toBe(0);

    const report = await importFile(ws, { kind: 'orders', file: { path: REPORT }, brandId });
    expect(report.format.id).toBe('shopify-utm-report');
    expect(bucketCounts(report)).toEqual({ updated: 2, rejected: 1 });
    expect(report.problems).toEqual([
      { row: 6, field: 'orderId', message: expect.stringMatching(/order 9999 is not in the workspace yet/) },
    ]);
    const linked = await ws.ok('orders.list', { pilotId: pilot.id, rule: 'link' });
    expect(linked.rows.map((o) => [o.orderName, o.creatorName, o.matched])).toEqual([
      ['#1001', 'Leo', 'utm_content=leoglows'],
    ]);
    expect((await ws.ok('workspace.current', {})).orderCount).toBe(2);

    await ws.ok('imports.undo', { batchId: report.batchId });
    expect((await ws.ok('orders.list', { pilotId: pilot.id, rule: 'link' })).total).toBe(0);
  });
});
