import { existsSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const goingLive = (page: Page) =>
  page.getByRole('navigation', { name: 'Areas' }).getByRole('button', { name: 'Going live', exact: true });

test('a shortlisted creator’s terms set from Going live: the model checked against the amounts, usage rights of their own', async ({
  page,
  app,
}) => {
  test.setTimeout(40_000);
  const pilot = await app.call('pilots.create', {
    name: 'Spring serum',
    brand: 'Lumen Skin',
    market: 'United States',
    currency: 'USD',
    startDate: '2026-09-01',
    endDate: '2026-10-31',
  });
  await app.call('creators.add', {
    pilotId: pilot.id,
    name: 'Noor Haddad',
    handles: [{ platform: 'instagram', handle: '@noorcooks' }],
    email: 'noor@example.com',
    stage: 'shortlist',
  });

  await page.goto(app.url);
  await goingLive(page).click();
  const noor = page
    .getByRole('table', { name: 'Terms and contracts' })
    .getByRole('row')
    .filter({ hasText: 'Noor Haddad' });
  await expect(noor).toContainText('Shortlist');
  await expect(noor).toContainText('Usage rights: 30 days (pilot default)');

  // A stipend model with no stipend: the error sits under the stipend and the dialog stays open.
  await noor.getByRole('button', { name: 'Edit terms for Noor Haddad' }).click();
  const dialog = page.getByRole('dialog', { name: 'Terms for Noor Haddad' });
  await expect(dialog.getByLabel('Usage rights window')).toHaveAccessibleDescription(/pilot’s default, 30 days/);
  await dialog.getByLabel('Compensation model').selectOption({ label: 'Stipend' });
  await dialog.getByRole('button', { name: 'Save terms' }).click();
  await expect(dialog.locator('#creator-stipend-error')).toContainText('stipend');
  await expect(dialog.getByLabel('Stipend')).toBeFocused();
  await expect(dialog).toBeVisible();

  // An amount and a window of her own: saved, and the table says so.
  await dialog.getByLabel('Stipend').fill('150');
  await dialog.getByLabel('Usage rights window').fill('60');
  await dialog.getByRole('button', { name: 'Save terms' }).click();
  await expect(dialog).toBeHidden();
  await expect(noor).toContainText('150.00 USD stipend');
  await expect(noor).toContainText('Usage rights: 60 days');
  await expect(noor).not.toContainText('pilot default');
  await expect(noor.getByLabel('Compensation model for Noor Haddad')).toHaveValue('stipend');
  // Her other details were kept by the whole-member update.
  const [member] = await app.call('creators.list', { pilotId: pilot.id });
  expect(member?.email).toBe('noor@example.com');
  expect(member?.stage).toBe('shortlist');
  await page.setViewportSize({ width: 1024, height: 700 });

  // Reopened, it shows what was saved; a bad window is named under its field.
  await noor.getByRole('button', { name: 'Edit terms for Noor Haddad' }).click();
  await expect(dialog.getByLabel('Stipend')).toHaveValue('150.00');
  await expect(dialog.getByLabel('Usage rights window')).toHaveValue('60');
  await dialog.getByLabel('Usage rights window').fill('ten');
  await dialog.getByRole('button', { name: 'Save terms' }).click();
  await expect(dialog.locator('#terms-usageRightsDays-error')).toContainText('Enter a whole number of days');
  await expect(dialog.getByRole('alert')).toContainText('Nothing was saved');
  await page.setViewportSize({ width: 1440, height: 900 });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(noor).toContainText('Usage rights: 60 days');

  // The contract is still written from these terms.
  await noor.getByRole('button', { name: 'Generate .docx' }).click();
  const said = noor.getByText(/^Contract written to /);
  await expect(said).toBeVisible();
  const path = ((await said.textContent()) ?? '').replace(/^Contract written to /, '').trim();
  expect(existsSync(path)).toBe(true);
  await expect(noor).toContainText('draft');
});
