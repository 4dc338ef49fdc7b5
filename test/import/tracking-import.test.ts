/** Moving in from a pilot tracking sheet: preview, commit, the figure check, mapping and refusals. */

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../src/shared/imports';
import { bucketCounts, bucketsAddUp, importFile, preview } from '../helpers/imports';
import { writeShopifyCsv } from '../helpers/shopify-csv';
import { newWorkspace } from '../helpers/workspace';

const TRACKING = join(__dirname, '../fixtures/tracking');
type Workspace = ReturnType<typeof newWorkspace>;

const count = (ws: Workspace, table: string) =>
  ws.session.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

async function demo() {
  const ws = newWorkspace();
  const { pilotId } = await ws.ok('demo.load', {});
  return { ws, pilotId };
}

const diff = (p: ImportPreview, creator: string, figure: string) =>
  p.differences?.find((d) => d.creator === creator && d.figure === figure);

describe('tracking sheet move-in on the demo pilot', () => {
  it('previews every row, the fees rule and the differences, writing nothing', async () => {
    const { ws, pilotId } = await demo();
    const creatorsBefore = await ws.ok('creators.list', { pilotId });
    const job = await preview(ws, { kind: 'tracking', file: { path: join(TRACKING, 'pilot-tracking.xlsx') }, pilotId });
    expect(job.state).toBe('ready');
    const p = job.preview as ImportPreview;
    // The header is found under the workbook's title row; the totals row is left out, not rejected.
    expect(p.headerRow).toBe(3);
    expect(p.needsMapping).toBe(false);
    expect(bucketCounts(p)).toEqual({ added: 1, updated: 10, 'excluded:totals row': 0 });
    expect(bucketsAddUp(p).rows).toBe(true);
    expect(p.trackingRows).toHaveLength(11);
    const ava = p.trackingRows?.find((r) => r.code === 'AVA15');
    expect(ava).toMatchObject({ creator: 'Ava Brooks', channel: 'instagram', bucket: 'added', creatorId: null });
    const maya = p.trackingRows?.find((r) => r.code === 'MAYA15');
    const mayaId = creatorsBefore.find((c) => c.discountCode === 'MAYA15')?.id;
    expect(maya).toMatchObject({ creator: 'Maya Okafor', creatorId: mayaId, bucket: 'updated', clicks: 3120 });
    expect(maya?.reason).toContain('3120 clicks on 2026-08-03');
    expect(p.warnings.join(' ')).toMatch(/total costs are kept as their fees/);

    // Pilotdesk's own figures against the sheet's, as the pilot would be after the move-in.
    expect(diff(p, 'Jonah Reyes', 'orders')).toMatchObject({ sheet: '68', pilotdesk: '66' });
    expect(diff(p, 'Jonah Reyes', 'orders')?.note).toMatch(/2 credited orders were fully refunded/);
    expect(diff(p, 'Jonah Reyes', 'revenue')).toMatchObject({ sheet: '$3,812.40', pilotdesk: '$3,706.72' });
    expect(diff(p, 'Ava Brooks', 'orders')).toMatchObject({ sheet: '9', pilotdesk: '0' });
    expect(diff(p, 'Ava Brooks', 'orders')?.note).toMatch(/No imported order carries the code AVA15/);
    expect(diff(p, 'Maya Okafor', 'repeatRate')).toMatchObject({ sheet: '11%', pilotdesk: '—' });
    expect(diff(p, 'Maya Okafor', 'repeatRate')?.note).toMatch(/too recent/);
    // Agreeing figures are not listed: Maya's orders, revenue, clicks and 93 / 3,120 = 2.98 %.
    for (const figure of ['orders', 'revenue', 'aov', 'clicks', 'conversion']) {
      expect(diff(p, 'Maya Okafor', figure)).toBeUndefined();
    }

    // Nothing was written by the preview (it ran in a transaction rolled back).
    expect(await ws.ok('creators.list', { pilotId })).toEqual(creatorsBefore);
    expect(count(ws, 'clicks')).toBe(0);
    expect(count(ws, "import_batches WHERE kind = 'tracking'")).toBe(0);
  });

  it('commits in one logged transaction, after a backup; the CSV lands the same; a second time changes nothing', async () => {
    const { ws, pilotId } = await demo();
    const done = await importFile(ws, {
      kind: 'tracking',
      file: { path: join(TRACKING, 'pilot-tracking.csv') },
      pilotId,
    });
    expect(bucketCounts(done)).toMatchObject({ added: 1, updated: 10 });
    const creators = await ws.ok('creators.list', { pilotId });
    expect(creators).toHaveLength(13);
    const ava = creators.find((c) => c.discountCode === 'AVA15');
    expect(ava).toMatchObject({
      name: 'Ava Brooks',
      handles: [{ platform: 'instagram', handle: 'ava.brooks' }],
      goLiveDate: '2026-08-20',
      feesMinor: 25000,
      stage: 'live',
    });
    const lena = creators.find((c) => c.discountCode === 'LENA15');
    expect(lena?.baselineRevenueMinor).toBe(15000);
    // Fees: the sheet's total less the stipend, product and shipping Lena's terms already hold.
    const fixed = (lena?.stipendMinor ?? 0) + (lena?.productUnits ?? 0) * (lena?.productUnitCostMinor ?? 0);
    expect(lena?.feesMinor).toBe(110150 - fixed - (lena?.seedingShippingMinor ?? 0));
    const clicks = await ws.ok('clicks.list', { pilotId });
    expect(clicks.find((c) => c.creatorId === ava?.id)).toEqual({ creatorId: ava?.id, day: '2026-08-20', clicks: 410 });
    expect(clicks.reduce((n, c) => n + c.clicks, 0)).toBe(20700);

    const results = await ws.ok('results.get', { pilotId });
    expect(results.creators.find((c) => c.id === ava?.id)?.clicks).toBe(410);
    expect(done.differences?.length).toBeGreaterThan(0);

    const batch = await ws.ok('imports.list', {});
    expect(batch[0]).toMatchObject({ id: done.batchId, kind: 'tracking' });
    expect(batch[0]?.undoBlockedBy).toMatch(/cannot be undone.*automatic backup/);
    expect(await ws.call('imports.undo', { batchId: done.batchId })).toMatchObject({ ok: false });
    expect(count(ws, "activity_log WHERE action = 'import.tracking'")).toBe(1);
    expect((await ws.ok('backups.list', {}))[0]?.reason).toBe('import');

    const again = await importFile(ws, {
      kind: 'tracking',
      file: { path: join(TRACKING, 'pilot-tracking.xlsx') },
      pilotId,
    });
    expect(bucketCounts(again)).toEqual({ unchanged: 11, 'excluded:totals row': 0 });
    expect(await ws.ok('creators.list', { pilotId })).toEqual(creators);
  });

  it('writes nothing when cancelled', async () => {
    const { ws, pilotId } = await demo();
    const ready = await preview(ws, {
      kind: 'tracking',
      file: { path: join(TRACKING, 'pilot-tracking.csv') },
      pilotId,
    });
    expect((await ws.ok('imports.cancel', { jobId: ready.id })).state).toBe('cancelled');
    expect(await ws.call('imports.commit', { jobId: ready.id })).toMatchObject({ ok: false });
    expect(await ws.ok('creators.list', { pilotId })).toHaveLength(12);
    expect(count(ws, 'clicks') + count(ws, "import_batches WHERE kind = 'tracking'")).toBe(0);
    expect(await ws.ok('backups.list', {})).toEqual([]);
  });
});

