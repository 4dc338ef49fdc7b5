/**
 * The report of the hand-computed pilot (test/helpers/results-pilot.ts): its
 * figures as results.get gives them, an order in another currency kept in its
 * own currency's format and out of the totals, approved and paid payouts, and
 * a creator named like a formula written as inert text.
 */

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { moneyFormat } from '../../src/main/core/export/xlsx';
import { importFile } from '../helpers/imports';
import { resultsPilot } from '../helpers/results-pilot';
import { writeShopifyCsv } from '../helpers/shopify-csv';
import { cents, FROZEN, lastRow, readBook, rowCells, rowValues } from './workbook';

const FORMULA = '=HYPERLINK("http://x","y")';

describe('the report of the hand-computed pilot', { timeout: 60_000 }, () => {
  it('carries its figures, payouts, other-currency orders and inert text', async () => {
    const { ws, pilot, leo } = await resultsPilot();
    await ws.ok('creators.update', {
      id: leo.id,
      name: FORMULA,
      handles: [{ platform: 'tiktok', handle: 'leoglows' }],
      discountCode: 'LEO10',
      cpa: '5.00',
    });
    // A second pilot of the same brand in EUR makes EUR orders the brand's own.
    await ws.ok('pilots.create', {
      name: 'Autumn EU',
      brand: 'Fernleaf',
      currency: 'EUR',
      startDate: '2026-09-01',
      endDate: '2026-09-30',
    });
    const eurFile = writeShopifyCsv(ws.dir, 'orders_export_eur.csv', [
      { name: '#2001', created: '2026-03-12 10:00:00 -0700', total: '20.00', code: 'LEO10', currency: 'EUR' },
    ]);
    await importFile(ws, { kind: 'orders', file: { path: eurFile }, brandId: pilot.brandId as number });
    const approved = await ws.ok('payouts.approve', {
      pilotId: pilot.id,
      periodStart: '2026-03-01',
      periodEnd: '2026-06-30',
      by: '+Dana',
    });
    expect(approved.payouts.length).toBeGreaterThan(0);
    const first = approved.payouts[0];
    if (!first) throw new Error('no payout');
    await ws.ok('payouts.markPaid', { payoutIds: [first.id], by: 'Finance' });
    const results = await ws.ok('results.get', { pilotId: pilot.id });
    const payouts = await ws.ok('payouts.list', { pilotId: pilot.id });

    const written = await ws.ok('reports.export', { pilotId: pilot.id, path: join(ws.dir, 'hand.xlsx') });
    const book = readBook(written.path);

    // Inert text: the formula arrives as a string with a leading apostrophe, never as a formula.
    const creators = book.sheet('Creators');
    const names = results.creators.map((_, i) => rowCells(creators, i + 1)[0]);
    const hostile = names.find((c) => String(c?.v).includes('HYPERLINK'));
    expect(hostile).toMatchObject({ t: 's', v: `'${FORMULA}` });
    expect(hostile?.f).toBeUndefined();
    expect(book.xml(1)).not.toContain('<f>');
    const orders = book.sheet('Orders');
    const orderRows = Array.from({ length: lastRow(orders) }, (_, r) => rowCells(orders, r + 1));
    const leoOrders = orderRows.filter((r) => String(r[3]?.v).includes('HYPERLINK'));
    expect(leoOrders.length).toBeGreaterThan(0);
    for (const row of leoOrders) expect(row[3]).toMatchObject({ t: 's', v: `'${FORMULA}` });

    // Orders: the EUR order in its own currency's format; USD counted revenue equals the pilot's.
    const eur = orderRows.find((r) => r[6]?.v === 'EUR');
    expect(eur?.[7]).toMatchObject({ t: 'n', v: 20, z: moneyFormat('EUR') });
    const usd = orderRows.filter((r) => r[6]?.v === 'USD' && r[9]?.v === 'Counts');
    expect(usd.reduce((t, r) => t + cents(r[7]), 0)).toBe(results.pilot.revenueMinor);
    expect(orderRows.find((r) => r[0]?.v === '#1004')?.[8]).toMatchObject({ v: 50 });

    // Summary: the other currency reported apart, never added.
    const summary = book.sheet('Summary');
    const summaryRows = Array.from({ length: lastRow(summary) + 1 }, (_, r) => rowCells(summary, r));
    const apart = summaryRows.find((r) => r[0]?.v === 'Orders in EUR (reported apart)');
    expect(apart?.[1]).toMatchObject({ v: 20, z: moneyFormat('EUR') });
    expect(cents(summaryRows.find((r) => r[0]?.v === 'Revenue')?.[1])).toBe(results.pilot.revenueMinor);

    // Payouts: one row per payout, status and timestamps, the total of the amounts.
    const sheet = book.sheet('Payouts');
    expect(book.xml(4)).toContain(FROZEN);
    expect(lastRow(sheet)).toBe(payouts.length + 1);
    expect(sheet['!autofilter']).toEqual({ ref: `A1:J${payouts.length + 1}` });
    const rows = payouts.map((_, i) => rowCells(sheet, i + 1));
    const paid = rows.find((r) => r[5]?.v === 'Paid');
    expect(paid?.[8]?.v).toBe('Finance');
    expect(paid?.[9]).toMatchObject({ t: 'n', z: 'yyyy-mm-dd hh:mm' });
    expect(rows[0]?.[1]).toMatchObject({ t: 'n', z: 'yyyy-mm-dd' });
    expect(rows[0]?.[6]).toMatchObject({ t: 's', v: "'+Dana" });
    const total = rowValues(sheet, payouts.length + 1);
    expect(total[0]).toBe('Total');
    expect(Math.round(Number(total[3]) * 100)).toBe(payouts.reduce((t, p) => t + p.amountMinor, 0));
  });
});
