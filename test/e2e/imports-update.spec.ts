import type { Page } from '@playwright/test';
import { area, expect, test } from './fixtures';
import { AUTUMN_ORDERS, autumnPilot, dropFile, type ShopOrder, shopifyExport } from './imports-helpers';

/** A week later: Lena's order #1002 was refunded in full, and one new order came in with her code. */
const LATER: ShopOrder[] = [
  ...AUTUMN_ORDERS.map((o) => (o.name === '#1002' ? { ...o, status: 'refunded', refunded: '45.40' } : o)),
  {
    ...(AUTUMN_ORDERS[1] as ShopOrder),
    name: '#1007',
    id: '6954779508007',
    email: 'a7@example.com',
    createdAt: '2026-09-24 08:30:00 +0200',
  },
];

async function importFile(page: Page, name: string, csv: string, expectButton: string) {
  await dropFile(page, name, csv);
  const dialog = page.getByRole('dialog', { name: 'Import orders' });
  await dialog.getByRole('button', { name: 'Read the file' }).click();
  await dialog.getByRole('button', { name: expectButton }).click();
  await dialog.getByRole('button', { name: 'Close' }).first().click();
  await expect(dialog).toBeHidden();
}

test('a newer export adds the new orders, updates the refunded one, and says which; undoing it restores the order', async ({
  page,
  app,
}) => {
  await autumnPilot(app);
  await page.goto(app.url);
  await area(page, 'Orders').click();
  await importFile(page, 'orders_export_1.csv', shopifyExport(AUTUMN_ORDERS), 'Import 5 orders');

  await dropFile(page, 'orders_export_2.csv', shopifyExport(LATER));
  const dialog = page.getByRole('dialog', { name: 'Import orders' });
  await dialog.getByRole('button', { name: 'Read the file' }).click();
  const summary = dialog.getByRole('status', { name: 'Import preview summary' });
  await expect(summary).toContainText('1 new order,');
  await expect(summary).toContainText('1 changed');
  await expect(summary).toContainText('4 already imported');
  const changed = dialog.getByRole('region', { name: 'Changed since the last import' });
  await expect(changed.getByRole('listitem')).toHaveCount(1);
  await expect(changed.getByRole('listitem')).toContainText('#1002');
  await dialog.getByRole('button', { name: 'Import 2 orders' }).click();
  await expect(dialog.getByRole('status', { name: 'Import summary' })).toContainText('1 order added, 1 updated');
  await dialog.getByRole('button', { name: 'See the orders' }).click();

  const orders = page.getByRole('table', { name: 'Orders' });
  await expect(orders.getByRole('row').filter({ hasText: '#1002' })).toContainText('€45.40');
  await expect(orders.getByRole('row').filter({ hasText: '#1007' })).toContainText('Lena Hart');

  // The first import cannot be undone while the second one holds a change to its order.
  await page.getByRole('tab', { name: 'Import history' }).click();
  const history = page.getByRole('table', { name: 'Import history' });
  const first = history.getByRole('row').filter({ hasText: 'orders_export_1.csv' });
  const second = history.getByRole('row').filter({ hasText: 'orders_export_2.csv' });
  await expect(first).toContainText('undo it first');
  await expect(first.getByRole('button', { name: /^Undo/ })).toHaveCount(0);
  await second.getByRole('button', { name: 'Undo import of orders_export_2.csv' }).click();
  await page
    .getByRole('dialog', { name: 'Undo the import of orders_export_2.csv?' })
    .getByRole('button', {
      name: 'Undo import',
    })
    .click();
  await expect(second).toContainText('Undone');
  await expect(first.getByRole('button', { name: 'Undo import of orders_export_1.csv' })).toBeVisible();

  await page.getByRole('tab', { name: 'Orders' }).click();
  await expect(orders.getByRole('row').filter({ hasText: '#1002' })).not.toContainText('€45.40');
  await expect(orders.getByRole('row').filter({ hasText: '#1007' })).toHaveCount(0);
});
