import { area, expect, test } from './fixtures';
import { AUTUMN_ORDERS, autumnPilot, dropFile, type ShopOrder, shopifyExport } from './imports-helpers';

/** 60,000 orders of two rows each (about 30 MB): long enough to watch it read, and to stop it. */
function bigExport(): string {
  const first = AUTUMN_ORDERS[0] as ShopOrder;
  const orders: ShopOrder[] = [];
  for (let i = 0; i < 60_000; i++) orders.push({ ...first, name: `#${10_000 + i}`, id: String(7_000_000_000_000 + i) });
  return shopifyExport(orders);
}

test('a large file shows its progress, can be cancelled while read, and lists all its orders once written', async ({
  page,
  app,
}) => {
  // Two 30 MB drops and a 60,000-order write: on a busy 2-core CI this takes over a minute. Speed is the bench's
  // business; this test is about progress, cancelling and the whole import landing.
  test.setTimeout(180_000);
  await autumnPilot(app);
  const csv = bigExport();
  await page.goto(app.url);
  await area(page, 'Orders').click();
  const dialog = page.getByRole('dialog', { name: 'Import orders' });

  // Cancel while reading: the dialog closes, nothing is written.
  await dropFile(page, 'orders_export_big.csv', csv);
  await dialog.getByRole('button', { name: 'Read the file' }).click();
  await expect(dialog.getByRole('progressbar')).toBeVisible();
  await expect(dialog).toContainText('orders_export_big.csv');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect(await app.call('imports.list', {})).toHaveLength(0);

  // Read again and write it all; the list holds every order and still moves at once.
  await dropFile(page, 'orders_export_big.csv', csv);
  await dialog.getByRole('button', { name: 'Read the file' }).click();
  const commit = dialog.getByRole('button', { name: 'Import 60000 orders' });
  await expect(commit).toBeVisible({ timeout: 60_000 });
  await commit.click();
  await expect(dialog.getByRole('status', { name: 'Import summary' })).toContainText('60,000 orders added', {
    timeout: 60_000,
  });
  await dialog.getByRole('button', { name: 'See the orders' }).click();
  const orders = page.getByRole('table', { name: 'Orders' });
  await expect(orders).toHaveAttribute('aria-rowcount', '60001');
  expect(await orders.locator('tbody tr:not(.spacer-row)').count()).toBeLessThan(100);
  await page.getByRole('region', { name: /Orders list/ }).focus();
  await page.keyboard.press('End');
  await expect(orders.locator('tbody tr[aria-rowindex="60001"]')).not.toHaveClass(/loading-row/);
  await page.keyboard.press('Home');
  await expect(orders.locator('tbody tr[aria-rowindex="2"]')).not.toHaveClass(/loading-row/);
});
