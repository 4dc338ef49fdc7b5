import { area, expect, test } from './fixtures';

test('editing a pilot shows its amounts as typed and saves changes', async ({ page, app }) => {
  await app.call('pilots.create', {
    name: 'Summer pilot',
    brand: 'Lumen Skin',
    currency: 'EUR',
    startDate: '2026-06-01',
    endDate: '2026-07-31',
    targetCac: '30',
    targetConversion: '2.5',
    budget: '1,200.5',
  });
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Edit Summer pilot' }).click();
  const form = page.getByRole('dialog', { name: 'Edit Summer pilot' });
  await expect(form.getByLabel('Target CAC')).toHaveValue('30.00');
  await expect(form.getByLabel('Target conversion')).toHaveValue('2.5');
  await expect(form.getByLabel('Total budget')).toHaveValue('1200.50');
  await expect(form.getByLabel('Brand', { exact: true })).toHaveValue('Lumen Skin');
  await form.getByLabel('Pilot name').fill('Summer serum pilot');
  await form.getByLabel('Pilot name').press('Enter');
  await expect(form).toBeHidden();
  await expect(page.getByRole('table', { name: 'Pilots' })).toContainText('Summer serum pilot');
});

test('brands can be added, renamed and archived', async ({ page, app }) => {
  await app.call('pilots.create', {
    name: 'Any pilot',
    currency: 'USD',
    startDate: '2026-01-01',
    endDate: '2026-02-01',
  });
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Brands' }).click();
  const dialog = page.getByRole('dialog', { name: 'Brands' });
  await dialog.getByLabel('New brand name').fill('Oak & Ember');
  await dialog.getByLabel('New brand name').press('Enter');
  await expect(dialog.getByRole('table', { name: 'Brands' })).toContainText('Oak & Ember');

  await dialog.getByLabel('New brand name').fill('Oak & Ember');
  await dialog.getByRole('button', { name: 'Add brand' }).click();
  await expect(dialog.getByLabel('New brand name')).toHaveAccessibleDescription(/already exists/);

  await dialog.getByRole('button', { name: 'Rename Oak & Ember' }).click();
  await dialog.getByLabel('New name for Oak & Ember').fill('Oak and Ember');
  await dialog.getByLabel('New name for Oak & Ember').press('Enter');
  const row = dialog.getByRole('row').filter({ hasText: 'Oak and Ember' });
  await row.getByRole('button', { name: 'Archive Oak and Ember' }).click();
  await expect(row).toContainText('Archived');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('removing a creator asks first, naming them', async ({ page, app }) => {
  const pilot = await app.call('pilots.create', {
    name: 'Removal pilot',
    currency: 'USD',
    startDate: '2026-01-01',
    endDate: '2026-02-01',
  });
  await app.call('creators.add', { pilotId: pilot.id, name: 'Lia Moss', handles: [{ handle: 'liamoss' }] });
  await app.call('creators.add', { pilotId: pilot.id, name: 'Ben Ode', handles: [{ handle: 'benode' }] });
  await page.goto(app.url);
  await area(page, 'Creators').click();
  await page.getByRole('button', { name: 'Remove Lia Moss' }).click();
  const confirm = page.getByRole('dialog', { name: 'Remove Lia Moss?' });
  await expect(confirm).toContainText('Lia Moss leaves Removal pilot');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('table', { name: 'Creators' })).toContainText('Lia Moss');

  await page.getByRole('button', { name: 'Remove Lia Moss' }).click();
  await confirm.getByRole('button', { name: 'Remove creator' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('table', { name: 'Creators' })).not.toContainText('Lia Moss');
  await expect(page.getByRole('status')).toHaveText('1 creator takes part in this pilot');
});
