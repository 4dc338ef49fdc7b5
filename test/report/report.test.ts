/**
 * The client report of the demo pilot, read back with the xlsx library: every
 * sheet, header, number format, frozen row and filter, and totals against
 * results.get; the report without costs; a chosen set of sheets; never
 * overwriting; a bad pilot refused naming the field.
 */

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { moneyFormat } from '../../src/main/core/export/xlsx';
import type { PilotResults } from '../../src/shared/results';
import { FIGURE_NAMES } from '../../src/shared/results';
import { newWorkspace } from '../helpers/workspace';
import { cents, FROZEN, lastRow, type ReadBook, readBook, rowCells, rowValues } from './workbook';

const USD = moneyFormat('USD');

const CREATOR_HEADERS = [
  'Creator',
  'Handle',
  'Code',
  'Go-live date',
  'Net orders',
  'Revenue',
  'AOV',
  'Clicks',
  'Conversion',
  'New customers',
  'Cost',
  'Commission',
  'Bonus',
  'CAC',
  'Cost per order',
  'ROAS',
  'Baseline revenue',
  'Incremental revenue',
  'iROAS',
  'Cost per incremental revenue',
  'Repeat rate 30 days',
  'Repeat rate 60 days',
  'Repeat rate 90 days',
  'Held for review',
  'Verdict',
  'Verdict reason',
  'Notes',
];
const COST_HEADERS = [
  'Cost',
  'Commission',
  'Bonus',
  'CAC',
  'Cost per order',
  'ROAS',
  'iROAS',
  'Cost per incremental revenue',
];
const ORDER_HEADERS = [
  'Order',
  'Order id',
  'Date',
  'Creator',
  'Rule',
  'Code or link',
  'Currency',
  'Revenue',
  'Refunded',
  'Status',
  'Customer',
];

const ws = newWorkspace();
let pilotId = 0;
let results: PilotResults;
let full: ReadBook;
let fullPath = '';

beforeAll(async () => {
  pilotId = (await ws.ok('demo.load', {})).pilotId;
  results = await ws.ok('results.get', { pilotId });
  const written = await ws.ok('reports.export', { pilotId, path: join(ws.dir, 'client', 'Demo report.xlsx') });
  fullPath = written.path;
  full = readBook(written.path);
  expect(written).toMatchObject({
    sheets: ['Summary', 'Creators', 'Orders', 'Content', 'Payouts', 'Method'],
    costsLeftOut: false,
  });
}, 60_000);

