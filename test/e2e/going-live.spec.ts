import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { expect, test } from './fixtures';

const goingLive = (page: Page) =>
  page.getByRole('navigation', { name: 'Areas' }).getByRole('button', { name: 'Going live', exact: true });

test('codes, links, the Matrixify file, a stipend contract signed and a printed brief', async ({ page, app }) => {
  test.setTimeout(60_000);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const pilot = await app.call('pilots.create', {
    name: 'Spring serum',
    brand: 'Lumen Skin',
    market: 'United States',
    currency: 'USD',
    startDate: '2026-09-01',
    endDate: '2026-10-31',
  });
  await app.call('assets.setSettings', {
    pilotId: pilot.id,
    codePattern: '{NAME}',
    discountValue: '15',
    landingUrl: 'https://shop.example.com/spring',
  });
  for (const [name, handle] of [
    ['Maya Lee', '@maya.lee'],
    ['Noor Haddad', '@noorcooks'],
  ] as const) {
    await app.call('creators.add', {
      pilotId: pilot.id,
      name,
      handles: [{ platform: 'instagram', handle }],
      stipend: '150.00',
    });
  }

  await page.goto(app.url);
  await goingLive(page).click();
  await expect(page.getByRole('heading', { name: 'Going live', level: 1 })).toBeVisible();
  await page.getByRole('tab', { name: 'Codes & links' }).click();

  // The pattern, with the first creator's example code changing as it is typed.
  await expect(page.getByLabel('Landing URL')).toHaveValue('https://shop.example.com/spring');
  await page.getByLabel('Code pattern').fill('{HANDEL}{DISCOUNT}');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.locator('#tracking-pattern-error')).toContainText('{HANDEL} is not a token');
  await page.getByLabel('Code pattern').fill('{HANDLE}{DISCOUNT}');
  await expect(page.getByTestId('example-code')).toHaveText('MAYALEE15');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();

  // Codes for both, then their tracked links; one is copied.
  const table = page.getByRole('table', { name: 'Codes and links' });
  await page.getByRole('button', { name: /^Generate missing codes/ }).click();
  await expect(page.getByRole('status', { name: 'Codes generated' })).toContainText('Gave 2 creators codes');
  await expect(table.getByRole('row').filter({ hasText: 'Maya Lee' })).toContainText('MAYALEE15');
  await expect(table.getByRole('row').filter({ hasText: 'Noor Haddad' })).toContainText('NOORCOOKS15');
  await page.getByRole('button', { name: /^Build links/ }).click();
  await expect(page.getByRole('status', { name: 'Links built' })).toContainText('Built 2 tracked links');
  await page.getByRole('button', { name: "Copy Maya Lee's link" }).click();
  await expect(page.getByText('Maya Lee: Link copied.')).toBeVisible();
  const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  expect(copied.origin + copied.pathname).toBe('https://shop.example.com/spring');
  expect(copied.searchParams.get('utm_content')).toBe('maya.lee');
  expect(copied.searchParams.get('utm_source')).toBe('instagram');

  // A hand-set code is checked like a generated one; the error sits under the field.
  await page.getByRole('button', { name: "Edit Noor Haddad's code" }).click();
  const edit = page.getByRole('dialog', { name: 'Discount code for Noor Haddad' });
  await edit.getByLabel('Code').fill('mayalee15');
  await edit.getByRole('button', { name: 'Save code' }).click();
  await expect(edit.locator('#member-code-error')).toContainText("already Maya Lee's code");
  await edit.getByLabel('Code').fill('NOOR-SPRING');
  await edit.getByRole('button', { name: 'Save code' }).click();
  await expect(edit).toBeHidden();
  await expect(table.getByRole('row').filter({ hasText: 'Noor Haddad' })).toContainText('NOOR-SPRING');

  // The Matrixify file, read back from disk.
  await page.getByRole('tab', { name: 'Shop files' }).click();
  await page.getByRole('button', { name: 'Export Matrixify file (Shopify)' }).click();
  const written = page.getByRole('status', { name: 'Code file written' });
  await expect(written).toContainText('Wrote 2 codes');
  await expect(written).toContainText('Matrixify');
  const path = (await page.getByTestId('code-file-path').textContent())?.trim() ?? '';
  const file = Papa.parse<Record<string, string>>(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  expect(file.meta.fields).toContain('Code');
  expect(file.data.map((r) => r.Code).sort()).toEqual(['MAYALEE15', 'NOOR-SPRING']);

  // The shop's own discounts export: Maya's code is live there, Noor's is not yet.
  const exported = join(app.dir, 'discounts_export_1.csv');
  writeFileSync(
    exported,
    'Name,Value,Value Type,Type,Discount Class,Minimum Purchase Requirements,Combines with Order Discounts,Combines with Product Discounts,Combines with Shipping Discounts,Customer Selection,Times Used In Total,Applies Once Per Customer,Usage Limit Per Code,Status,Start,End\n' +
      'MAYALEE15,-15.0,percentage,Amount Off,order,,0,0,0,all,0,,,Active,2026-08-01 00:00:00 -0400,\n',
  );
  await page.getByLabel('Discounts export file').fill(exported);
  await page.getByRole('button', { name: 'Check codes' }).click();
  const inShop = page.getByRole('table', { name: 'Codes in the shop' });
  await expect(inShop.getByRole('row').filter({ hasText: 'Maya Lee' })).toContainText('Active');
  await expect(inShop.getByRole('row').filter({ hasText: 'Noor Haddad' })).toContainText('Missing from the shop');

  // Terms: a stipend; the contract written, then sent and signed.
  await page.getByRole('tab', { name: 'Terms & contracts' }).click();
  const maya = page
    .getByRole('table', { name: 'Terms and contracts' })
    .getByRole('row')
    .filter({ hasText: 'Maya Lee' });
  await maya.getByLabel('Compensation model for Maya Lee').selectOption('stipend');
  await expect(maya).toContainText('stipend');
  await maya.getByRole('button', { name: 'Generate .docx' }).click();
  const said = maya.getByText(/^Contract written to /);
  await expect(said).toBeVisible();
  const contract = ((await said.textContent()) ?? '').replace(/^Contract written to /, '').trim();
  expect(contract).toMatch(/\.docx$/);
  expect(existsSync(contract)).toBe(true);
  await expect(maya).toContainText('draft');
  await maya.getByRole('button', { name: 'Mark sent…' }).click();
  await page
    .getByRole('dialog', { name: "Mark Maya Lee's contract sent" })
    .getByRole('button', { name: 'Mark sent' })
    .click();
  await expect(maya).toContainText(/Sent \d{4}-\d{2}-\d{2}/);
  await maya.getByRole('button', { name: 'Mark signed…' }).click();
  await page
    .getByRole('dialog', { name: "Mark Maya Lee's contract signed" })
    .getByRole('button', { name: 'Mark signed' })
    .click();
  await expect(maya).toContainText(/Signed \d{4}-\d{2}-\d{2}/);
  await expect(maya.getByRole('button', { name: /^Mark / })).toHaveCount(0);

  // The printable brief carries her code.
  await page.getByRole('tab', { name: 'Briefs' }).click();
  await page.getByRole('button', { name: 'Print brief for Maya Lee' }).click();
  const view = page.getByRole('dialog', { name: 'Brief for Maya Lee' });
  await expect(view.getByRole('button', { name: 'Print' })).toBeVisible();
  await expect(view.frameLocator('iframe').locator('body')).toContainText('MAYALEE15');
  await view.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(view).toBeHidden();
});
