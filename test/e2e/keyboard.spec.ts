import { expect, test } from './fixtures';

test('the New pilot dialog opens from the keyboard, closes with Escape and gives focus back', async ({ page, app }) => {
  await page.goto(app.url);
  const newPilot = page.getByRole('button', { name: 'New pilot', exact: true });
  await newPilot.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'New pilot' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Pilot name')).toBeFocused();

  // Focus stays inside the modal dialog.
  for (let i = 0; i < 30; i++) await page.keyboard.press('Tab');
  expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(newPilot).toBeFocused();
});

test('archiving asks first and Show archived brings the pilot back', async ({ page, app }) => {
  await app.call('pilots.create', {
    name: 'Winter pilot',
    currency: 'GBP',
    startDate: '2026-01-05',
    endDate: '2026-02-20',
  });
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Archive Winter pilot' }).click();
  const confirm = page.getByRole('dialog', { name: 'Archive Winter pilot?' });
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Archive pilot' }).click();
  await expect(page.getByText('All pilots are archived')).toBeVisible();
  await page.getByLabel('Show archived').check();
  await page.getByRole('button', { name: 'Unarchive Winter pilot' }).click();
  await expect(page.getByRole('button', { name: 'Archive Winter pilot' })).toBeVisible();
});
