/**
 * Payouts end to end through the contract, on orders imported from a shop
 * export: preview, approve, a refund after payout settled in the next period,
 * a held order cleared, mark paid, and the finance file and a statement read
 * back from CSV and xlsx with totals equal to the approved payouts.
 */

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { todayIso } from '../../src/main/core/payouts/approve';
import { addDays } from '../../src/shared/dates';
import { importFile } from '../helpers/imports';
import { newWorkspace } from '../helpers/workspace';
import { writeShopOrders } from './shop-orders';

// Dates relative to today: an approval needs a period that has ended.
const D0 = addDays(todayIso(), -120);
const day = (n: number) => addDays(D0, n);

async function setup() {
  const ws = newWorkspace();
  const pilot = await ws.ok('pilots.create', {
    name: 'Spring Glow',
    brand: 'Fernleaf',
    market: 'US',
    currency: 'USD',
    startDate: day(0),
    endDate: day(30),
    returnWindowDays: 30,
    attributionWindowDays: 30,
    glCode: '6420-CREATORS',
  });
  const maya = await ws.ok('creators.add', {
    pilotId: pilot.id,
    name: 'Maya Okafor',
    handles: [{ platform: 'instagram', handle: 'maya.glows' }],
    discountCode: 'MAYA15',
    commissionRate: '10',
    payeeRef: '=HYPERLINK("http://evil.example","pay")',
  });
  const leo = await ws.ok('creators.add', {
    pilotId: pilot.id,
    name: 'Leo Park',
    handles: [{ platform: 'tiktok', handle: 'leoglows' }],
    discountCode: 'LEO10',
    cpa: '5.00',
    payeeRef: 'V-1002',
  });
  const orders = [
    { id: 101, date: day(1), total: '40.00', code: 'MAYA15' },
    { id: 102, date: day(10), total: '60.00', code: 'MAYA15' },
    { id: 103, date: day(29), total: '50.00', code: 'MAYA15' },
    { id: 104, date: day(30), total: '30.00', code: 'MAYA15' },
    { id: 105, date: day(5), total: '20.00', code: 'LEO10', country: 'CA', province: 'ON' },
    { id: 106, date: day(6), total: '25.00', code: 'LEO10' },
    { id: 107, date: day(3), total: '45.00', code: 'MAYA15', refunded: '45.00', status: 'refunded' },
    { id: 108, date: day(40), total: '100.00', code: 'MAYA15' },
  ];
  await importFile(ws, {
    kind: 'orders',
    file: { path: writeShopOrders(ws.dir, 'orders_export_1.csv', orders) },
    brandId: pilot.brandId as number,
  });
  const ids = await orderIds(ws, pilot.id);
  return { ws, pilot, maya, leo, orders, ids };
}

async function orderIds(ws: ReturnType<typeof newWorkspace>, pilotId: number): Promise<Record<string, number>> {
  const page = await ws.ok('orders.list', { pilotId, limit: 100 });
  return Object.fromEntries(page.rows.map((o) => [o.orderName ?? '', o.id]));
}

