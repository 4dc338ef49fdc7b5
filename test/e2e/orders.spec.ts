import { area, expect, test } from './fixtures';
import { AUTUMN_ORDERS, autumnPilot, dropFile, shopifyExport } from './imports-helpers';

test('with no orders, the Orders area says so and offers the import', async ({ page, app }) => {
  await autumnPilot(app);
  await page.goto(app.url);
  await area(page, 'Orders').click();
  const empty = page.getByRole('region', { name: 'No orders yet' });
  await expect(empty).toContainText('drop the file anywhere on this window');
  const chooser = page.waitForEvent('filechooser');
  await empty.getByRole('button', { name: 'Import an orders export' }).click();
  await (await chooser).setFiles({
    name: 'export.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(shopifyExport(AUTUMN_ORDERS)),
  });
  await expect(page.getByRole('dialog', { name: 'Import orders' })).toContainText('export.csv');
});

test('an order opens beside the list with why it counts, and filters that match nothing say so', async ({
  page,
  app,
}) => {
  await autumnPilot(app);
  await page.goto(app.url);
  await area(page, 'Orders').click();
  await dropFile(page, 'orders_export_1.csv', shopifyExport(AUTUMN_ORDERS));
  const dialog = page.getByRole('dialog', { name: 'Import orders' });
  await dialog.getByRole('button', { name: 'Read the file' }).click();
  await dialog.getByRole('button', { name: 'Import 5 orders' }).click();
  await dialog.getByRole('button', { name: 'See the orders' }).click();

  const orders = page.getByRole('table', { name: 'Orders' });
  await orders.getByRole('row').filter({ hasText: '#1001' }).click();
  const panel = page.getByRole('complementary', { name: 'Order #1001' });
  await expect(panel.getByRole('table', { name: 'Line items' })).toContainText('Glow Serum 30ml');
  await expect(panel.getByRole('table', { name: 'Line items' })).toContainText('Lip Balm');
  await expect(panel).toContainText('€55.90');
  await expect(panel).toContainText('orders_export_1.csv');
  const attribution = panel.getByRole('region', { name: 'Attribution' });
  await expect(attribution).toContainText('Autumn serum pilot');
  await expect(attribution).toContainText('Mara Vogel');
  await expect(attribution.locator('.reason')).not.toBeEmpty();

  // Arrow keys move through the list and the panel follows; Escape closes it.
  await page.getByRole('region', { name: /Orders list/ }).focus();
  const first = await orders.locator('tbody tr[aria-current="true"]').innerText();
  await page.keyboard.press('ArrowDown');
  await expect(orders.locator('tbody tr[aria-current="true"]')).not.toHaveText(first);
  const moved = (await orders.locator('tbody tr[aria-current="true"] td').nth(1).innerText()).trim();
  await expect(page.getByRole('complementary', { name: `Order ${moved}` })).toBeVisible();
  await page.getByRole('button', { name: 'Close order' }).click();
  await expect(page.getByRole('complementary')).toHaveCount(0);

  // The core sorts: by order number up, then down.
  const firstRow = orders.locator('tbody tr[aria-rowindex="2"]');
  await expect(firstRow).toContainText('#1006');
  await orders.getByRole('button', { name: 'Order', exact: true }).click();
  await expect(orders.getByRole('columnheader', { name: 'Order', exact: true })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  await expect(firstRow).toContainText('#1001');
  await orders.getByRole('button', { name: 'Order', exact: true }).click();
  await expect(firstRow).toContainText('#1006');

  await page.getByLabel('Status').selectOption({ label: 'Test order' });
  await expect(page.getByText('No orders match these filters.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await expect(orders.getByRole('row').filter({ hasText: '#1004' })).toBeVisible();

  await page.getByLabel('Credited by').selectOption({ label: 'Not credited to a creator' });
  await expect(orders.getByRole('row').filter({ hasText: '#1004' })).toBeVisible();
  await expect(orders.getByRole('row').filter({ hasText: '#1002' })).toHaveCount(0);
});

test('a long list scrolls by pages from the core, down to its last order', async ({ page, app }) => {
  const demo = await app.call('demo.load', {});
  await page.goto(app.url);
  await area(page, 'Orders').click();
  await page.getByLabel('Pilot', { exact: true }).selectOption({ label: 'All orders (no pilot)' });
  const orders = page.getByRole('table', { name: 'Orders' });
  await expect(page.getByRole('status').filter({ hasText: 'in the workspace' })).toContainText(
    `${demo.orders.toLocaleString('en-US')} orders`,
  );
  await expect(orders).toHaveAttribute('aria-rowcount', String(demo.orders + 1));
  // Only the rows in view are in the page, however many orders there are.
  expect(await orders.locator('tbody tr:not(.spacer-row)').count()).toBeLessThan(100);

  await page.getByRole('region', { name: /Orders list/ }).focus();
  await page.keyboard.press('End');
  const last = orders.locator(`tbody tr[aria-rowindex="${demo.orders + 1}"]`);
  await expect(last).toBeVisible();
  await expect(last).not.toHaveClass(/loading-row/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('complementary', { name: /^Order / })).toBeVisible();
});

test('clicks are typed per creator and day, and a bad number is refused with the reason', async ({ page, app }) => {
  const { mara } = await autumnPilot(app);
  await page.goto(app.url);
  await area(page, 'Orders').click();
  await page.getByRole('tab', { name: 'Clicks' }).click();
  const cell = page.getByLabel('Clicks for Mara Vogel on Sep 3, 2026');
  await cell.fill('120');
  await cell.press('Enter');
  await expect(cell).toHaveValue('120');
  await expect
    .poll(async () => (await app.call('clicks.list', { pilotId: mara.pilotId })).find((c) => c.day === '2026-09-03'))
    .toMatchObject({ creatorId: mara.id, clicks: 120 });

  const next = page.getByLabel('Clicks for Mara Vogel on Sep 4, 2026');
  await next.fill('-3');
  await next.press('Enter');
  await expect(next).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert').filter({ hasText: 'Mara Vogel on Sep 4, 2026' })).toContainText('whole number');

  await page.reload();
  await area(page, 'Orders').click();
  await page.getByRole('tab', { name: 'Clicks' }).click();
  await expect(page.getByLabel('Clicks for Mara Vogel on Sep 3, 2026')).toHaveValue('120');
  await expect(page.getByLabel('Clicks for Mara Vogel on Sep 4, 2026')).toHaveValue('');
  const row = page.getByRole('row').filter({ hasText: 'Mara Vogel' });
  await expect(row.getByRole('cell').first()).toHaveText('120');
});
