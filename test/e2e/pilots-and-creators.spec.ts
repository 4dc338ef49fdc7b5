import { area, expect, test } from './fixtures';

test('a pilot and a creator made in the UI are still there after a reload', async ({ page, app }) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'No pilots in this workspace yet' })).toBeVisible();

  await page.getByRole('button', { name: 'New pilot', exact: true }).click();
  const pilotForm = page.getByRole('dialog', { name: 'New pilot' });
  await pilotForm.getByLabel('Pilot name').fill('Autumn serum pilot');
  await pilotForm.getByLabel('Brand', { exact: true }).fill('Lumen Skin');
  await pilotForm.getByLabel('Market or region').fill('Germany');
  await pilotForm.getByLabel('Currency').fill('eur');
  await pilotForm.getByLabel('Start date').fill('2026-09-01');
  await pilotForm.getByLabel('End date').fill('2026-10-31');
  await pilotForm.getByLabel('Target CAC').fill('25.00');
  await pilotForm.getByLabel('Target conversion').fill('2.5');
  await pilotForm.getByLabel('Status').selectOption({ label: 'Live' });
  await pilotForm.getByRole('button', { name: 'Create pilot' }).click();
  await expect(pilotForm).toBeHidden();

  const pilots = page.getByRole('table', { name: 'Pilots' });
  const pilotRow = pilots.getByRole('row').filter({ hasText: 'Autumn serum pilot' });
  await expect(pilotRow).toContainText('Lumen Skin');
  await expect(pilotRow).toContainText('EUR');
  await expect(pilotRow).toContainText('Sep 1, 2026 – Oct 31, 2026');

  await pilotRow.getByRole('button', { name: 'Autumn serum pilot', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Creators', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Add creator' }).click();
  const creatorForm = page.getByRole('dialog', { name: 'Add creator to Autumn serum pilot' });
  await creatorForm.getByLabel('Name', { exact: true }).fill('Mara Vogel');
  await creatorForm.getByLabel('Handle 1', { exact: true }).fill('@mara.glow');
  await creatorForm.getByRole('button', { name: 'Add handle' }).click();
  await creatorForm.getByLabel('Platform 2').selectOption({ label: 'TikTok' });
  await creatorForm.getByLabel('Handle 2', { exact: true }).fill('maraglow');
  await creatorForm.getByLabel('Email').fill('mara@example.com');
  await creatorForm.getByLabel('Followers').fill('18400');
  await creatorForm.getByLabel('Stipend').fill('150');
  await creatorForm.getByLabel('Discount code').fill('MARA15');
  await creatorForm.getByLabel('Discount code').press('Enter');
  await expect(creatorForm).toBeHidden();

  await page.reload();
  await expect(page.getByRole('table', { name: 'Pilots' })).toContainText('Autumn serum pilot');
  await area(page, 'Creators').click();
  const creators = page.getByRole('table', { name: 'Creators' });
  const row = creators.getByRole('row').filter({ hasText: 'Mara Vogel' });
  await expect(row).toContainText('@mara.glow');
  await expect(row).toContainText('@maraglow');
  await expect(row).toContainText('MARA15');
  await expect(row).toContainText('€150.00');
  await expect(row).toContainText('18,400');
  await expect(page.getByRole('banner')).toContainText('Autumn serum pilot');
});
