import { resolve } from 'node:path';
import { area, expect, test } from './fixtures';

const SHEET = resolve(import.meta.dirname, '../fixtures/tracking/pilot-tracking.csv');

test("moving in the team's tracking sheet: creators added or updated, and the figures that differ listed before and after", async ({
  page,
  app,
}) => {
  await app.call('demo.load', {});
  await page.goto(app.url);
  await area(page, 'Creators').click();
  await expect(page.getByRole('table', { name: 'Creators' })).not.toContainText('Ava Brooks');

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Move in a tracking sheet…' }).click();
  await (await chooser).setFiles(SHEET);
  const dialog = page.getByRole('dialog', { name: 'Move in a tracking sheet' });
  await expect(dialog).toContainText('pilot-tracking.csv');
  await dialog.getByRole('button', { name: 'Read the file' }).click();

  const rows = dialog.getByRole('table', { name: 'Creators in the sheet' });
  await expect(rows.getByRole('row').filter({ hasText: 'Ava Brooks' })).toContainText('Added as new');
  await expect(rows.getByRole('row').filter({ hasText: 'Sofia Marchetti' })).toContainText('Updates the creator');
  const differences = dialog.getByRole('table', { name: 'Figures that differ from the sheet' });
  await expect(differences.getByRole('row').nth(1)).toBeVisible();
  const listed = await differences.getByRole('row').count();

  await dialog.getByRole('button', { name: /^Move in \d+ creators$/ }).click();
  await expect(dialog.getByRole('status', { name: 'Import summary' })).toBeVisible();
  // The same differences again once it has landed.
  await expect(differences.getByRole('row')).toHaveCount(listed);
  await dialog.getByRole('button', { name: 'See the creators' }).click();
  await expect(page.getByRole('table', { name: 'Creators' })).toContainText('Ava Brooks');
});
