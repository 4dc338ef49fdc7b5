import { join } from 'node:path';
import { area, expect, test } from './fixtures';

test('create a new workspace by path, see it empty, and reopen the first from the recent list', async ({
  page,
  app,
}) => {
  await app.call('pilots.create', {
    name: 'First client pilot',
    currency: 'EUR',
    startDate: '2026-03-01',
    endDate: '2026-04-30',
  });
  await page.goto(app.url);
  await expect(page.getByRole('table', { name: 'Pilots' })).toContainText('First client pilot');

  await area(page, 'Workspace').click();
  const current = page.getByRole('region', { name: 'Current workspace' });
  await expect(current).toContainText('First client');
  await expect(current).toContainText(app.workspacePath);

  const second = join(app.dir, 'Second client.pilotdesk');
  await page.getByLabel('New workspace file').fill(second);
  await page.getByLabel('New workspace file').press('Enter');
  await expect(current).toContainText(second);
  await expect(page.getByRole('banner')).toContainText('Second client');
  await expect(page.getByRole('banner')).toContainText('None selected');

  await area(page, 'Pilots').click();
  await expect(page.getByRole('heading', { name: 'No pilots in this workspace yet' })).toBeVisible();

  await area(page, 'Workspace').click();
  await page.getByRole('button', { name: 'Open workspace First client' }).click();
  await expect(page.getByRole('banner')).toContainText('First client');
  await area(page, 'Pilots').click();
  await expect(page.getByRole('table', { name: 'Pilots' })).toContainText('First client pilot');
});

test('creating over an existing file shows the error beside the path', async ({ page, app }) => {
  await page.goto(app.url);
  await area(page, 'Workspace').click();
  const field = page.getByLabel('New workspace file');
  await field.fill(app.workspacePath);
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(/already exists/);
});

test('backing up shows where the copy went', async ({ page, app }) => {
  await page.goto(app.url);
  await area(page, 'Workspace').click();
  const target = join(app.dir, 'backups', 'copy.pilotdesk');
  await page.getByLabel('Backup file').fill(target);
  await page.getByRole('button', { name: 'Back up', exact: true }).click();
  await expect(page.getByRole('status')).toContainText(`to ${target}`);
});
