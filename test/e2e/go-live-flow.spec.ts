import { existsSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Issue 7's walk: a shortlisted creator taken through terms, contract, brief,
 * code, link, content approval and sign-offs to live, all in the UI, trying
 * to mark her live after each step and seeing the gate name what is still
 * missing.
 */

const NAME = 'Maya Lee';

const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true }).click();

/** Tries to mark her live on the Go live tab; returns what the gate's refusal lists. */
async function tryGoLive(page: Page): Promise<Locator> {
  await tab(page, 'Go live');
  const row = page.getByRole('table', { name: 'Go-live check' }).getByRole('row').filter({ hasText: NAME });
  await row.getByRole('button', { name: `Mark ${NAME} live` }).click();
  const refusal = row.getByRole('alert');
  await expect(refusal).toContainText(`${NAME} cannot be marked live yet`);
  return refusal;
}

async function expectMissing(page: Page, missing: string[], met: string[]) {
  const refusal = await tryGoLive(page);
  for (const m of missing) await expect(refusal).toContainText(m);
  for (const m of met) await expect(refusal).not.toContainText(m);
}

const CONTRACT = 'Contract not signed';
const CODE = 'No discount code';
const LINK = 'No tracked link';
const CONTENT = 'Content not approved';

test('a shortlisted creator goes live only once terms, contract, brief, code, link, content and sign-offs are done', async ({
  page,
  app,
}) => {
  test.setTimeout(120_000);
  const pilot = await app.call('pilots.create', {
    name: 'Spring serum',
    brand: 'Lumen Skin',
    market: 'United States',
    currency: 'USD',
    startDate: '2026-09-01',
    endDate: '2026-10-31',
    attributionMethod: 'both',
  });
  await app.call('briefs.settings', {
    pilotId: pilot.id,
    fields: { objective: 'Sell the spring serum', kpi: 'Orders with the code', callToAction: 'Use my code' },
  });
  const member = await app.call('creators.add', {
    pilotId: pilot.id,
    name: NAME,
    handles: [{ platform: 'instagram', handle: '@maya.lee' }],
    email: 'maya@example.com',
    stage: 'shortlist',
  });

  await page.goto(app.url);
  await page
    .getByRole('navigation', { name: 'Areas' })
    .getByRole('button', { name: 'Going live', exact: true })
    .click();
  await expect(page.getByRole('heading', { name: 'Going live', level: 1 })).toBeVisible();

  // Nothing done yet: the gate names all four.
  await expectMissing(page, [CONTRACT, CODE, LINK, CONTENT], []);

  // Terms: a stipend with its amount, then the contract drafted, sent and signed.
  await tab(page, 'Terms & contracts');
  const terms = page.getByRole('table', { name: 'Terms and contracts' }).getByRole('row').filter({ hasText: NAME });
  await terms.getByRole('button', { name: `Edit terms for ${NAME}` }).click();
  const dialog = page.getByRole('dialog', { name: `Terms for ${NAME}` });
  await dialog.getByLabel('Compensation model').selectOption({ label: 'Stipend' });
  await dialog.getByLabel('Stipend').fill('150');
  await dialog.getByRole('button', { name: 'Save terms' }).click();
  await expect(dialog).toBeHidden();
  await expect(terms).toContainText('150.00 USD stipend');
  await terms.getByRole('button', { name: 'Generate .docx' }).click();
  const written = terms.getByText(/^Contract written to /);
  await expect(written).toBeVisible();
  expect(existsSync(((await written.textContent()) ?? '').replace(/^Contract written to /, '').trim())).toBe(true);
  await terms.getByRole('button', { name: 'Mark sent…' }).click();
  await page
    .getByRole('dialog', { name: `Mark ${NAME}'s contract sent` })
    .getByRole('button', { name: 'Mark sent' })
    .click();
  await expect(terms).toContainText(/Sent \d{4}-\d{2}-\d{2}/);
  await expectMissing(page, ['Contract not signed (status: sent)', CODE, LINK, CONTENT], []);

  await tab(page, 'Terms & contracts');
  await terms.getByRole('button', { name: 'Mark signed…' }).click();
  await page
    .getByRole('dialog', { name: `Mark ${NAME}'s contract signed` })
    .getByRole('button', { name: 'Mark signed' })
    .click();
  await expect(terms).toContainText(/Signed \d{4}-\d{2}-\d{2}/);
  await expectMissing(page, [CODE, LINK, CONTENT], [CONTRACT]);

  // Code and link, from the pilot's pattern and landing page.
  await tab(page, 'Codes & links');
  await page.getByLabel('Code pattern').fill('{HANDLE}{DISCOUNT}');
  await page.getByLabel('Discount', { exact: true }).fill('15');
  await page.getByLabel('Landing URL').fill('https://shop.example.com/spring');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: /^Generate missing codes/ }).click();
  await expect(page.getByRole('status', { name: 'Codes generated' })).toContainText('Gave 1 creator');
  await expectMissing(page, [LINK, CONTENT], [CONTRACT, CODE]);

  await tab(page, 'Codes & links');
  await page.getByRole('button', { name: /^Build links/ }).click();
  await expect(page.getByRole('status', { name: 'Links built' })).toBeVisible();
  const tracked = page.getByRole('table', { name: 'Codes and links' }).getByRole('row').filter({ hasText: NAME });
  await expect(tracked).toContainText('MAYALEE15');
  await expect(tracked).toContainText('utm_content=maya.lee');
  await expectMissing(page, [CONTENT], [CONTRACT, CODE, LINK]);

  // Her brief carries the code.
  await tab(page, 'Briefs');
  await page.getByRole('button', { name: `Brief .docx for ${NAME}` }).click();
  const brief = page.getByRole('status').filter({ hasText: /^Brief written to / });
  await expect(brief).toBeVisible();
  const briefPath = (((await brief.locator('p').first().textContent()) ?? '').match(/Brief written to (.+)$/) ?? [])[1];
  expect(briefPath && existsSync(briefPath.trim())).toBe(true);

  // Content: her draft, checked, sent back once, then approved.
  await tab(page, 'Content');
  await page.getByRole('button', { name: 'Add post' }).first().click();
  const add = page.getByRole('dialog', { name: 'Add a post' });
  await add.getByLabel('Creator').selectOption({ label: NAME });
  await add.getByLabel('Post URL').fill('https://www.instagram.com/p/maya-serum');
  await add.getByLabel('Format').selectOption('reel');
  await add.getByLabel('Caption', { exact: true }).fill('My spring serum routine. Code MAYALEE15 #skincare');
  await expect(add.getByRole('list', { name: 'Caption findings' })).toContainText(/disclosure/i);
  await add.getByLabel('Caption', { exact: true }).fill('#ad My spring serum routine. Code MAYALEE15 #skincare');
  await expect(add.getByText('No findings: the disclosure is clear')).toBeVisible();
  await add.getByRole('button', { name: 'Add post' }).click();
  await expect(add).toBeHidden();
  await expectMissing(page, ['No post approved yet'], [CONTRACT, CODE, LINK]);

  await tab(page, 'Content');
  const post = page.getByRole('table', { name: 'Posts' }).getByRole('row').filter({ hasText: NAME });
  await post.getByRole('button', { name: `Review ${NAME}` }).click();
  const review = page.getByRole('dialog', { name: `Review ${NAME}'s post` });
  await review.getByRole('button', { name: 'Approve' }).click();
  await expect(review).toBeHidden();
  await expect(post).toContainText('Approved');

  // Sign-offs: the four checkpoints before results, each with who.
  await tab(page, 'Sign-offs');
  const signoffs = page
    .getByRole('table', { name: 'Sign-offs', exact: true })
    .getByRole('row')
    .filter({ hasText: NAME });
  for (const checkpoint of ['Brief approved', 'Tracking set up', 'Draft content approved', 'Contract signed (legal)']) {
    await signoffs.getByRole('button', { name: `Sign off ${checkpoint} for ${NAME}` }).click();
    const sign = page.getByRole('dialog', { name: new RegExp(`${checkpoint.replace(/[()]/g, '\\$&')}.*${NAME}`) });
    await sign.getByLabel('Signed off by').fill('Ana Lead');
    await sign.getByRole('button', { name: 'Sign off' }).click();
    await expect(sign).toBeHidden();
    await expect(signoffs.getByRole('button', { name: `Clear ${checkpoint} for ${NAME}` })).toBeVisible();
  }
  await expect(signoffs.getByText('✓ by Ana Lead')).toHaveCount(4);

  // Ready: the gate lets her through.
  await tab(page, 'Go live');
  const gate = page.getByRole('table', { name: 'Go-live check' }).getByRole('row').filter({ hasText: NAME });
  await expect(gate).toContainText('Ready to go live');
  await gate.getByRole('button', { name: `Mark ${NAME} live` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'marked live' })).toHaveText(`${NAME} marked live.`);
  await expect(gate.getByText('Live', { exact: true })).toBeVisible();
  const [now] = await app.call('creators.list', { pilotId: pilot.id });
  expect(now).toMatchObject({ id: member.id, stage: 'live', discountCode: 'MAYALEE15' });
});
