import { expect, test } from './fixtures';

test('a template written with merge fields, approved and locked: its core is read-only, a local version sets only the local variables', async ({
  page,
  app,
}) => {
  await app.call('pilots.create', {
    name: 'Glow serum DE',
    market: 'Germany',
    currency: 'EUR',
    startDate: '2026-09-01',
    endDate: '2026-10-31',
  });
  await page.goto(app.url);
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('button', { name: 'Outreach', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'No message template yet' })).toBeVisible();
  await page.getByRole('button', { name: 'Write a template' }).click();

  const editor = page.getByRole('form', { name: 'Template' });
  await editor.getByLabel('Template name').fill('First contact');
  // A merge field chip goes where the cursor was.
  const nextStep = editor.getByLabel('Next step');
  await nextStep.fill('Shop at ');
  await nextStep.press('End');
  await editor.getByRole('button', { name: '{{storeLink}}' }).click();
  await expect(nextStep).toHaveValue('Shop at {{storeLink}}');
  await editor.getByLabel('The offer ({{offer}})').fill('A seeding box and 15% commission.');
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview).toContainText('A seeding box and 15% commission.');
  await expect(preview.locator('mark', { hasText: '[storeLink]' })).toBeVisible();

  await editor.getByRole('button', { name: 'Approve & lock…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Approve and lock this template?' });
  await confirm.getByRole('button', { name: 'Approve & lock' }).click();

  // Locked: the core shows read-only, and the editor's Save is gone.
  const core = page.getByRole('region', { name: 'Approved core' });
  await expect(core.getByLabel('Next step')).toHaveAttribute('readonly', '');
  await expect(core.getByLabel('Subject')).not.toBeEditable();
  await expect(page.getByRole('button', { name: 'Save template' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /First contact Approved/ })).toBeVisible();

  await page.getByRole('button', { name: 'Add local version' }).click();
  const local = page.getByRole('form', { name: 'Local version' });
  await local.getByLabel('Name').fill('Germany');
  await local.getByLabel('Language').fill('German');
  await local.getByLabel('{{storeLink}}').fill('https://lumen.example/de');
  await expect(local.getByLabel('Subject')).toHaveCount(0);
  await local.getByRole('button', { name: 'Save local version' }).click();
  await expect(page.getByRole('region', { name: 'Local versions' })).toContainText('Germany (German)');

  // The core refuses an edit from outside the screen too.
  const [template] = await app.call('templates.list', {});
  if (!template) throw new Error('the template was saved');
  expect(template.localVersions[0]?.variables).toEqual({ storeLink: 'https://lumen.example/de' });
  await expect(
    app.call('templates.save', {
      id: template.id,
      name: template.name,
      subject: 'Changed',
      whyYou: template.parts.whyYou,
      offer: template.parts.offer,
      nextStep: template.parts.nextStep,
    }),
  ).rejects.toThrow();
});
