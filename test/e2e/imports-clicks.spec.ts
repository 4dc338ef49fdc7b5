import { readFileSync } from 'node:fs';
import { area, expect, test } from './fixtures';

const DUB_CLICKS = readFileSync('test/fixtures/clicks/dub-clicks-export.csv');

test('a link-analytics export brings clicks to the creators its links belong to', async ({ page, app }) => {
  const pilot = await app.call('pilots.create', {
    name: 'Spring Glow creator pilot',
    brand: 'Fernleaf',
    currency: 'USD',
    startDate: '2026-03-01',
    endDate: '2026-03-31',
    status: 'live',
  });
  await app.call('creators.add', {
    pilotId: pilot.id,
    name: 'Maya Okafor',
    handles: [{ platform: 'instagram', handle: 'mayamakes' }],
    discountCode: 'MAYA15',
  });
  await app.call('creators.add', {
    pilotId: pilot.id,
    name: 'Leo Brandt',
    handles: [{ platform: 'tiktok', handle: 'leoglows' }],
    discountCode: 'LEO10',
  });

  await page.goto(app.url);
  await area(page, 'Orders').click();
  await page.getByRole('tab', { name: 'Clicks' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import clicks…' }).click();
  await (await chooser).setFiles({ name: 'dub-clicks.csv', mimeType: 'text/csv', buffer: DUB_CLICKS });

  const dialog = page.getByRole('dialog', { name: 'Import clicks' });
  await expect(dialog.getByLabel('Pilot (whose creators the clicks belong to)')).toHaveValue(String(pilot.id));
  await dialog.getByRole('button', { name: 'Read the file' }).click();
  const summary = dialog.getByRole('status', { name: 'Import preview summary' });
  await expect(summary).toContainText('new creator-days');
  // 23 rows, one a click (or QR scan) each: 10 on Maya's link, 7 on Leo's, 6 on links of nobody in the pilot.
  await expect(dialog.getByTestId('adds-up')).toHaveText(/^✓ Adds up: all 23 rows/);
  await expect(
    dialog.getByRole('table', { name: 'Where the rows go' }).getByRole('row').filter({ hasText: 'All buckets' }),
  ).toContainText('23');
  await dialog.getByRole('button', { name: /^Import \d+ creator-days?$/ }).click();
  await expect(dialog.getByRole('status', { name: 'Import summary' })).toContainText('creator-days added');
  await dialog.getByRole('button', { name: 'See the clicks' }).click();

  const grid = page.getByRole('table', { name: 'Clicks per day in Spring Glow creator pilot' });
  await expect(grid.getByRole('row').filter({ hasText: 'Maya Okafor' }).getByRole('cell').first()).toHaveText('10');
  await expect(grid.getByRole('row').filter({ hasText: 'Leo Brandt' }).getByRole('cell').first()).toHaveText('7');
});
