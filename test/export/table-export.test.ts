/**
 * tables.export (a table as the screen shows it) and orders.export (the
 * Orders screen's filters and columns), written as xlsx and CSV and read back.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { moneyFormat } from '../../src/main/core/export/xlsx';
import { resultsPilot } from '../helpers/results-pilot';
import { newWorkspace } from '../helpers/workspace';
import { FROZEN, readBook } from '../report/workbook';

const columns = [
  { header: 'Creator', kind: 'text' },
  { header: 'Net orders', kind: 'number' },
  { header: 'Revenue', kind: 'money' },
  { header: 'Conversion', kind: 'percent' },
  { header: 'Go-live', kind: 'date' },
] as const;
const rows = [
  ['Maya', 4, 20_000, 0.125, '2026-03-01'],
  ['=HYPERLINK("http://x","y")', 0, -380, null, null],
  ['Leo', 1, 5, 0.0312, '2026-03-05T10:30:00.000Z'],
];

const readXlsx = (path: string) => {
  const wb = XLSX.read(readFileSync(path), { type: 'buffer', cellNF: true });
  return wb.Sheets[wb.SheetNames[0] as string] as XLSX.WorkSheet;
};

describe('tables.export', () => {
  const ws = newWorkspace();
  const input = { title: 'Results — Spring / pilot', columns: [...columns], rows, currency: 'USD' };

  it('xlsx: each column by its kind, the header frozen and filtered', async () => {
    const written = await ws.ok('tables.export', { ...input, format: 'xlsx' });
    expect(written).toMatchObject({ rows: 3, path: join(ws.dir, 'exports', 'Results — Spring pilot.xlsx') });
    const sheet = readXlsx(written.path);
    expect(sheet.A1?.v).toBe('Creator');
    expect(sheet.B2).toMatchObject({ t: 'n', v: 4 });
    expect(sheet.C2).toMatchObject({ t: 'n', v: 200, z: moneyFormat('USD') });
    expect(sheet.C3).toMatchObject({ t: 'n', v: -3.8 });
    expect(sheet.D2).toMatchObject({ t: 'n', v: 0.125, z: '0.0%' });
    expect(sheet.D3).toBeUndefined();
    expect(sheet.E2).toMatchObject({ t: 'n', v: 46082, z: 'yyyy-mm-dd' });
    expect(sheet.E4?.z).toBe('yyyy-mm-dd hh:mm');
    expect(sheet.A3).toMatchObject({ t: 's', v: '\'=HYPERLINK("http://x","y")' });
    expect(sheet.A3?.f).toBeUndefined();
    expect(sheet['!autofilter']).toEqual({ ref: 'A1:E4' });
    expect(readBook(written.path).xml(0)).toContain(FROZEN);
  });

  it('csv: text quoted and neutralised, money as decimals, percent and dates as text', async () => {
    const written = await ws.ok('tables.export', { ...input, format: 'csv', path: join(ws.dir, 'table') });
    expect(written.path).toBe(join(ws.dir, 'table.csv'));
    const text = readFileSync(written.path, 'utf8');
    expect(text.split('\r\n')).toEqual([
      '\ufeff"Creator","Net orders","Revenue","Conversion","Go-live"',
      '"Maya",4,200.00,"12.5%","2026-03-01"',
      '"\'=HYPERLINK(""http://x"",""y"")",0,-3.80,,',
      '"Leo",1,0.05,"3.12%","2026-03-05T10:30:00.000Z"',
      '',
    ]);
  });

  it('refuses a row that does not fit the columns, naming it, and money without a currency', async () => {
    const bad = await ws.call('tables.export', { ...input, format: 'csv', rows: [['Maya', 1]] });
    expect(bad).toMatchObject({ ok: false, error: { field: 'rows.0' } });
    const { currency: _, ...noCurrency } = input;
    expect(await ws.call('tables.export', { ...noCurrency, format: 'csv' })).toMatchObject({
      ok: false,
      error: { field: 'currency' },
    });
  });
});

describe('orders.export', { timeout: 60_000 }, () => {
  it('honours the filters and the shown columns, as orders.list lists them', async () => {
    const { ws, pilot, maya } = await resultsPilot();
    const listed = await ws.ok('orders.list', {
      pilotId: pilot.id,
      creatorId: maya.id,
      sort: 'orderDate',
      descending: false,
    });
    const written = await ws.ok('orders.export', {
      pilotId: pilot.id,
      creatorId: maya.id,
      sort: 'orderDate',
      descending: false,
      format: 'xlsx',
      columns: ['orderName', 'orderDate', 'revenue', 'newCustomer', 'batch'],
    });
    expect(written.rows).toBe(listed.total);
    const sheet = readXlsx(written.path);
    const table = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1 });
    expect(table[0]).toEqual(['Order', 'Date', 'Revenue', 'Customer', 'Import']);
    expect(table.slice(1).map((r) => r[0])).toEqual(listed.rows.map((o) => o.orderName));
    expect(table.slice(1).map((r) => Math.round(Number(r[2]) * 100))).toEqual(listed.rows.map((o) => o.revenueMinor));
    expect(sheet.B2?.z).toBe('yyyy-mm-dd');
    // #1002's buyer ordered before the pilot: a repeat customer; #1003's first order: new.
    expect(table.find((r) => r[0] === '#1002')?.[3]).toBe('Repeat');
    expect(table.find((r) => r[0] === '#1003')?.[3]).toBe('New');
    expect(table[1]?.[4]).toBe('orders_export_1.csv');

    const csv = await ws.ok('orders.export', {
      pilotId: pilot.id,
      rule: 'none',
      format: 'csv',
      columns: ['orderName', 'standing', 'total'],
    });
    const lines = readFileSync(csv.path, 'utf8').slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('"Order","Status","Total"');
    const none = await ws.ok('orders.list', { pilotId: pilot.id, rule: 'none' });
    expect(lines.length - 1).toBe(none.total);
    expect(lines.slice(1)).toEqual(
      none.rows.map((o) => `"${o.orderName}","Counts",${(o.totalMinor / 100).toFixed(2)}`),
    );
    expect(csv.path).toBe(join(ws.dir, 'exports', 'Orders.csv'));
  });

  it('writes every column of ORDER_EXPORT_COLUMNS when none are named', async () => {
    const { ws } = await resultsPilot();
    const written = await ws.ok('orders.export', { format: 'csv' });
    const lines = readFileSync(written.path, 'utf8').slice(1).trim().split('\r\n');
    expect(lines[0]).toBe(
      '"Order","Date","Creator","Codes","Rule","Currency","Total","Revenue","Refunded","Status","Customer","Import"',
    );
    expect(lines.length - 1).toBe(written.rows);
    expect(written.rows).toBe((await ws.ok('orders.list', {})).total);
  });
});
