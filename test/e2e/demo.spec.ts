import { area, expect, test } from './fixtures';

test('loading the demo from the empty state shows the demo pilot and its 12 creators', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Load demo workspace' }).click();

  await expect(page.getByRole('heading', { name: 'Creators', level: 1 })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Spring Glow creator pilot');
  await expect(page.getByLabel('Pilot', { exact: true })).toHaveValue(/\d+/);
  await expect(page.getByRole('status')).toHaveText('12 creators take part in this pilot');
  // A header row plus one row per creator.
  await expect(page.getByRole('table', { name: 'Creators' }).getByRole('row')).toHaveCount(13);

  await area(page, 'Pilots').click();
  const row = page
    .getByRole('table', { name: 'Pilots' })
    .getByRole('row')
    .filter({ hasText: 'Spring Glow creator pilot' });
  await expect(row.getByRole('cell').nth(6)).toHaveText('12');
  await page.screenshot({ path: '/tmp/pilotdesk-pilots-light.png' });
});