describe('the client report', () => {
  it('has every sheet in order, each with its header row frozen', () => {
    expect(full.wb.SheetNames).toEqual(['Summary', 'Creators', 'Orders', 'Content', 'Payouts', 'Method']);
    full.wb.SheetNames.forEach((_, i) => {
      expect(full.xml(i)).toContain(FROZEN);
    });
    expect(rowValues(full.sheet('Summary'), 0)).toEqual(['Item', 'Value', 'Target', 'Verdict', 'Note']);
    expect(rowValues(full.sheet('Content'), 0)).toEqual([
      'Date',
      'Creator',
      'Format',
      'Link',
      'Disclosure',
      'Approval',
    ]);
    expect(full.sheet('Content').A2?.v).toBe('No posts are recorded yet for this pilot.');
    expect(rowValues(full.sheet('Payouts'), 0)).toEqual([
      'Creator',
      'Period start',
      'Period end',
      'Amount',
      'Orders',
      'Status',
      'Approved by',
      'Approved at',
      'Paid by',
      'Paid at',
    ]);
    expect(rowValues(full.sheet('Method'), 0).slice(0, 2)).toEqual(['Item', 'Value']);
  });

  it('Creators: every figure of the results screen per creator, formats by kind, totals equal results.get', () => {
    const sheet = full.sheet('Creators');
    expect(rowValues(sheet, 0)).toEqual(CREATOR_HEADERS);
    expect(FIGURE_NAMES.length).toBe(CREATOR_HEADERS.length - 7);
    expect(sheet['!autofilter']).toEqual({ ref: `A1:AA${results.creators.length + 1}` });
    expect((sheet['!cols'] ?? []).length).toBe(CREATOR_HEADERS.length);
    const col = (header: string) => CREATOR_HEADERS.indexOf(header);
    results.creators.forEach((c, i) => {
      const cells = rowCells(sheet, i + 1);
      expect(cells[0]?.v).toBe(c.name);
      expect(cells[col('Go-live date')]).toMatchObject({ t: 'n', z: 'yyyy-mm-dd' });
      expect(cells[col('Net orders')]?.v).toBe(c.netOrders);
      expect(cells[col('Revenue')]).toMatchObject({ t: 'n', z: USD });
      expect(cents(cells[col('Revenue')])).toBe(c.revenueMinor);
      expect(cents(cells[col('Cost')])).toBe(c.costMinor);
      expect(cents(cells[col('Commission')])).toBe(c.commissionMinor);
      if (c.cacMinor !== null) expect(cents(cells[col('CAC')])).toBe(c.cacMinor);
      if (c.roas !== null) expect(cells[col('ROAS')]).toMatchObject({ v: c.roas, z: '0.00"x"' });
      if (c.repeatRate30 !== null)
        expect(cells[col('Repeat rate 30 days')]).toMatchObject({ v: c.repeatRate30, z: '0.0%' });
      // The demo has no clicks: conversion is "—" with its reason in the notes.
      expect(cells[col('Conversion')]?.v).toBe('—');
      expect(String(cells[col('Notes')]?.v)).toContain('Conversion: no clicks recorded');
      expect(cells[col('Verdict')]?.v).toBe(
        { met: 'Met', missed: 'Missed', not_enough_data: 'Not enough data', no_target: 'No target set' }[c.verdict],
      );
    });
    const total = rowCells(sheet, results.creators.length + 1);
    expect(total[0]?.v).toBe('Pilot total');
    expect(total[col('Net orders')]?.v).toBe(results.pilot.netOrders);
    expect(cents(total[col('Revenue')])).toBe(results.pilot.revenueMinor);
    expect(cents(total[col('Cost')])).toBe(results.pilot.costMinor);
    expect(cents(total[col('CAC')])).toBe(results.pilot.cacMinor);
    const sum = (header: string) =>
      results.creators.reduce((t, _, i) => t + cents(rowCells(sheet, i + 1)[col(header)]), 0);
    expect(sum('Revenue')).toBe(results.pilot.revenueMinor);
    expect(sum('Cost')).toBe(results.pilot.costMinor);
  });

  it('Orders: one row per attributed order, real dates and money, revenue of counted orders equals results', () => {
    const sheet = full.sheet('Orders');
    expect(rowValues(sheet, 0)).toEqual(ORDER_HEADERS);
    const attributed = ws.session.db
      .prepare('SELECT count(*) FROM attributions WHERE pilot_id = ?')
      .pluck()
      .get(pilotId) as number;
    expect(lastRow(sheet)).toBe(attributed);
    expect(sheet['!autofilter']).toEqual({ ref: `A1:K${attributed + 1}` });
    let revenue = 0;
    let heldOrders = 0;
    for (let r = 1; r <= attributed; r++) {
      const [name, , date, creator, rule, , currency, rev, refunded, status, customer] = rowCells(sheet, r);
      expect(name?.t).toBe('s');
      expect(date).toMatchObject({ t: 'n', z: 'yyyy-mm-dd' });
      expect(['Code', 'Link']).toContain(rule?.v);
      expect(creator?.t).toBe('s');
      expect(rev?.z).toBe(moneyFormat(String(currency?.v)));
      expect(refunded?.t).toBe('n');
      expect(['New', 'Repeat', '—']).toContain(customer?.v);
      if ((status?.v === 'Counts' || status?.v === 'Held for review') && currency?.v === 'USD') revenue += cents(rev);
      if (status?.v === 'Held for review') heldOrders++;
    }
    expect(revenue).toBe(results.pilot.revenueMinor);
    expect(heldOrders).toBe(results.pilot.heldOrders);
    // No buyer personal data, not even the hash.
    const hashes = ws.session.db
      .prepare('SELECT buyer_hash FROM orders WHERE buyer_hash IS NOT NULL LIMIT 5')
      .pluck()
      .all() as string[];
    expect(hashes.length).toBeGreaterThan(0);
    for (const hash of hashes) expect(full.xml(2)).not.toContain(hash);
  });

  it('Summary: targets against actuals with verdicts, the headline in one sentence, the lift test', () => {
    const sheet = full.sheet('Summary');
    expect(sheet['!autofilter']).toBeUndefined();
    const rows = Array.from({ length: lastRow(sheet) + 1 }, (_, r) => rowCells(sheet, r));
    const find = (label: string) => rows.find((r) => r[0]?.v === label) ?? [];
    expect(find('Pilot')[1]?.v).toBe(results.pilot.name);
    expect(find('Currency')[1]?.v).toBe('USD');
    expect(find('Period start')[1]).toMatchObject({ t: 'n', z: 'yyyy-mm-dd' });
    const cac = find('Target: CAC at most');
    expect(cents(cac[1])).toBe(results.pilot.cacMinor);
    expect(cac[2]).toMatchObject({ z: USD });
    expect(cac[3]?.v).toBe('Met');
    expect(find('Target: conversion at least')[2]).toMatchObject({ z: '0.0%' });
    expect(find('Minimum sample (net orders)')[1]?.v).toBe(results.pilot.netOrders);
    expect(find('Verdict')[1]?.v).toMatch(/^Spring Glow creator pilot met its target CAC \(\$16\.06 .*\.$/);
    expect(cents(find('Revenue')[1])).toBe(results.pilot.revenueMinor);
    expect(find('Lift test')[1]?.v).toBe('No lift test was run for this pilot');
  });

  it('Method: definitions with the pilot settings, data coverage, import batches', () => {
    const sheet = full.sheet('Method');
    const rows = Array.from({ length: lastRow(sheet) + 1 }, (_, r) => rowValues(sheet, r));
    const find = (label: string) => rows.find((r) => r[0] === label) ?? [];
    expect(find('Attribution window (days)')[1]).toBe(30);
    expect(find('Minimum sample (net orders)')[1]).toBe(10);
    expect(find('Attribution method')[1]).toBe('Code and link');
    expect(find('Baseline method')[1]).toBe('Pre-period');
    expect(String(find('Window')[1])).toContain('plus the 30-day attribution window');
    expect(String(find('Target check')[1])).toContain('minimum sample of 10');
    expect(String(find('CAC')[1])).toContain('$30.00');
    expect(find('Order data from')[1]).toBe(Number(find('Order data from')[1]));
    const header = rows.findIndex((r) => r[0] === 'File');
    expect(rows[header]).toEqual(['File', 'Format', 'Kind', 'Imported at', 'Rows read', 'Orders added']);
    expect(rows.length - header - 1).toBeGreaterThan(0);
    expect(rowCells(sheet, header + 1)[3]).toMatchObject({ t: 'n', z: 'yyyy-mm-dd hh:mm' });
  });

  it('without costs: no cost column, no Payouts sheet, CAC met or missed without amounts', async () => {
    const written = await ws.ok('reports.export', {
      pilotId,
      includeCosts: false,
      path: join(ws.dir, 'no-costs.xlsx'),
    });
    expect(written.costsLeftOut).toBe(true);
    const book = readBook(written.path);
    expect(book.wb.SheetNames).toEqual(['Summary', 'Creators', 'Orders', 'Content', 'Method']);
    const headers = rowValues(book.sheet('Creators'), 0);
    expect(headers).toEqual(CREATOR_HEADERS.filter((h) => !COST_HEADERS.includes(h)));
    const summary = book.sheet('Summary');
    const rows = Array.from({ length: lastRow(summary) + 1 }, (_, r) => rowCells(summary, r));
    const cac = rows.find((r) => r[0]?.v === 'Target: CAC at most') ?? [];
    expect(cac[1]).toBeUndefined();
    expect(cac[2]).toBeUndefined();
    expect(cac[3]?.v).toBe('Met');
    const labels = rows.map((r) => r[0]?.v);
    for (const h of ['Cost', 'CAC', 'ROAS', 'iROAS']) expect(labels).not.toContain(h);
    const text = rows.flatMap((r) => r.map((c) => String(c?.v ?? ''))).join(' ');
    expect(text).not.toContain('$16.06');
    expect(text).not.toContain('$30.00');
    const method = book.sheet('Method');
    const methodText = Array.from({ length: lastRow(method) + 1 }, (_, r) => rowValues(method, r).join(' ')).join('\n');
    expect(methodText).not.toContain('$30.00');
    expect(methodText).not.toMatch(/^Cost per order/m);
    // The verdict reason names CAC amounts: left out too.
    for (let r = 1; r <= results.creators.length; r++) {
      expect(rowValues(book.sheet('Creators'), r).join(' ')).not.toMatch(/CAC \$/);
    }
  });

  it('writes only the sheets asked for, in workbook order, and never overwrites', async () => {
    const again = await ws.ok('reports.export', { pilotId, sheets: ['method', 'summary'], path: fullPath });
    expect(again.path).toBe(join(ws.dir, 'client', 'Demo report (2).xlsx'));
    expect(again.sheets).toEqual(['Summary', 'Method']);
    expect(again.orders).toBe(0);
    expect(readBook(again.path).wb.SheetNames).toEqual(['Summary', 'Method']);
    expect(readBook(fullPath).wb.SheetNames.length).toBe(6);
  });

  it('defaults to the exports folder beside the workspace', async () => {
    const written = await ws.ok('reports.export', { pilotId, sheets: ['summary'] });
    expect(written.path).toBe(join(ws.dir, 'exports', 'Spring Glow creator pilot report.xlsx'));
    expect(existsSync(written.path)).toBe(true);
  });

  it('refuses an unknown pilot or sheet, naming the field', async () => {
    expect(await ws.call('reports.export', { pilotId: 999, path: join(ws.dir, 'x.xlsx') })).toMatchObject({
      ok: false,
      error: { field: 'pilotId' },
    });
    expect(await ws.call('reports.export', { pilotId, sheets: ['totals'] })).toMatchObject({
      ok: false,
      error: { field: 'sheets.0' },
    });
    const onlyPayouts = { pilotId, sheets: ['payouts'], includeCosts: false, path: join(ws.dir, 'x.xlsx') };
    expect(await ws.call('reports.export', onlyPayouts)).toMatchObject({ ok: false, error: { field: 'sheets' } });
    expect(existsSync(join(ws.dir, 'x.xlsx'))).toBe(false);
  });
});
