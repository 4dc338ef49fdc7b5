import type { Page } from '@playwright/test';
import { expect, type Pilotdesk, test } from './fixtures';

const goingLive = (page: Page) =>
  page.getByRole('navigation', { name: 'Areas' }).getByRole('button', { name: 'Going live', exact: true });

/** A pilot attributed by code, with one contracted creator whose contract is sent but not signed. */
async function seed(app: Pilotdesk, name = 'Spring serum', creator = 'Maya Lee') {
  const pilot = await app.call('pilots.create', {
    name,
    currency: 'USD',
    startDate: '2026-09-01',
    endDate: '2026-10-31',
    attributionMethod: 'code',
  });
  const member = await app.call('creators.add', {
    pilotId: pilot.id,
    name: creator,
    handles: [{ platform: 'instagram', handle: creator.toLowerCase().replace(' ', '.') }],
    stage: 'contracted',
  });
  await app.call('contracts.setStatus', { memberId: member.id, status: 'sent' });
  return { pilot, member };
}

async function openTab(page: Page, tab: 'Go live' | 'Sign-offs') {
  await goingLive(page).click();
  await expect(page.getByRole('heading', { name: 'Going live', level: 1 })).toBeVisible();
  await page.getByRole('tab', { name: tab, exact: true }).click();
}

