/**
 * Every order fixture (test/fixtures/orders, in the real layouts of
 * ../shared/formats) imported through the contract, checked against what
 * test/import/fixtures-manifest.ts says a correct importer finds: the layout,
 * counts, dates, currencies, buckets with their reasons, money in minor
 * units, codes, refunds, UTM and problem rows.
 */

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { InputOf } from '../../src/shared/api/contract';
import { bucketsAddUp, importFile, preview } from '../helpers/imports';
import { newWorkspace } from '../helpers/workspace';
import { ORDER_FIXTURES, type OrderFixture, REIMPORTS } from './fixtures-manifest';

const FIXTURES = join(__dirname, '../fixtures/orders');

async function workspaceFor(currency: string) {
  const ws = newWorkspace();
  const pilot = await ws.ok('pilots.create', {
    name: 'Spring Glow creator pilot',
    brand: 'Fernleaf',
    currency,
    startDate: '2020-01-01',
    endDate: '2030-12-31',
  });
  return { ws, brandId: pilot.brandId as number };
}

function startInput(f: OrderFixture, brandId: number): InputOf<'imports.start'> {
  const input: InputOf<'imports.start'> = { kind: 'orders', file: { path: join(FIXTURES, f.file) }, brandId };
  if (f.format === 'mapped') {
    Object.assign(input, { format: 'mapped', mapping: f.mapping, dateOrder: f.dateOrder, decimalMark: f.decimalMark });
  }
  return input;
}

describe.each(ORDER_FIXTURES)('$file', (f) => {
  it(`reads as ${f.format} with the counts, buckets and totals of the file`, async () => {
    const { ws, brandId } = await workspaceFor(f.currency[0] ?? 'USD');
    const job = await preview(ws, startInput(f, brandId));
    expect(job.error).toBeNull();
    const p = job.preview;
    if (!p) throw new Error('no preview');
    expect(p.format.id).toBe(f.format);
    expect(p.rowsRead).toBe(f.rowsRead);
    const rejected = p.buckets
      .filter((b) => b.bucket === 'rejected' && b.records > 0)
      .reduce((n, b) => n + b.records, 0);
    expect(p.orders - rejected).toBe(f.orders);
    expect(p.lineItems).toBe(f.lineItems);
    expect(p.currencies).toEqual([...f.currency].sort());
    expect(p.dateRange).toEqual(f.dateRange);
    expect(Object.fromEntries(p.fileTotals.totals.map((t) => [t.currency, t.minor]))).toEqual(f.fileTotalMinor);
    expect(bucketsAddUp(p)).toEqual({ rows: true, money: true });

    const records = (bucket: string, reason?: string) =>
      p.buckets
        .filter((b) => b.bucket === bucket && (reason === undefined || b.reason === reason))
        .reduce((n, b) => n + b.records, 0);
    expect(records('added')).toBe(f.buckets.added);
    expect(rejected).toBe(f.buckets.rejected);
    for (const [reason, count] of Object.entries(f.buckets.excluded))
      expect(records('excluded', reason), reason).toBe(count);
    expect(records('excluded')).toBe(Object.values(f.buckets.excluded).reduce((n, c) => n + (c ?? 0), 0));
    for (const problem of f.problems ?? []) {
      const found = p.problems.find((x) => x.row === problem.row);
      expect(found?.message, `problem at row ${problem.row}`).toContain(problem.contains);
    }
  });

  it('stores each added order as the file has it', async () => {
    const { ws, brandId } = await workspaceFor(f.currency[0] ?? 'USD');
    await importFile(ws, startInput(f, brandId));
    const stored = await ws.ok('orders.list', { limit: 5000 });
    const byId = new Map(stored.rows.map((o) => [o.externalId, o]));
    for (const expected of f.orders_) {
      const row = byId.get(expected.externalId);
      if (expected.bucket) {
        expect(row, `${expected.externalId} is ${expected.bucket}`).toBeUndefined();
        continue;
      }
      if (!row) throw new Error(`order ${expected.externalId} was not stored`);
      const o = await ws.ok('orders.get', { id: row.id });
      const label = `order ${expected.externalId}`;
      expect(o.orderDate, label).toBe(expected.orderDate);
      expect(o.totalMinor, label).toBe(expected.totalMinor);
      expect(o.codes, label).toEqual(expected.codes);
      if (expected.orderName) expect(o.orderName, label).toBe(expected.orderName);
      if (expected.subtotalMinor !== undefined) expect(o.subtotalMinor, label).toBe(expected.subtotalMinor);
      if (expected.refundedMinor !== undefined) expect(o.refundedMinor, label).toBe(expected.refundedMinor);
      if (expected.utmCampaign) expect(o.utm.campaign, label).toBe(expected.utmCampaign);
      if (expected.utmContent) expect(o.utm.content, label).toBe(expected.utmContent);
      if (expected.lines !== undefined) expect(o.lines, label).toHaveLength(expected.lines);
      if (f.format === 'shopify' && expected.financialStatus)
        expect(o.financialStatus, label).toBe(expected.financialStatus);
    }
  });
});

describe.each(REIMPORTS)('$first, then $second', (r) => {
  it('adds the new orders, updates the changed ones and says which', async () => {
    const first = ORDER_FIXTURES.find((f) => f.file === r.first) as OrderFixture;
    const second = ORDER_FIXTURES.find((f) => f.file === r.second) as OrderFixture;
    const { ws, brandId } = await workspaceFor(first.currency[0] ?? 'USD');
    await importFile(ws, startInput(first, brandId));
    const done = await importFile(ws, startInput(second, brandId));
    const records = (bucket: string) =>
      done.buckets.filter((b) => b.bucket === bucket).reduce((n, b) => n + b.records, 0);
    expect(records('added')).toBe(r.added.length);
    expect(records('updated')).toBe(r.updated.length);
    expect(records('unchanged')).toBe(r.unchanged.length);
    expect(done.changed.map((c) => c.externalId).sort()).toEqual(r.updated.map((u) => u.externalId).sort());
    for (const u of r.updated) {
      const listed = (await ws.ok('orders.list', { search: u.orderName ?? u.externalId })).rows[0];
      const o = await ws.ok('orders.get', { id: listed?.id as number });
      for (const [field, [, after]] of Object.entries(u.changed)) {
        expect((o as unknown as Record<string, unknown>)[field], `${u.externalId} ${field}`).toEqual(after);
      }
    }
  });
});
