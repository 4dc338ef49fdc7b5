import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import * as XLSX from 'xlsx';
import { parseMoney } from '../../src/shared/money';
import { expect, test } from './fixtures';

/** The left navigation's button for an area. */
function nav(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Areas' }).getByRole('button', { name, exact: true });
}

/** "$1,234.50" as shown on screen -> 123450 minor units. */
function shownMinor(text: string): number {
  const parsed = parseMoney(text.replace(/[$\s]/g, ''), 'USD');
  if (!parsed.ok) throw new Error(`not an amount on screen: ${text}`);
  return parsed.value;
}

/** A finance file's rows as objects by header; amounts as the file holds them (text in CSV, numbers in xlsx). */
function financeRows(path: string): Record<string, unknown>[] {
  const book = path.endsWith('.csv')
    ? XLSX.read(readFileSync(path, 'utf8').replace(/^\ufeff/, ''), { type: 'string', raw: true })
    : XLSX.read(readFileSync(path), { type: 'buffer' });
  const sheet = book.Sheets[book.SheetNames[0] ?? ''];
  if (!sheet) throw new Error(`no sheet in ${path}`);
  return XLSX.utils.sheet_to_json<Record<string, unknown>>(sheet, { raw: true });
}

function fileMinor(value: unknown): number {
  const parsed = parseMoney(String(value), 'USD');
  if (!parsed.ok) throw new Error(`not an amount in the file: ${String(value)}`);
  return parsed.value;
}

test('approve the demo payouts for a period, export the finance file as CSV and xlsx, and read the totals back', async ({
  page,
  app,
}) => {
  await app.call('demo.load', {});
  await page.goto(app.url);
  await nav(page, 'Payouts').click();

  // September: August's orders are past the 30-day return window by its end.
  await page.getByLabel('First day').fill('2026-09-01');
  await page.getByLabel('Last day').fill('2026-09-30');
  const payable = page.getByRole('table', { name: 'Payable per creator' });
  await expect(payable.getByRole('row')).toHaveCount(13);
  const payableTotal = shownMinor(await page.getByTestId('payable-total').innerText());
  expect(payableTotal).toBeGreaterThan(0);

  // What is pending says why, per order.
  await payable
    .getByRole('button', { name: /pending order/ })
    .first()
    .click();
  await expect(page.getByRole('list', { name: /^Pending orders of / }).first()).toContainText(
    /in return window until|held for fraud review|fully refunded/,
  );

  await page.getByRole('button', { name: /^Approve all/ }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(/totalling \$[\d,.]+/);
  // Nobody named: the field says so and nothing is approved.
  await dialog.getByRole('button', { name: /^Approve \$/ }).click();
  await expect(dialog.getByLabel('Approved by')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog).toContainText('by (your name) is required');
  await dialog.getByLabel('Approved by').fill('Fran Finance');
  await dialog.getByRole('button', { name: /^Approve \$/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Approved' })).toContainText(/totalling \$[\d,.]+/);
  const approvedText = await page.getByRole('status').filter({ hasText: 'Approved' }).innerText();
  const approvedMinor = shownMinor(/totalling (\$[\d,]+\.\d{2})/.exec(approvedText)?.[1] ?? '');
  expect(approvedMinor).toBe(payableTotal);

  await page.getByRole('tab', { name: 'Past payouts' }).click();
  const history = page.getByRole('table', { name: 'Past payouts' });
  const amounts = await history.locator('tbody tr td:nth-child(5)').allInnerTexts();
  expect(amounts.length).toBeGreaterThan(0);
  expect(amounts.reduce((s, a) => s + shownMinor(a), 0)).toBe(approvedMinor);
  await expect(history).toContainText('Fran Finance');

  // Mark the first payout paid; the finance file then carries who paid it.
  const firstRow = history.locator('tbody tr').first();
  const firstName = (await firstRow.locator('td').nth(1).innerText()).replace(/\s*V-\d+$/, '');
  await firstRow.getByRole('button', { name: `Mark paid ${firstName}` }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Mark paid' }).click();
  await expect(firstRow).toContainText('Paid');

  const csvPath = join(app.dir, 'finance', 'september.csv');
  await page.getByLabel('Format').selectOption('csv');
  await page.getByLabel('Save as (optional)').fill(csvPath);
  await page.getByRole('button', { name: 'Export finance file' }).click();
  await expect(page.getByTestId('export-result')).toContainText(csvPath);
  const csv = financeRows(csvPath);
  expect(csv).toHaveLength(amounts.length);
  expect(csv.reduce((s, r) => s + fileMinor(r.Amount), 0)).toBe(approvedMinor);
  expect(csv.filter((r) => r['Paid by'] === 'Fran Finance')).toHaveLength(1);

  // xlsx to the core's exports folder: the screen says where.
  await page.getByLabel('Format').selectOption('xlsx');
  await page.getByLabel('Save as (optional)').fill('');
  await page.getByRole('button', { name: 'Export finance file' }).click();
  await expect(page.getByTestId('export-result')).toContainText(join(app.dir, 'exports'));
  const xlsxPath = /to (\/.+\.xlsx) \(/.exec(await page.getByTestId('export-result').innerText())?.[1] ?? '';
  expect(existsSync(xlsxPath)).toBe(true);
  const xlsx = financeRows(xlsxPath);
  expect(xlsx).toHaveLength(amounts.length);
  expect(xlsx.reduce((s, r) => s + fileMinor(r.Amount), 0)).toBe(approvedMinor);
  expect(new Set(xlsx.map((r) => r['GL code']))).toEqual(new Set(['6420-CREATORS']));

  // A creator's statement lists the orders behind one amount.
  await firstRow.getByRole('button', { name: `Statement ${firstName}` }).click();
  await expect(page.getByTestId('export-result')).toContainText(`${firstName}’s statement`);
  const statementPath = /to (\/.+\.xlsx) \(/.exec(await page.getByTestId('export-result').innerText())?.[1] ?? '';
  expect(existsSync(statementPath)).toBe(true);

  // Approving the same period again is refused per creator, with the reason.
  await page.getByRole('tab', { name: 'Payable' }).click();
  await expect(payable.getByText(/already approved through 2026-09-30/).first()).toBeVisible();
  await expect(page.getByRole('button', { name: /^Approve all/ })).toBeDisabled();
});

test('payouts, review and lift say what is missing: no pilot, then a pilot without orders', async ({ page, app }) => {
  await page.goto(app.url);
  await nav(page, 'Payouts').click();
  await expect(page.getByText('Create or load a pilot first')).toBeVisible();
  await nav(page, 'Review').click();
  await expect(page.getByText('Create or load a pilot first')).toBeVisible();

  await app.call('pilots.create', {
    name: 'Quiet pilot',
    currency: 'EUR',
    startDate: '2026-06-01',
    endDate: '2026-07-31',
  });
  await page.reload();
  await nav(page, 'Payouts').click();
  await expect(page.getByRole('heading', { name: 'No orders yet' })).toBeVisible();
  await page.getByRole('tab', { name: 'Fraud review' }).click();
  await expect(page.getByText('No orders are flagged in this pilot')).toBeVisible();
  await page.getByRole('tab', { name: 'Past payouts' }).click();
  await expect(page.getByText('No payouts approved in this pilot yet')).toBeVisible();
  await nav(page, 'Review').click();
  await expect(page.getByText('No creators in this pilot yet')).toBeVisible();
  await page.getByRole('tab', { name: 'Lift test' }).click();
  await expect(page.getByRole('alert')).toHaveText(/^The pilot has no brand.*give it a brand first$/);
});
