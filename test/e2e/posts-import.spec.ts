import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from './fixtures';
import { dropFile } from './imports-helpers';

const SHEET = resolve(import.meta.dirname, '../fixtures/posts/agency-posts.csv');

test('a dropped sheet of posts is previewed row by row, rejected rows named, and lands in the pilot’s content', async ({
  page,
  app,
}) => {
  test.setTimeout(60_000);
  const pilot = await app.call('pilots.create', {
    name: 'Spring Glow',
    brand: 'Lumen Skin',
    currency: 'USD',
    startDate: '2026-03-01',
    endDate: '2026-03-31',
  });
  for (const [name, handle] of [
    ['Maya Lin', 'maya.makes'],
    ['Leo Park', 'leo.park'],
  ] as const) {
    await app.call('creators.add', {
      pilotId: pilot.id,
      name,
      handles: [{ platform: 'instagram', handle }],
      stage: 'contracted',
    });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(app.url);

  await dropFile(page, 'agency-posts.csv', readFileSync(SHEET));
  const setup = page.getByRole('dialog');
  await setup.getByLabel('What the file holds').selectOption({ label: 'Posts with their numbers' });
  await expect(setup.getByLabel(/^Pilot/).locator('option:checked')).toHaveText('Spring Glow');
  await setup.getByRole('button', { name: 'Read the file' }).click();

  const dialog = page.getByRole('dialog', { name: 'Import posts' });
  const rows = dialog.getByRole('table', { name: 'Posts in the file' });
  await expect(rows.getByRole('row')).toHaveCount(11);
  const row = (n: number) =>
    rows.getByRole('row').filter({ has: page.getByRole('cell', { name: String(n), exact: true }) });
  await expect(row(2)).toContainText('New post');
  await expect(row(2)).toContainText('12,500 views, 1,200 likes, 85 comments, 40 clicks');
  await expect(row(2)).toContainText('Instagram · reel · 2026-03-05 18:30');
  await expect(row(3)).toContainText('Same post as row 8, which is used (the later row wins)');
  await expect(row(7)).toContainText('Row 7, Views: "lots" is not a count');
  await expect(dialog).toContainText('7 rows are rejected and will be left out; the other rows land.');

  await dialog.getByRole('button', { name: /^Import 2 posts$/ }).click();
  await dialog.getByRole('button', { name: 'See the posts' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('tab', { name: 'Content', exact: true })).toHaveAttribute('aria-selected', 'true');
  const table = page.getByRole('table', { name: 'Posts' });
  await expect(table.getByRole('row').filter({ hasText: 'Maya Lin' })).toContainText('12,500');
  await expect(table.getByRole('row').filter({ hasText: 'Leo Park' })).toContainText('Needs review');

  // The same sheet again through the tab's own button: nothing new, the posts are not doubled.
  await page.getByLabel('Import posts… (file)').setInputFiles(SHEET);
  await page.getByRole('dialog').getByRole('button', { name: 'Read the file' }).click();
  await expect(dialog).toContainText('This exact file was imported before');
  await expect(dialog.getByRole('button', { name: 'Nothing new to import' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  const posts = await app.call('posts.list', { pilotId: pilot.id });
  expect(posts.map((p) => [p.creatorName, p.views])).toEqual([
    ['Leo Park', 9_100],
    ['Maya Lin', 12_500],
  ]);
});
