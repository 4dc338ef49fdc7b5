import { join } from 'node:path';
import { area, expect, test } from './fixtures';

const pilot = (name: string) => ({ name, currency: 'EUR', startDate: '2026-03-01', endDate: '2026-04-30' });

test('back up, change, restore the backup through the confirmation, and find the old state', async ({ page, app }) => {
  await app.call('pilots.create', pilot('Spring pilot'));
  await page.goto(app.url);
  await area(page, 'Workspace').click();
  const backup = join(app.dir, 'before.pilotdesk');
  await page.getByLabel('Backup file', { exact: true }).fill(backup);
  await page.getByRole('button', { name: 'Back up', exact: true }).click();
  await expect(page.getByText(`to ${backup}`)).toBeVisible();

  // A change after the backup, seen on screen.
  await app.call('pilots.create', pilot('Added after the backup'));
  await page.reload();
  await expect(page.getByRole('table', { name: 'Pilots' })).toContainText('Added after the backup');

  await area(page, 'Workspace').click();
  await page.getByLabel('File to restore').fill(backup);
  await page.getByRole('button', { name: 'Restore…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(confirm).toContainText(`replaced by the contents of ${backup}`);
  await expect(confirm).toContainText('automatic backup');
  // Cancel has the focus: Enter alone never restores.
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Restore and replace' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByText(`Restored First client from ${backup}`)).toBeVisible();

  // The state before the restore is itself an automatic backup, listed with its reason.
  const automatic = page.getByRole('table', { name: 'Automatic backups' });
  await expect(automatic.getByRole('row').filter({ hasText: 'Before a restore' })).toHaveCount(1);

  await area(page, 'Pilots').click();
  const pilots = page.getByRole('table', { name: 'Pilots' });
  await expect(pilots).toContainText('Spring pilot');
  await expect(pilots).not.toContainText('Added after the backup');

  // And that automatic backup undoes the restore.
  await area(page, 'Workspace').click();
  await automatic
    .getByRole('button', { name: /^Restore the backup of / })
    .first()
    .click();
  await page
    .getByRole('dialog', { name: 'Restore this backup?' })
    .getByRole('button', { name: 'Restore and replace' })
    .click();
  await area(page, 'Pilots').click();
  await expect(pilots).toContainText('Added after the backup');
});

test('a file that is not a backup is refused in the confirmation, and nothing changes', async ({ page, app }) => {
  await app.call('pilots.create', pilot('Spring pilot'));
  await page.goto(app.url);
  await area(page, 'Workspace').click();
  await page.getByLabel('File to restore').fill(join(app.dir, 'no such backup.pilotdesk'));
  await page.getByRole('button', { name: 'Restore…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Restore this backup?' });
  await confirm.getByRole('button', { name: 'Restore and replace' }).click();
  await expect(confirm.getByRole('alert')).not.toBeEmpty();
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await area(page, 'Pilots').click();
  await expect(page.getByRole('table', { name: 'Pilots' })).toContainText('Spring pilot');
});