describe('tracking sheet move-in on a hand-made pilot', () => {
  async function pilot() {
    const ws = newWorkspace();
    const p = await ws.ok('pilots.create', {
      name: 'Autumn',
      brand: 'Fernleaf',
      currency: 'EUR',
      startDate: '2026-09-01',
      endDate: '2026-09-30',
      attributionWindowDays: 10,
    });
    const maya = await ws.ok('creators.add', {
      pilotId: p.id,
      name: 'Maya',
      handles: [{ platform: 'instagram', handle: 'mayamakes' }],
      discountCode: 'MAYA15',
    });
    const leo = await ws.ok('creators.add', {
      pilotId: p.id,
      name: 'Leo Park',
      handles: [{ platform: 'tiktok', handle: 'leoglows' }],
    });
    const orders = writeShopifyCsv(ws.dir, 'orders_export_1.csv', [
      {
        name: '#1',
        created: '2026-09-03 10:00:00 +0200',
        total: '40.00',
        code: 'MAYA15',
        email: 'a@example.com',
        currency: 'EUR',
      },
      {
        name: '#2',
        created: '2026-09-04 10:00:00 +0200',
        total: '60.00',
        code: 'MAYA15',
        email: 'b@example.com',
        currency: 'EUR',
      },
      // After the window: the sheet counts it, Pilotdesk does not.
      {
        name: '#3',
        created: '2026-10-25 10:00:00 +0200',
        total: '50.00',
        code: 'MAYA15',
        email: 'c@example.com',
        currency: 'EUR',
      },
    ]);
    await importFile(ws, { kind: 'orders', file: { path: orders } });
    return { ws, pilotId: p.id, maya, leo };
  }

  // A team's own headings (none known), decimal commas, day-first dates, a bad row and one outside the pilot.
  const SHEET = [
    'Partner;Where;Went live;Promo;Purchases;Sales;Spend',
    '@mayamakes;Instagram;03/09/2026;MAYA15;3;150,00;200,00',
    'Leo Park;TikTok;05/09/2026;LEO10;1;35,50;120,00',
    'Juniper Hale;YouTube;07/09/2026;JUNI10;0;0,00;80,00',
    'Ola Berg;Instagram;09/09/2026;OLA10;2;12,5O;50,00',
    'Kim Sato;Instagram;15/10/2026;KIM10;1;20,00;40,00',
  ].join('\n');

  it('asks for a mapping of unknown headers, names bad rows, and remembers the mapping', async () => {
    const { ws, pilotId, maya, leo } = await pilot();
    const file = join(ws.dir, 'tracking.csv');
    writeFileSync(file, SHEET);
    const unmapped = await preview(ws, { kind: 'tracking', file: { path: file }, pilotId });
    expect(unmapped.state).toBe('ready');
    expect(unmapped.preview?.needsMapping).toBe(true);
    expect(unmapped.preview?.headers).toContain('Partner');
    expect(await ws.call('imports.commit', { jobId: unmapped.id })).toMatchObject({
      ok: false,
      error: { field: 'mapping' },
    });

    const mapping = {
      creator: 'Partner',
      channel: 'Where',
      campaignStart: 'Went live',
      code: 'Promo',
      orders: 'Purchases',
      revenue: 'Sales',
      totalCosts: 'Spend',
    };
    const done = await importFile(ws, { kind: 'tracking', file: { path: file }, pilotId, mapping, dateOrder: 'dmy' });
    expect(done.needsMapping).toBe(false);
    expect(bucketCounts(done)).toEqual({ added: 1, updated: 2, rejected: 0 });
    expect(done.problems.map((p) => [p.row, p.field])).toEqual([
      [5, 'revenue'],
      [6, 'campaignStart'],
    ]);
    expect(done.problems[0]?.message).toMatch(/^Row 5, Revenue: "12,5O" is not an amount/);
    expect(done.problems[1]?.message).toMatch(/^Row 6, .*2026-10-15 is outside the pilot/);

    const creators = await ws.ok('creators.list', { pilotId });
    expect(creators.map((c) => c.name).sort()).toEqual(['Juniper Hale', 'Leo Park', 'Maya']);
    expect(creators.find((c) => c.id === leo.id)).toMatchObject({
      discountCode: 'LEO10',
      goLiveDate: '2026-09-05',
      feesMinor: 12000,
    });
    expect(creators.find((c) => c.id === maya.id)).toMatchObject({ goLiveDate: '2026-09-03', feesMinor: 20000 });
    expect(creators.find((c) => c.name === 'Juniper Hale')?.handles).toEqual([
      { platform: 'youtube', handle: 'juniper.hale' },
    ]);

    // Maya: 3 orders in the sheet, 2 in her window; €150.00 in the sheet, €100.00 counted.
    const orders = done.differences?.find((d) => d.creator === 'Maya' && d.figure === 'orders');
    expect(orders).toMatchObject({ sheet: '3', pilotdesk: '2' });
    expect(orders?.note).toMatch(/1 order with the code MAYA15 fall outside the creator's window/);
    expect(done.differences?.find((d) => d.creator === 'Maya' && d.figure === 'revenue')).toMatchObject({
      sheet: '€150.00',
      pilotdesk: '€100.00',
    });
    // Leo's code is new: no order carries it.
    expect(done.differences?.find((d) => d.creator === 'Leo Park' && d.figure === 'orders')?.note).toMatch(
      /No imported order carries the code LEO10/,
    );

    // The same headings again, without a mapping: the remembered one is used.
    const next = join(ws.dir, 'tracking-week-2.csv');
    writeFileSync(next, SHEET.replace('3;150,00', '4;190,00'));
    const remembered = await preview(ws, { kind: 'tracking', file: { path: next }, pilotId, dateOrder: 'dmy' });
    expect(remembered.preview?.needsMapping).toBe(false);
    expect(remembered.preview?.columns.find((c) => c.field === 'revenue')?.header).toBe('Sales');
  });

  it('refuses a tracking import without a pilot, naming the field', async () => {
    const { ws } = await pilot();
    const file = join(ws.dir, 'tracking.csv');
    writeFileSync(file, SHEET);
    expect(await ws.call('imports.start', { kind: 'tracking', file: { path: file } })).toMatchObject({
      ok: false,
      error: { field: 'pilotId' },
    });
  });
});
