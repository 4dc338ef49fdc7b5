import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { area, expect, test } from './fixtures';

/** Every cell of a sheet as text, row by row. */
function sheetRows(book: XLSX.WorkBook, name: string): string[][] {
  const sheet = book.Sheets[name];
  if (!sheet) throw new Error(`no sheet ${name}`);
  return XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: false, defval: '' }).map((r) => r.map(String));
}

const COST_HEADERS = /^(Cost|Commission|Bonus|CAC|Cost per order|ROAS|iROAS|Cost per incremental revenue|Fees?)$/i;

test('a client report without costs, from the Results screen: the workbook has no cost column and no Payouts sheet', async ({
  page,
  app,
}) => {
  const demo = await app.call('demo.load', {});
  await page.goto(app.url);
  await area(page, 'Results').click();
  await page.getByRole('button', { name: 'Export report…' }).click();

  await expect(page.getByRole('heading', { name: 'Reports', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Pilot', { exact: true })).toHaveValue(String(demo.pilotId));
  const sheets = page.getByRole('group', { name: 'Sheets to include' });
  await expect(sheets.getByRole('checkbox')).toHaveCount(6);
  for (const box of await sheets.getByRole('checkbox').all()) await expect(box).toBeChecked();

  await page.getByRole('checkbox', { name: 'Leave out costs' }).check();
  await expect(page.getByRole('checkbox', { name: 'Leave out costs' })).toHaveAccessibleDescription(
    /fees, commission, CAC, ROAS and payouts are left out/,
  );
  await expect(sheets.getByRole('checkbox', { name: 'Payouts' })).toBeDisabled();
  const target = join(app.dir, 'Client report.xlsx');
  await page.getByLabel('Save as (optional)').fill(target);
  await page.getByRole('button', { name: 'Export report' }).click();

  const written = page.getByRole('region', { name: 'Report written' });
  await expect(written.getByRole('status')).toContainText(`Wrote the report to ${target}`);
  await expect(written).toContainText('Left out: no fees, commission, CAC, ROAS or payouts');
  const names = ['Summary', 'Creators', 'Orders', 'Content', 'Method'];
  await expect(written.getByRole('list', { name: 'Sheets in the report' }).getByRole('listitem')).toHaveText(names);

  const book = XLSX.read(readFileSync(target));
  expect(book.SheetNames).toEqual(names);
  const creators = sheetRows(book, 'Creators');
  const header = creators.find((r) => r.includes('Net orders'));
  if (!header) throw new Error('the Creators sheet has a header row with Net orders');
  expect(header).toContain('Revenue');
  expect(header.filter((h) => COST_HEADERS.test(h.trim()))).toEqual([]);
  // Every creator of the results is on the sheet.
  const results = await app.call('results.get', { pilotId: demo.pilotId });
  for (const c of results.creators) expect(creators.some((r) => r.includes(c.name))).toBe(true);
});

test('the Orders table exported as CSV carries the filter shown: only the chosen creator, every one of their orders', async ({
  page,
  app,
}) => {
  const demo = await app.call('demo.load', {});
  const results = await app.call('results.get', { pilotId: demo.pilotId });
  const creator = results.creators.find((c) => c.netOrders > 1);
  if (!creator) throw new Error('a demo creator with orders');
  const expected = await app.call('orders.list', { pilotId: demo.pilotId, creatorId: creator.id, limit: 5000 });

  await page.goto(app.url);
  await area(page, 'Orders').click();
  await page.getByLabel('Creator', { exact: true }).selectOption(String(creator.id));
  await expect(page.getByText(`${expected.total} orders for`)).toBeVisible();

  await page.locator('summary', { hasText: 'Export table: orders' }).click();
  await page.getByRole('radio', { name: 'CSV (.csv)' }).check();
  const target = join(app.dir, 'orders of one creator.csv');
  await page.getByLabel('Save table as (optional)').fill(target);
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(page.getByText(`Wrote ${expected.total} rows to ${target}`)).toBeVisible();

  const rows = sheetRows(XLSX.read(readFileSync(target), { type: 'buffer', raw: true }), 'Sheet1');
  const [header, ...body] = rows;
  expect(header).toEqual(['Order', 'Date', 'Creator', 'Rule', 'Currency', 'Revenue', 'Refunded', 'Status', 'Codes']);
  expect(body).toHaveLength(expected.total);
  expect(new Set(body.map((r) => r[2]))).toEqual(new Set([creator.name]));
  expect(body.map((r) => r[0])).toEqual(expected.rows.map((o) => o.orderName ?? o.externalId));
});

test('the results table exported as xlsx: the columns shown (ROAS hidden), the verdict filter, money written as money', async ({
  page,
  app,
}) => {
  const demo = await app.call('demo.load', {});
  const results = await app.call('results.get', { pilotId: demo.pilotId });
  // A verdict some creators have and others not, so the filter narrows the table.
  const labels = { met: 'Met', missed: 'Missed', not_enough_data: 'Not enough data', no_target: 'No target' } as const;
  const verdict = (Object.keys(labels) as (keyof typeof labels)[]).find((v) => {
    const n = results.creators.filter((c) => c.verdict === v).length;
    return n > 0 && n < results.creators.length;
  });
  if (!verdict) throw new Error('demo creators with different verdicts');
  const matching = results.creators.filter((c) => c.verdict === verdict);
  await page.goto(app.url);
  await area(page, 'Results').click();
  const section = page.getByRole('region', { name: 'Creators', exact: true });
  const table = page.getByRole('table', { name: 'Results per creator' });
  await section.locator('summary', { hasText: 'Columns' }).click();
  await section.getByLabel('ROAS', { exact: true }).uncheck();
  await section.locator('summary', { hasText: 'Columns' }).click();
  await page.getByRole('combobox', { name: 'Verdict' }).selectOption({ label: labels[verdict] });
  await expect(table.getByRole('row')).toHaveCount(matching.length + 1);
  const shown = (await table.getByRole('columnheader').allInnerTexts()).map((h) => h.trim());

  await section.locator('summary', { hasText: 'Export table: results per creator' }).click();
  const target = join(app.dir, 'results.xlsx');
  await section.getByLabel('Save table as (optional)').fill(target);
  await section.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(section.getByText(`Wrote ${matching.length} rows to ${target}`)).toBeVisible();

  const book = XLSX.read(readFileSync(target));
  const first = book.SheetNames[0];
  if (!first) throw new Error('a sheet');
  const rows = sheetRows(book, first);
  const header = rows.find((r) => r[0] === 'Creator');
  if (!header) throw new Error('a header row');
  expect(header.filter((h) => h !== '')).toEqual(shown);
  expect(header).not.toContain('ROAS');
  const body = rows.slice(rows.indexOf(header) + 1).filter((r) => r[0] !== '');
  expect(new Set(body.map((r) => r[0]))).toEqual(new Set(matching.map((c) => c.name)));
  // Revenue is a money cell: its value is in major units, formatted in the pilot's currency.
  const revenueCol = header.indexOf('Revenue');
  const c = matching.find((m) => m.revenueMinor !== null);
  if (!c || c.revenueMinor === null) throw new Error('a creator with revenue');
  const sheet = book.Sheets[first];
  const rowIndex = rows.findIndex((r) => r[0] === c.name);
  const cell = sheet?.[XLSX.utils.encode_cell({ r: rowIndex, c: revenueCol })];
  expect(cell?.v).toBeCloseTo(c.revenueMinor / 100, 2);
});
