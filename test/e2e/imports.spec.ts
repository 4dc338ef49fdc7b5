import { readFileSync } from 'node:fs';
import { area, expect, test } from './fixtures';
import { AUTUMN_ORDERS, autumnPilot, dropFile, shopifyExport } from './imports-helpers';

const EXPORT = shopifyExport(AUTUMN_ORDERS);

test('a dropped Shopify export is previewed, imported, credited per creator, and adds nothing the second time', async ({
  page,
  app,
}) => {
  await autumnPilot(app);
  await page.goto(app.url);
  await area(page, 'Orders').click();
  await expect(page.getByRole('heading', { name: 'No orders yet' })).toBeVisible();

  await dropFile(page, 'orders_export_1.csv', EXPORT);
  const dialog = page.getByRole('dialog', { name: 'Import orders' });
  await expect(dialog).toContainText('orders_export_1.csv');
  await expect(dialog.getByLabel('Brand (the shop these orders come from)')).toHaveValue(/\d+/);
  await expect(dialog.getByLabel('Brand (the shop these orders come from)').locator('option:checked')).toHaveText(
    'Lumen Skin',
  );
  await dialog.getByRole('button', { name: 'Read the file' }).click();

  // The preview: nothing written yet, every row accounted for.
  const summary = dialog.getByRole('status', { name: 'Import preview summary' });
  await expect(summary).toContainText('5 new orders');
  await expect(summary).toContainText('1 excluded');
  const facts = dialog.getByRole('definition');
  await expect(facts.filter({ hasText: 'Shopify' }).first()).toBeVisible();
  await expect(dialog.getByLabel('About the file')).toContainText('EUR');
  await expect(dialog.getByLabel('About the file')).toContainText('7 rows · 6 orders · 7 line items');
  const buckets = dialog.getByRole('table', { name: 'Where the rows go' });
  await expect(buckets.getByRole('row').filter({ hasText: 'Added' })).toContainText('€219.35');
  await expect(buckets.getByRole('row').filter({ hasText: 'Excluded' })).toContainText(/cancel/i);
  await expect(buckets.getByRole('row').filter({ hasText: 'The file' })).toContainText('€262.50');
  await expect(dialog.getByTestId('adds-up')).toHaveText(/^✓ Adds up: all 7 rows/);
  const sample = dialog.getByRole('table', { name: 'First orders as they will be stored' });
  await expect(sample.getByRole('row').filter({ hasText: '#1003' })).toContainText('mara15');
  await expect(page.getByRole('dialog', { name: 'Import orders' })).toBeVisible();
  expect((await app.call('workspace.current', {})).orderCount).toBe(0);

  await dialog.getByRole('button', { name: 'Import 5 orders' }).click();
  await expect(dialog.getByRole('status', { name: 'Import summary' })).toContainText('5 orders added');
  await dialog.getByRole('button', { name: 'See the orders' }).click();
  await expect(dialog).toBeHidden();

  // Orders per creator: Mara's code twice (any case), Lena's once, Jo none.
  const perCreator = page.getByRole('list', { name: 'Orders per creator' });
  await expect(perCreator.getByRole('button', { name: /Mara Vogel/ })).toContainText('2');
  await expect(perCreator.getByRole('button', { name: /Lena Hart/ })).toContainText('1');
  await expect(perCreator.getByRole('button', { name: /Jo Park/ })).toContainText('0');
  const orders = page.getByRole('table', { name: 'Orders' });
  await expect(orders.getByRole('row').filter({ hasText: '#1003' })).toContainText('Mara Vogel');
  await expect(orders.getByRole('row').filter({ hasText: '#1003' })).toContainText(/Code mara15/i);
  await expect(orders.getByRole('row').filter({ hasText: '#1002' })).toContainText('Lena Hart');
  await expect(orders.getByRole('row').filter({ hasText: '#1006' })).not.toContainText('Mara Vogel');

  // Filtering to one creator lists exactly her orders.
  await perCreator.getByRole('button', { name: /Mara Vogel/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'orders for Autumn serum pilot' })).toContainText('2 orders');
  await expect(orders.getByRole('row').filter({ hasText: '#1001' })).toBeVisible();
  await expect(orders.getByRole('row').filter({ hasText: '#1002' })).toHaveCount(0);

  // The same file again: the preview says nothing is new, and there is nothing to write.
  await dropFile(page, 'orders_export_1.csv', EXPORT);
  await dialog.getByRole('button', { name: 'Read the file' }).click();
  await expect(summary).toContainText('0 new orders');
  await expect(summary).toContainText('5 already imported');
  await expect(dialog.getByRole('button', { name: 'Nothing new to import' })).toBeDisabled();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect((await app.call('workspace.current', {})).orderCount).toBe(5);
});

