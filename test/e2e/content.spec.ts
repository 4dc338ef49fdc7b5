import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const goingLive = (page: Page) =>
  page.getByRole('navigation', { name: 'Areas' }).getByRole('button', { name: 'Going live', exact: true });

const BURIED = 'This serum cures acne overnight, I love it.\nLink in bio.\n#skincare #glow #serum #ad';
const FIXED = '#ad This serum calms my skin overnight, I love it.\nLink in bio.\n#skincare #glow #serum';

test('a post checked as typed, reviewed, reopened by an edit and removed', async ({ page, app }) => {
  test.setTimeout(40_000);
  const pilot = await app.call('pilots.create', {
    name: 'Spring serum',
    brand: 'Lumen Skin',
    currency: 'USD',
    startDate: '2026-09-01',
    endDate: '2026-10-31',
  });
  for (const name of ['Maya Lee', 'Noor Haddad']) {
    await app.call('creators.add', {
      pilotId: pilot.id,
      name,
      handles: [{ platform: 'instagram', handle: name.toLowerCase().replace(' ', '.') }],
      stage: 'contracted',
    });
  }

  await page.goto(app.url);
  await goingLive(page).click();
  await page.getByRole('tab', { name: 'Content', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'No posts yet' })).toBeVisible();

  // The brand's banned claims, one a line.
  await page.getByRole('button', { name: 'Banned claims…' }).click();
  const claims = page.getByRole('dialog', { name: 'Banned claims for Lumen Skin' });
  await claims.getByLabel('Banned claims, one per line').fill('cures acne\n\nclinically proven\n');
  await claims.getByRole('button', { name: 'Save banned claims' }).click();
  await expect(claims).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Saved 2 banned claims for Lumen Skin.' })).toBeVisible();

  // A caption with #ad lost in the trailing hashtags and a banned claim: both words are marked as typed.
  await page.getByRole('button', { name: 'Add post' }).first().click();
  const add = page.getByRole('dialog', { name: 'Add a post' });
  await add.getByLabel('Creator').selectOption({ label: 'Noor Haddad' });
  await add.getByLabel('Post URL').fill('https://www.instagram.com/p/noor-serum');
  await add.getByLabel('Format').selectOption('reel');
  await add.getByLabel('Posted at').fill('2026-09-03T18:30');
  await add.getByLabel('Caption', { exact: true }).fill(BURIED);
  await expect(add.locator('mark.finding-banned_claim')).toHaveText('cures acne');
  await expect(add.locator('mark.finding-in_hashtags')).toHaveText('#ad');
  const findings = add.getByRole('list', { name: 'Caption findings' });
  await expect(findings).toContainText('Banned claim');
  await expect(findings).toContainText('"cures acne" is a claim the brand does not allow');
  await expect(findings).toContainText('Lost in trailing hashtags');
  await add.getByLabel('Views').fill('12,400');
  await add.getByLabel('Likes').fill('lots');
  await add.getByRole('button', { name: 'Add post' }).click();
  await expect(add.locator('#post-likes-error')).toContainText('likes must be a whole number');
  await add.getByLabel('Likes').fill('830');
  await add.getByRole('button', { name: 'Add post' }).click();
  await expect(add).toBeHidden();

  const row = page.getByRole('table', { name: 'Posts' }).getByRole('row').filter({ hasText: 'Noor Haddad' });
  await expect(row).toContainText('12,400');
  await expect(row).toContainText('Needs review');
  await expect(row).toContainText('2 findings');

  // Fixed: no marks, no findings.
  await row.getByRole('button', { name: 'Edit Noor Haddad' }).click();
  const edit = page.getByRole('dialog', { name: "Edit Noor Haddad's post" });
  await edit.getByLabel('Caption', { exact: true }).fill(FIXED);
  await expect(edit.getByText('No findings: the disclosure is clear')).toBeVisible();
  await expect(edit.locator('mark')).toHaveCount(0);
  await edit.getByRole('button', { name: 'Save post' }).click();
  await expect(edit).toBeHidden();
  await expect(row).toContainText('No findings');

  // Review: a request for changes needs a comment; the reviewer's name goes into the history.
  const reviewButton = row.getByRole('button', { name: 'Review Noor Haddad' });
  await reviewButton.click();
  const review = page.getByRole('dialog', { name: "Review Noor Haddad's post" });
  await expect(review).toContainText('Not reviewed yet.');
  await review.getByRole('button', { name: 'Request changes' }).click();
  await expect(review.locator('#review-comment-error')).toContainText('Say what needs to change');
  await review.getByLabel('Comment').fill('Show the serum in the first second');
  await review.getByLabel('Reviewed by').fill('Dana Reviewer');
  // Enter in the name decides nothing; Ctrl+Enter in the comment requests the changes.
  await review.getByLabel('Reviewed by').press('Enter');
  await expect(review).toBeVisible();
  await expect(row).toContainText('Needs review');
  await review.getByLabel('Comment').press('Control+Enter');
  await expect(review).toBeHidden();
  await expect(reviewButton).toBeFocused();
  await expect(row).toContainText('Changes requested');

  await page.getByLabel('Review', { exact: true }).selectOption({ label: 'Changes requested' });
  await expect(page.getByRole('table', { name: 'Posts' }).getByRole('row')).toHaveCount(2);
  await page.getByLabel('Review', { exact: true }).selectOption({ label: 'Approved' });
  await expect(page.getByText('No posts match these filters.')).toBeVisible();
  await page.getByRole('button', { name: 'Show all posts' }).click();

  await reviewButton.click();
  await expect(review.getByLabel('Reviewed by')).toHaveValue('Dana Reviewer');
  await review.getByRole('button', { name: 'Approve' }).click();
  await expect(review).toBeHidden();
  await expect(row).toContainText('Approved');
  await reviewButton.click();
  const history = review.getByRole('region', { name: 'Review history' });
  await expect(history).toContainText('Requested changes by Dana Reviewer');
  await expect(history).toContainText('Show the serum in the first second');
  await expect(history).toContainText('Approved by Dana Reviewer');
  await page.keyboard.press('Escape');
  await expect(review).toBeHidden();
  await expect(reviewButton).toBeFocused();

  // An approved post edited is back to review, and the tab says why.
  await expect(row.getByRole('button', { name: 'Remove Noor Haddad' })).toHaveCount(0);
  await row.getByRole('button', { name: 'Edit Noor Haddad' }).click();
  await edit.getByLabel('Caption', { exact: true }).fill(`${FIXED} #glowup`);
  await edit.getByRole('button', { name: 'Save post' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'needs review again' })).toBeVisible();
  await expect(row).toContainText('Needs review');

  await row.getByRole('button', { name: 'Remove Noor Haddad' }).click();
  const confirm = page.getByRole('dialog', { name: 'Remove this post?' });
  await confirm.getByRole('button', { name: 'Remove post' }).click();
  await expect(page.getByRole('heading', { name: 'No posts yet' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: "Removed Noor Haddad's post." })).toBeVisible();
});
