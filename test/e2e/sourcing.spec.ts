import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { expect, type Pilotdesk, test } from './fixtures';

const LONGLIST = resolve(import.meta.dirname, '../fixtures/longlists/longlist-300.csv');

/** The left navigation's button for one of the sourcing areas. */
const nav = (page: Page, name: 'Sourcing' | 'Outreach') =>
  page.getByRole('navigation', { name: 'Areas' }).getByRole('button', { name, exact: true });

async function germanPilot(app: Pilotdesk) {
  return app.call('pilots.create', {
    name: 'Glow serum DE',
    brand: 'Lumen Skin',
    market: 'Germany',
    currency: 'EUR',
    startDate: '2026-09-01',
    endDate: '2026-10-31',
  });
}

function localToday(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

test('from a 300-row longlist to a shortlist of the 25 best, their outreach batch, and a first reply', async ({
  page,
  app,
}) => {
  test.setTimeout(90_000);
  const pilot = await germanPilot(app);
  await app.call('templates.save', {
    name: 'First contact',
    subject: 'A paid collaboration for {{name}}',
    whyYou: 'Hi {{firstName}}, {{whyFit}}.',
    offer: '{{offer}}',
    nextStep: 'Reply by {{deadline}}.',
    variables: { offer: 'A seeding box and a 15% commission.' },
  });
  await page.goto(app.url);
  await nav(page, 'Sourcing').click();
  await expect(page.getByRole('heading', { name: 'No profiles in this pilot yet' })).toBeVisible();

  // The longlist, through the import dialog: its rows previewed, then committed.
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import longlist…' }).first().click();
  await (await chooser).setFiles(LONGLIST);
  const dialog = page.getByRole('dialog', { name: 'Import a longlist' });
  await dialog.getByRole('button', { name: 'Read the file' }).click();
  const rows = dialog.getByRole('table', { name: 'Profiles in the file' });
  await expect(rows.getByRole('row').filter({ hasText: '@laura.reyes' }).first()).toContainText('New profile');
  await expect(rows.getByRole('row')).toHaveCount(301);
  await dialog.getByRole('button', { name: /^Import 300 profiles$/ }).click();
  await dialog.getByRole('button', { name: 'See the board' }).click();
  await expect(page.getByRole('button', { name: /^Longlist 300$/ })).toBeVisible();

  // Criteria: followers 10k–100k, engagement from 3 %, skincare; rescored live, then saved.
  // Closed, the panel says what is scored; it opens from the keyboard.
  const criteria = page.locator('summary', { hasText: 'Fit criteria' });
  await expect(criteria).toContainText('not scored: Category match');
  await criteria.focus();
  await page.keyboard.press('Enter');
  await page.getByLabel('Minimum followers').fill('10k');
  await page.getByLabel('Maximum followers').fill('100k');
  await page.getByLabel('Minimum engagement').fill('3');
  await page.getByLabel('Wanted categories').fill('skincare');
  await expect(page.getByText('Unsaved: scores shown use these')).toBeVisible();
  await expect(criteria).toContainText('10K–100K followers (3)');
  await expect(criteria).toContainText('posts about skincare (2)');
  await expect(criteria).not.toContainText('not scored');
  await page.getByRole('button', { name: 'Save criteria' }).click();
  await expect(page.getByText('Criteria saved')).toBeVisible();

  // Shortlist the top 25 (the cap): the board counts 25, and they are the 25 best scores of the longlist.
  await page.getByRole('button', { name: 'Shortlist top 25…' }).click();
  const top = page.getByRole('dialog', { name: 'Shortlist the top profiles' });
  await top.getByRole('button', { name: 'Shortlist 25' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Moved 25 profiles to Shortlist' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Shortlist 25$/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Longlist 275$/ })).toBeVisible();
  const board = await app.call('sourcing.board', { pilotId: pilot.id });
  const shortlisted = board.prospects.filter((p) => p.stage === 'shortlist');
  const rest = board.prospects.filter((p) => p.stage === 'longlist');
  expect(shortlisted).toHaveLength(25);
  const lowestIn = Math.min(...shortlisted.map((p) => p.fit.score));
  const highestOut = Math.max(...rest.map((p) => p.fit.score));
  expect(lowestIn).toBeGreaterThanOrEqual(highestOut);
  expect(lowestIn).toBeGreaterThan(0);

  // Their outreach batch, due for follow-up today, exported as CSV and read back.
  await page.getByRole('button', { name: 'Shortlist 25', exact: true }).click();
  await page.getByRole('checkbox', { name: 'Select all 25 shown' }).check();
  await page.getByRole('button', { name: 'Add to outreach' }).click();
  await expect(page.getByText('Sent from Sourcing.')).toBeVisible();
  await expect(page.getByRole('group', { name: 'Creators (25 of 300)' })).toBeVisible();
  await page.getByLabel('Reply by').fill('2026-12-14');
  await page.getByLabel('Follow up on').fill(localToday());
  await expect(page.getByRole('article', { name: /^Message to / })).toContainText('14 December 2026');
  const cap = page.getByRole('status', { name: 'Daily send cap' });
  await expect(cap).toContainText('0 of 50 sent today');
  await page.getByRole('button', { name: 'Export 25 messages' }).click();
  const result = page.getByRole('status', { name: 'Export result' });
  await expect(result).toContainText('Wrote');
  const written = /Wrote (\d+) messages? to (.+\.csv)\./.exec((await result.textContent()) ?? '');
  if (!written?.[2]) throw new Error(`no written path in: ${await result.textContent()}`);
  const csv = Papa.parse<Record<string, string>>(readFileSync(written[2], 'utf8').replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  const leftOut = await result.getByRole('list', { name: 'Left out' }).getByRole('listitem').count();
  expect(csv.data.length + leftOut).toBe(25);
  expect(csv.data.length).toBe(Number(written[1]));
  await expect(cap).toContainText(`${csv.data.length} of 50 sent today`);

  // A reply from one of them: in their log, and off the due list.
  await page.getByRole('tab', { name: /^Due today/ }).click();
  const due = page.getByRole('table', { name: 'Follow-ups due' });
  await expect(due.getByRole('row')).toHaveCount(csv.data.length + 1);
  const name = csv.data[0]?.name ?? '';
  expect(shortlisted.map((p) => p.profile.name)).toContain(name);
  await due.getByRole('button', { name: `Contact log of ${name}` }).click();
  const log = page.getByRole('dialog', { name: `Contact log: ${name}` });
  await expect(log.getByRole('list', { name: 'Contacts' })).toContainText('Contacted');
  await log.getByLabel('What happened').selectOption('reply');
  await log.getByLabel('Note').fill('Loves the serum, asks for the brief.');
  await log.getByRole('button', { name: 'Log it' }).click();
  await expect(log.getByRole('list', { name: 'Contacts' })).toContainText('Loves the serum, asks for the brief.');
  await log.getByRole('button', { name: 'Close dialog' }).click();
  await expect(due.getByRole('row')).toHaveCount(csv.data.length);
  await expect(due).not.toContainText(name);
});

test('a bulk move can be undone, and declining asks for a reason', async ({ page, app }) => {
  const pilot = await germanPilot(app);
  for (const [name, handle, followers] of [
    ['Mara Vogel', 'mara.glow', '24000'],
    ['Lena Hart', 'lenahart', '31000'],
    ['Jo Park', 'jopark', '8000'],
  ] as const) {
    await app.call('profiles.save', {
      pilotId: pilot.id,
      name,
      handles: [{ platform: 'instagram', handle }],
      followers,
    });
  }
  await page.goto(app.url);
  await nav(page, 'Sourcing').click();
  const grid = page.getByRole('table', { name: 'Prospects' });
  await expect(grid.getByRole('row')).toHaveCount(4);

  // Jo scores lowest (under the default follower band), so is the last row: Shift-click the first row for all three.
  await grid.getByRole('checkbox', { name: 'Select Jo Park' }).check();
  await grid
    .getByRole('checkbox', { name: /^Select / })
    .first()
    .click({ modifiers: ['Shift'] });
  await expect(page.getByText('3 profiles selected')).toBeVisible();
  await page.getByLabel('Move to stage').selectOption('contacted');
  await page.getByRole('button', { name: 'Move 3 profiles' }).click();
  await expect(page.getByRole('button', { name: /^Contacted 3$/ })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('button', { name: /^Longlist 3$/ })).toBeVisible();
  await expect(page.getByText('Undone: 3 profiles are back.')).toBeVisible();

  await grid.getByRole('checkbox', { name: 'Select Jo Park' }).check();
  await page.getByLabel('Move to stage').selectOption('declined');
  await page.getByRole('button', { name: 'Move 1 profile' }).click();
  const decline = page.getByRole('dialog', { name: 'Decline 1 profile' });
  await decline.getByRole('button', { name: 'Decline' }).click();
  await expect(decline.getByText('Say why they declined (reason)')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Declined 0$/ })).toBeVisible();
  await decline.getByLabel('Reason').fill('Audience too small for the brand');
  await decline.getByRole('button', { name: 'Decline' }).click();
  await expect(page.getByRole('button', { name: /^Declined 1$/ })).toBeVisible();

  // By keyboard: the last row (Jo) shows its fit on Enter, naming what the defaults leave out; Escape returns to the list.
  await page.getByRole('region', { name: /^Prospects/ }).focus();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  const fit = page.getByRole('dialog', { name: /^Fit of Jo Park/ });
  await expect(fit).toContainText('Not scored: Category match (no wanted categories set)');
  await page.keyboard.press('Escape');
  await expect(fit).toHaveCount(0);
  await expect(page.getByRole('region', { name: /^Prospects/ })).toBeFocused();
  // From the fit to the profile form and out again: focus still comes back to the list.
  await page.keyboard.press('Enter');
  await fit.getByRole('button', { name: 'Edit profile' }).click();
  await expect(page.getByRole('dialog', { name: 'Edit Jo Park' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('region', { name: /^Prospects/ })).toBeFocused();

  await page.getByRole('button', { name: 'Stage log' }).click();
  const log = page.getByRole('dialog', { name: 'Stage log' }).getByRole('table', { name: 'Stage moves' });
  await expect(log.getByRole('row').filter({ hasText: 'Jo Park' }).first()).toContainText(
    'Audience too small for the brand',
  );
});