test('an import can be undone from the history, after asking', async ({ page, app }) => {
  await autumnPilot(app);
  await page.goto(app.url);
  await area(page, 'Orders').click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import an orders export' }).click();
  await (await chooser).setFiles({ name: 'orders_export_1.csv', mimeType: 'text/csv', buffer: Buffer.from(EXPORT) });

  const dialog = page.getByRole('dialog', { name: 'Import orders' });
  await dialog.getByRole('button', { name: 'Read the file' }).click();
  // Enter commits a ready preview.
  await expect(dialog.getByRole('button', { name: 'Import 5 orders' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('status', { name: 'Import summary' })).toContainText('5 orders added');
  await dialog.getByRole('button', { name: 'Close' }).first().click();

  await page.getByRole('tab', { name: 'Import history' }).click();
  const history = page.getByRole('table', { name: 'Import history' });
  const row = history.getByRole('row').filter({ hasText: 'orders_export_1.csv' });
  await expect(row).toContainText('Lumen Skin');
  await row.getByRole('button', { name: 'Undo import of orders_export_1.csv' }).click();
  const confirm = page.getByRole('dialog', { name: 'Undo the import of orders_export_1.csv?' });
  await expect(confirm).toContainText('The 5 orders it added are removed');
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Undo import' }).click();
  await expect(confirm).toBeHidden();
  await expect(row).toContainText('Undone');
  expect((await app.call('workspace.current', {})).orderCount).toBe(0);

  await page.getByRole('tab', { name: 'Orders' }).click();
  await expect(page.getByRole('heading', { name: 'No orders yet' })).toBeVisible();
});

test('the import dialog closes with Escape before anything is written', async ({ page, app }) => {
  await autumnPilot(app);
  await page.goto(app.url);
  await dropFile(page, 'orders_export_1.csv', EXPORT);
  const dialog = page.getByRole('dialog', { name: 'Import orders' });
  await expect(dialog.getByRole('button', { name: 'Read the file' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('status', { name: 'Import preview summary' })).toContainText('5 new orders');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect((await app.call('workspace.current', {})).orderCount).toBe(0);
  expect(await app.call('imports.list', {})).toHaveLength(0);
});

test('a file of no known layout is read through the columns the user picks, remembered for next time', async ({
  page,
  app,
}) => {
  await autumnPilot(app);
  const csv = readFileSync('test/fixtures/orders/generic-mapped.csv', 'utf8');
  await page.goto(app.url);
  await dropFile(page, 'shop-orders.csv', csv);
  const dialog = page.getByRole('dialog', { name: 'Import orders' });
  await dialog.getByRole('button', { name: 'Read the file' }).click();

  const columns = dialog.getByRole('form', { name: 'Columns' });
  await expect(columns).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Pick the columns first' })).toBeDisabled();
  await expect(dialog.getByRole('button', { name: 'Read with these columns' })).toBeDisabled();
  const pick = (field: string, header: string) => columns.getByLabel(field, { exact: true }).selectOption(header);
  await pick('Order id', 'Order number');
  await pick('Order date', 'Date created');
  await pick('Total', 'Total');
  await pick('Currency', 'Currency');
  await pick('Payment status', 'Payment status');
  await pick('Discount codes', 'Coupon code');
  await pick('Line item name', 'Item name');
  await pick('Line item quantity', 'Quantity');
  await pick('Line item unit price', 'Item price');
  await dialog.getByRole('button', { name: 'Read with these columns' }).click();

  // Day-first dates and decimal commas are read as written: 1.160,00 is one thousand one hundred sixty euros.
  const summary = dialog.getByRole('status', { name: 'Import preview summary' });
  await expect(summary).toContainText('4 new orders');
  await expect(summary).toContainText('1 excluded');
  await expect(dialog.getByLabel('About the file')).toContainText('Jul 6, 2026 – Jul 21, 2026');
  const sample = dialog.getByRole('table', { name: 'First orders as they will be stored' });
  await expect(sample.getByRole('row').filter({ hasText: '10045' })).toContainText('€1,160.00');
  await expect(dialog.getByLabel('Decimal mark in amounts')).toHaveValue(',');
  await dialog.getByRole('button', { name: 'Import 4 orders' }).click();
  await expect(dialog.getByRole('status', { name: 'Import summary' })).toContainText('4 orders added');
  await dialog.getByRole('button', { name: 'Close' }).first().click();

  // The same columns again: no questions, and nothing new.
  await dropFile(page, 'shop-orders (1).csv', csv);
  await dialog.getByRole('button', { name: 'Read the file' }).click();
  await expect(summary).toContainText('0 new orders');
  await expect(summary).toContainText('4 already imported');
  await expect(dialog.getByRole('button', { name: 'Nothing new to import' })).toBeDisabled();
  await expect(dialog.getByRole('form', { name: 'Columns' })).toBeHidden();
  await dialog.getByText('Columns (your own mapping, remembered)').click();
  await expect(dialog.getByRole('form', { name: 'Columns' }).getByLabel('Order id', { exact: true })).toHaveValue(
    'Order number',
  );
});
