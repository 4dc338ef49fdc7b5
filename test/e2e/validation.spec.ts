import { area, expect, test } from './fixtures';

test('invalid pilot values are shown beside their fields and nothing is saved', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'New pilot', exact: true }).click();
  const form = page.getByRole('dialog', { name: 'New pilot' });
  await form.getByLabel('Pilot name').fill('Broken dates');
  await form.getByLabel('Currency').fill('USD');
  await form.getByLabel('Start date').fill('2026-05-10');
  await form.getByLabel('End date').fill('2026-05-01');
  await form.getByLabel('Target CAC').fill('12.345');
  await form.getByRole('button', { name: 'Create pilot' }).click();

  const endDate = form.getByLabel('End date');
  await expect(endDate).toHaveAttribute('aria-invalid', 'true');
  await expect(endDate).toHaveAccessibleDescription(/End date must be on or after the start date/);
  await expect(endDate).toBeFocused();
  const cac = form.getByLabel('Target CAC');
  await expect(cac).toHaveAttribute('aria-invalid', 'true');
  await expect(cac).toHaveAccessibleDescription(/USD has 2 decimal places at most/);
  await expect(form.getByRole('alert')).toContainText('Nothing was saved');
  // What was typed is kept.
  await expect(cac).toHaveValue('12.345');
  await expect(form.getByLabel('Pilot name')).toHaveValue('Broken dates');

  await page.keyboard.press('Escape');
  await expect(form).toBeHidden();
  await expect(page.getByRole('heading', { name: 'No pilots in this workspace yet' })).toBeVisible();
  expect(await app.call('pilots.list', { includeArchived: true })).toHaveLength(0);
});

test('invalid creator values are shown beside their fields and nothing is saved', async ({ page, app }) => {
  await app.call('pilots.create', {
    name: 'Validation pilot',
    currency: 'USD',
    startDate: '2026-03-01',
    endDate: '2026-04-30',
  });
  await page.goto(app.url);
  await area(page, 'Creators').click();
  await page.getByRole('button', { name: 'Add creator' }).click();
  const form = page.getByRole('dialog', { name: 'Add creator to Validation pilot' });
  await form.getByLabel('Name', { exact: true }).fill('Joe Example');
  await form.getByLabel('Handle 1', { exact: true }).fill('joe!');
  await form.getByLabel('Email').fill('joe-at-example');
  await form.getByLabel('Landing URL').fill('ftp://x');
  await form.getByLabel('Stipend').fill('10.999');
  await form.getByRole('button', { name: 'Save creator' }).click();

  const handle = form.getByLabel('Handle 1', { exact: true });
  await expect(handle).toHaveAttribute('aria-invalid', 'true');
  await expect(handle).toHaveAccessibleDescription(/letters, digits, dots, dashes and underscores/);
  await expect(handle).toBeFocused();
  await expect(form.getByLabel('Email')).toHaveAccessibleDescription(/Email must look like name@example.com/);
  await expect(form.getByLabel('Landing URL')).toHaveAccessibleDescription(/full http\(s\) address/);
  await expect(form.getByLabel('Stipend')).toHaveAccessibleDescription(/USD has 2 decimal places at most/);
  await expect(form.getByLabel('Name', { exact: true })).not.toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByLabel('Landing URL')).toHaveValue('ftp://x');

  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('No creators in this pilot yet')).toBeVisible();
  const [pilot] = await app.call('pilots.list', {});
  expect(await app.call('creators.list', { pilotId: pilot?.id ?? 0 })).toHaveLength(0);
});