describe('payouts through the contract', () => {
  it('previews, approves, settles a refund after payout, marks paid and exports files that add up', async () => {
    const { ws, pilot, maya, leo, orders, ids } = await setup();

    // Period 1 ends day 59: orders dated day 29 or before are past the 30-day return window.
    const p1 = { pilotId: pilot.id, periodStart: day(0), periodEnd: day(59) };
    const preview = await ws.ok('payouts.preview', p1);
    expect(preview.payableThrough).toBe(day(29));
    const m1 = preview.creators.find((c) => c.creatorId === maya.id);
    const l1 = preview.creators.find((c) => c.creatorId === leo.id);
    // Maya: 10% of 40 + 60 + 50 (day 29, the last payable day) = 15.00.
    expect(m1).toMatchObject({
      payableMinor: 1500,
      orderCount: 3,
      adjustmentMinor: 0,
      bonusMinor: 0,
      totalMinor: 1500,
    });
    expect(m1?.pending.map((p) => [p.orderRef, p.reason, p.amountMinor, p.text])).toEqual([
      ['#107', 'refunded', 0, 'fully refunded'],
      ['#104', 'return_window', 300, `in return window until ${day(60)}`],
      ['#108', 'return_window', 1000, `in return window until ${day(70)}`],
    ]);
    // Leo: 5.00 per net order; #105 shipped to Canada is held for review.
    expect(l1).toMatchObject({ payableMinor: 500, orderCount: 1, pendingMinor: 500, totalMinor: 500 });
    expect(l1?.pending[0]?.text).toBe("held for fraud review: shipped to CA-ON, outside the pilot's market (US)");

    // Invalid input: the error names the field and nothing is written.
    const bad = await ws.call('payouts.approve', { ...p1, periodEnd: day(-1), by: 'Dana' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'periodEnd' } });
    expect(await ws.call('payouts.approve', { ...p1, by: ' ' })).toMatchObject({ ok: false, error: { field: 'by' } });
    const future = await ws.call('payouts.approve', { ...p1, periodEnd: addDays(todayIso(), 1), by: 'Dana' });
    expect(future).toMatchObject({ ok: false, error: { field: 'periodEnd' } });
    expect(await ws.ok('payouts.list', { pilotId: pilot.id })).toEqual([]);

    const approved = await ws.ok('payouts.approve', { ...p1, by: 'Dana Finch' });
    const summary = (list: { creatorName: string; amountMinor: number; orderCount: number; approvedBy: string }[]) =>
      list.map((p) => [p.creatorName, p.amountMinor, p.orderCount, p.approvedBy]).sort();
    expect(summary(approved.payouts)).toEqual([
      ['Leo Park', 500, 1, 'Dana Finch'],
      ['Maya Okafor', 1500, 3, 'Dana Finch'],
    ]);
    // The same period again, or one overlapping it, is refused by name.
    const again = await ws.call('payouts.approve', { ...p1, creatorIds: [maya.id], by: 'Dana Finch' });
    expect(again).toMatchObject({ ok: false, error: { field: 'periodStart' } });
    expect(again.ok ? '' : again.error.message).toMatch(/Maya Okafor already has a payout approved/);
    const overlap = await ws.call('payouts.approve', { ...p1, periodStart: day(50), periodEnd: day(80), by: 'D' });
    expect(overlap).toMatchObject({ ok: false, error: { field: 'periodStart' } });
    expect(await ws.ok('payouts.list', { pilotId: pilot.id })).toHaveLength(2);

    // The held order is cleared; #102 (paid 6.00) is refunded after payout.
    const cleared = await ws.ok('fraud.decide', {
      pilotId: pilot.id,
      orderId: ids['#105'] as number,
      decision: 'cleared',
      note: 'Customer lives in Toronto, ordered for a US friend',
      by: 'Dana Finch',
    });
    expect(cleared).toMatchObject({ held: false, review: { decision: 'cleared', decidedBy: 'Dana Finch' } });
    const updated = orders.map((o) => (o.id === 102 ? { ...o, refunded: '60.00', status: 'refunded' } : o));
    await importFile(ws, {
      kind: 'orders',
      file: { path: writeShopOrders(ws.dir, 'orders_export_2.csv', updated) },
      brandId: pilot.brandId as number,
    });

    // Period 2 ends day 99: #104 and #108 are payable, #102 gives back its 6.00, Leo's cleared #105 is paid.
    const p2 = { pilotId: pilot.id, periodStart: day(60), periodEnd: day(99) };
    const second = await ws.ok('payouts.preview', p2);
    const m2 = second.creators.find((c) => c.creatorId === maya.id);
    expect(m2?.lines.map((l) => [l.orderRef, l.kind, l.amountMinor])).toEqual([
      ['#102', 'adjustment', -600],
      ['#104', 'commission', 300],
      ['#108', 'commission', 1000],
    ]);
    expect(m2).toMatchObject({ payableMinor: 1300, adjustmentMinor: -600, totalMinor: 700, orderCount: 2 });
    expect(second.creators.find((c) => c.creatorId === leo.id)).toMatchObject({ totalMinor: 500, orderCount: 1 });
    const approved2 = await ws.ok('payouts.approve', { ...p2, by: 'Dana Finch' });
    expect(summary(approved2.payouts)).toEqual([
      ['Leo Park', 500, 1, 'Dana Finch'],
      ['Maya Okafor', 700, 2, 'Dana Finch'],
    ]);

    const first = approved.payouts.find((p) => p.creatorId === maya.id);
    const paid = await ws.ok('payouts.markPaid', { payoutIds: [first?.id as number], by: 'Ravi (finance)' });
    expect(paid[0]).toMatchObject({ paidBy: 'Ravi (finance)' });
    expect(paid[0]?.paidAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const twice = await ws.call('payouts.markPaid', { payoutIds: [first?.id as number], by: 'Ravi' });
    expect(twice).toMatchObject({ ok: false, error: { field: 'payoutIds.0' } });

    const all = await ws.ok('payouts.list', { pilotId: pilot.id });
    const approvedTotal = all.reduce((sum, p) => sum + p.amountMinor, 0);
    expect(approvedTotal).toBe(1500 + 500 + 700 + 500);

    const csv = await ws.ok('payouts.export', { pilotId: pilot.id, format: 'csv' });
    expect(dirname(csv.path)).toBe(join(ws.dir, 'exports'));
    expect(csv).toMatchObject({ rows: 4, totalMinor: approvedTotal, currency: 'USD' });
    const xlsx = await ws.ok('payouts.export', { pilotId: pilot.id, format: 'xlsx' });
    const csvAgain = await ws.ok('payouts.export', { pilotId: pilot.id, format: 'csv' });
    expect(csvAgain.path).toBe(csv.path.replace(/\.csv$/, ' (2).csv'));

    for (const file of [csv.path, xlsx.path]) {
      const wb = XLSX.read(readFileSync(file), { type: 'buffer' });
      const sheet = wb.Sheets[wb.SheetNames[0] as string];
      if (!sheet) throw new Error('no sheet');
      const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(sheet, { raw: true });
      expect(rows).toHaveLength(4);
      expect(XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1 })[0]).toEqual([
        'Creator',
        'Payee reference',
        'Period start',
        'Period end',
        'Currency',
        'Amount',
        'Order count',
        'GL code',
        'Approved by',
        'Approved at',
        'Paid by',
        'Paid at',
      ]);
      const total = rows.reduce((sum, r) => sum + Math.round(Number(r.Amount) * 100), 0);
      expect(total).toBe(approvedTotal);
      const maya1 = rows.find((r) => r.Creator === 'Maya Okafor' && r['Order count'] === 3);
      expect(maya1).toMatchObject({ 'GL code': '6420-CREATORS', 'Paid by': 'Ravi (finance)', 'Order count': 3 });
      expect(maya1?.['Payee reference']).toBe('\'=HYPERLINK("http://evil.example","pay")');
      expect(sheet.B2?.f).toBeUndefined();
    }

    const mayaSecond = approved2.payouts.find((p) => p.creatorId === maya.id);
    const statement = await ws.ok('payouts.statement', {
      payoutId: mayaSecond?.id as number,
      format: 'xlsx',
      path: join(ws.dir, 'maya.xlsx'),
    });
    expect(statement).toMatchObject({ path: join(ws.dir, 'maya.xlsx'), rows: 3, totalMinor: 700 });
    const st = XLSX.read(readFileSync(statement.path), { type: 'buffer' }).Sheets.Statement;
    if (!st) throw new Error('no statement sheet');
    const lines = XLSX.utils.sheet_to_json<Record<string, unknown>>(st, { raw: true });
    expect(lines.map((l) => [l.Order, l.Amount, l.Line])).toEqual([
      ['#102', -6, 'Adjustment'],
      ['#104', 3, 'Commission'],
      ['#108', 10, 'Commission'],
      ['Total', 7, undefined],
    ]);
    expect(lines[0]).toMatchObject({ Revenue: 0, Refunded: 60 });

    const stCsv = await ws.ok('payouts.statement', { payoutId: mayaSecond?.id as number, format: 'csv' });
    expect(dirname(stCsv.path)).toBe(join(ws.dir, 'exports'));
    expect(stCsv.path).toMatch(/Statement - Maya Okafor - .+\.csv$/);
    const csvText = readFileSync(stCsv.path, 'utf8');
    expect(csvText.startsWith('\ufeff"Order","Date","Revenue","Refunded","Amount","Line"\r\n')).toBe(true);
    const csvLines = csvText.trimEnd().split('\r\n');
    expect(csvLines.at(-1)).toBe('"Total",,,,7.00,');
    expect(await ws.call('payouts.statement', { payoutId: 999, format: 'csv' })).toMatchObject({
      ok: false,
      error: { code: 'not_found', field: 'payoutId' },
    });

    // A paid creator stays on record.
    expect(await ws.call('creators.remove', { id: maya.id })).toMatchObject({ ok: false, error: { code: 'conflict' } });

    const log = ws.session.db
      .prepare(
        "SELECT action, count(*) AS n FROM activity_log WHERE action LIKE 'payout.%' OR action LIKE 'fraud.%' GROUP BY action",
      )
      .all();
    expect(log).toEqual([
      { action: 'fraud.decide', n: 1 },
      { action: 'payout.approve', n: 4 },
      { action: 'payout.paid', n: 1 },
    ]);
  });
});