test('the gate names what is missing, sends the user to fix it, then marks the creator live', async ({ page, app }) => {
  test.setTimeout(45_000);
  const { pilot, member } = await seed(app);
  await page.goto(app.url);
  await openTab(page, 'Go live');

  const row = page.getByRole('table', { name: 'Go-live check' }).getByRole('row').filter({ hasText: 'Maya Lee' });
  const needs = row.getByRole('list', { name: 'What Maya Lee still needs' });
  await expect(needs).toContainText('Contract not signed (status: sent)');
  await expect(needs).toContainText('No discount code');
  await expect(needs).toContainText('Content not approved');
  await expect(page.getByRole('button', { name: /^Mark all ready live/ })).toBeDisabled();

  // Marking live anyway goes to the gate, which refuses and says why.
  await row.getByRole('button', { name: 'Mark Maya Lee live' }).click();
  const refusal = row.getByRole('alert');
  await expect(refusal).toContainText('Maya Lee cannot be marked live yet');
  await expect(refusal).toContainText('Contract not signed (status: sent)');
  await expect(refusal).toContainText('No discount code');
  await expect(row).toContainText('Contracted');

  // A problem's button opens the tab that fixes it.
  await row.getByRole('button', { name: /^Open Terms & contracts to fix/ }).click();
  await expect(page.getByRole('tab', { name: 'Terms & contracts' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tab', { name: 'Terms & contracts' })).toBeFocused();
  await expect(page.getByRole('heading', { name: 'Terms and contracts' })).toBeVisible();

  // The steps done elsewhere: contract signed, a code, an approved post.
  await app.call('contracts.setStatus', { memberId: member.id, status: 'signed' });
  await app.call('assets.generateCodes', { pilotId: pilot.id, memberId: member.id });
  const saved = await app.call('posts.save', {
    memberId: member.id,
    url: 'https://instagram.com/p/spring1',
    platform: 'instagram',
    format: 'reel',
    caption: 'My new serum routine #ad',
  });
  await app.call('posts.review', { id: saved.post.id, decision: 'approve' });

  await page.reload();
  await openTab(page, 'Go live');
  await expect(row).toContainText('Ready to go live');
  await expect(page.getByRole('button', { name: 'Mark all ready live (1)' })).toBeEnabled();
  await row.getByRole('button', { name: 'Mark Maya Lee live' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'marked live' })).toHaveText('Maya Lee marked live.');
  await expect(row.getByText('Live', { exact: true })).toBeVisible();
  await expect(row).toContainText('Already live');
  await expect(row.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'marked live' })).toBeFocused();

  // Undo puts them back; "Mark all ready live" asks first, then moves every ready creator.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Undone' })).toBeVisible();
  await expect(row.getByText('Contracted', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Mark all ready live (1)' }).click();
  const confirm = page.getByRole('dialog', { name: 'Mark all ready creators live?' });
  await expect(confirm).toContainText('Maya Lee will be marked live');
  await confirm.getByRole('button', { name: 'Mark 1 live' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'marked live' })).toBeFocused();
  await expect(row.getByText('Live', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Mark all ready live' })).toBeDisabled();
  const [check] = await app.call('golive.check', { pilotId: pilot.id });
  expect(check?.stage).toBe('live');
});

test('sign-offs: refused against the facts, signed by someone, cleared after asking; times and the overdue list', async ({
  page,
  app,
}) => {
  test.setTimeout(45_000);
  await seed(app);
  const other = await seed(app, 'Autumn glow', 'Noor Haddad');
  await app.call('signoffs.sla', { pilotId: other.pilot.id, hours: { brief_approved: 1 } });
  await page.goto(app.url);
  await goingLive(page).click();
  await page.getByLabel('Pilot', { exact: true }).selectOption({ label: 'Spring serum' });
  await openTab(page, 'Sign-offs');

  const table = page.getByRole('table', { name: 'Sign-offs', exact: true });
  const row = table.getByRole('row').filter({ hasText: 'Maya Lee' });
  await expect(row).toContainText('Due ');
  await expect(row).toContainText('Not due yet');
  await expect(page.getByText('Nothing overdue')).toBeVisible();

  // The contract is only sent: the core refuses, and the dialog says why.
  await row.getByRole('button', { name: 'Sign off Contract signed (legal) for Maya Lee' }).click();
  const dialog = page.getByRole('dialog', { name: /Contract signed \(legal\).*Maya Lee/ });
  await dialog.getByRole('button', { name: 'Sign off' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Contract not signed (status: sent)');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();

  // Brief approved, by a named reviewer with a note.
  await row.getByRole('button', { name: 'Sign off Brief approved for Maya Lee' }).click();
  const sign = page.getByRole('dialog', { name: /Brief approved.*Maya Lee/ });
  await sign.getByLabel('Signed off by').fill('Ana Reviewer');
  await sign.getByLabel('Note (optional)').fill('Hooks agreed on the call');
  await sign.getByRole('button', { name: 'Sign off' }).click();
  await expect(sign).toBeHidden();
  await expect(row).toContainText('✓ by Ana Reviewer');
  await expect(row).toContainText('Hooks agreed on the call');

  // Clearing asks first; Cancel keeps it.
  await row.getByRole('button', { name: 'Clear Brief approved for Maya Lee' }).click();
  const confirm = page.getByRole('dialog', { name: 'Clear “Brief approved”?' });
  await expect(confirm).toContainText('signed off by Ana Reviewer');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(row).toContainText('✓ by Ana Reviewer');
  await row.getByRole('button', { name: 'Clear Brief approved for Maya Lee' }).click();
  await confirm.getByRole('button', { name: 'Clear sign-off' }).click();
  await expect(confirm).toBeHidden();
  await expect(row).not.toContainText('Ana Reviewer');
  await expect(row.getByRole('button', { name: 'Sign off Brief approved for Maya Lee' })).toBeVisible();

  // Times per checkpoint: a bad value is named under its field; a good one is saved.
  const legal = page.getByLabel('Contract signed (legal)', { exact: true });
  await expect(legal).toHaveValue('48');
  await page.getByLabel('Brief approved', { exact: true }).fill('0');
  await page.getByRole('button', { name: 'Save times' }).click();
  await expect(page.locator('#sla-brief_approved-error')).toHaveText('Must be at least 1');
  await page.getByLabel('Brief approved', { exact: true }).fill('1');
  await page.getByRole('button', { name: 'Save times' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

  // Three hours on, both pilots' first checkpoints are overdue; the other pilot's row opens that pilot.
  await page.clock.setFixedTime(Date.now() + 3 * 3_600_000 + 60_000);
  await page.getByRole('tab', { name: 'Go live', exact: true }).click();
  await page.getByRole('tab', { name: 'Sign-offs', exact: true }).click();
  await expect(row).toContainText('Overdue by 2 h');
  const overdue = page.getByRole('table', { name: 'Overdue sign-offs' });
  await expect(overdue.getByRole('row')).toHaveCount(3);
  await expect(overdue.getByRole('row').filter({ hasText: 'Maya Lee' })).toContainText('Brief approved');
  await expect(overdue.getByRole('row').filter({ hasText: 'Maya Lee' })).toContainText('this pilot');
  await overdue.getByRole('button', { name: 'Open pilot Autumn glow' }).click();
  await expect(page.getByLabel('Pilot', { exact: true })).toHaveValue(String(other.pilot.id));
  await expect(table.getByRole('row').filter({ hasText: 'Noor Haddad' })).toContainText('Overdue by');
});
