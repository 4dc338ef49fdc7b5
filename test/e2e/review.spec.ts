import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The left navigation's button for an area. */
function nav(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Areas' }).getByRole('button', { name, exact: true });
}

test('the repeat decision ranks the demo creators with suggestions; a decision with a note survives a reload', async ({
  page,
  app,
}) => {
  await app.call('demo.load', {});
  await page.goto(app.url);
  await nav(page, 'Review').click();

  const ranking = page.getByRole('table', { name: 'Repeat decision ranking' });
  // A header row plus the 12 demo creators, each with a suggestion and its reason.
  await expect(ranking.getByRole('row')).toHaveCount(13);
  await expect(ranking.getByText('Top 20%', { exact: true })).toHaveCount(3);
  const first = ranking.getByRole('row').nth(1);
  await expect(first.getByRole('cell').nth(6)).toHaveText(/^(Renew|Probation|Stop) \S/);

  const name = (await first.getByRole('cell').nth(1).innerText()).replace(/\s*Top 20%$/, '');
  await first.getByRole('button', { name: `Review ${name}` }).click();
  const panel = page.getByRole('dialog', { name: `Review ${name}` });
  await panel.getByLabel('Decision', { exact: true }).selectOption('probation');
  await panel.getByLabel('Decision note').fill('Strong start; one more month before renewing.');
  await panel.getByLabel('Decided by').fill('Dana Reviewer');
  await panel.getByRole('button', { name: 'Save decision' }).click();
  await expect(panel.getByRole('status')).toContainText('Probation');

  // A check keeps the day's figures, with who checked.
  await panel.getByLabel('Check note').fill('First monthly check.');
  await panel.getByLabel('Checked by').fill('Dana Reviewer');
  await panel.getByRole('button', { name: 'Record check' }).click();
  const checks = panel.getByRole('list', { name: 'Checks, newest first' });
  await expect(checks.getByRole('listitem')).toHaveCount(1);
  await expect(checks).toContainText(/Met target|Missed target|Not enough data|No target set/);
  await expect(checks).toContainText('Dana Reviewer: “First monthly check.”');

  await page.reload();
  await nav(page, 'Review').click();
  const row = page.getByRole('table', { name: 'Repeat decision ranking' }).getByRole('row').filter({ hasText: name });
  await expect(row.getByRole('cell').nth(8)).toContainText('Probation');
  await expect(row.getByRole('cell').nth(8)).toContainText('Dana Reviewer');
  await expect(row.getByRole('cell').nth(8)).toContainText('Strong start; one more month before renewing.');
  // The name is remembered for the next decision on this machine.
  await row.getByRole('button', { name: `Review ${name}` }).click();
  await expect(page.getByLabel('Decided by')).toHaveValue('Dana Reviewer');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('a lift test on the demo regions shows expected against actual revenue with a 90% interval', async ({
  page,
  app,
}) => {
  await app.call('demo.load', {});
  await page.goto(app.url);
  await nav(page, 'Review').click();
  await page.getByRole('tab', { name: 'Lift test' }).click();

  const test = page.getByRole('group', { name: 'Test regions' });
  await test.getByRole('checkbox', { name: /^US-CA/ }).check();
  await test.getByRole('checkbox', { name: /^US-TX/ }).check();
  const control = page.getByRole('group', { name: 'Control regions' });
  await expect(control.getByRole('checkbox', { name: /^US-CA/ })).toBeDisabled();
  await control.getByRole('button', { name: 'All other regions' }).click();

  // Moving the test start moves the test end: both periods stay as long.
  const testEnd = await page.getByLabel('Test period end').inputValue();
  await page.getByLabel('Test period start').fill('2026-08-04');
  await expect(page.getByLabel('Test period end')).not.toHaveValue(testEnd);
  await page.getByLabel('Test period start').fill('2026-08-03');
  await expect(page.getByLabel('Test period end')).toHaveValue(testEnd);

  await page.getByRole('button', { name: 'Run lift test' }).click();
  const result = page.getByRole('region', { name: 'Lift test result' });
  await expect(result.getByTestId('lift-interval')).toHaveText(/^-?\$[\d,.]+ to -?\$[\d,.]+$/);
  await expect(result.getByText('Expected test revenue')).toBeVisible();
  await expect(result.getByRole('img', { name: /Test group revenue per day/ })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Saved lift tests' }).getByRole('row')).toHaveCount(2);

  // A bad period is named at its field and nothing runs.
  await page.getByLabel('Test period end').fill('2026-08-10');
  await page.getByRole('button', { name: 'Run lift test' }).click();
  await expect(page.getByText(/must be as long as the pre period/)).toBeVisible();
  await expect(page.getByLabel('Test period end')).toHaveAttribute('aria-invalid', 'true');
});

test('a flagged order is rejected with a note from the keyboard; the decision and the held commission show', async ({
  page,
  app,
}) => {
  await app.call('demo.load', {});
  await page.goto(app.url);
  await nav(page, 'Payouts').click();
  await page.getByRole('tab', { name: 'Fraud review' }).click();

  const flagged = page.getByRole('table', { name: 'Flagged orders' });
  const row = flagged.locator('tbody tr').filter({ hasText: 'Held' }).first();
  await expect(row.locator('td').nth(4)).toHaveText(/^\$[\d,]+\.\d{2}$/);
  await expect(row.locator('td').nth(5)).toContainText(/\S+: \S/);
  const ref = await row.locator('td').first().innerText();
  const heldBefore = await page.getByRole('tab', { name: /Fraud review/ }).innerText();

  await row.getByRole('button', { name: `Reject order ${ref}` }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: `Reject order ${ref}?` });
  await expect(dialog).toContainText('of commission not paid');
  await expect(dialog.getByLabel('Note')).toBeFocused();
  await page.keyboard.type('Shipped abroad to a reseller; not a real customer.');
  await dialog.getByLabel('Decided by').fill('Riley Risk');
  await dialog.getByLabel('Note').press('Control+Enter');
  await expect(dialog).toHaveCount(0);

  const decided = flagged.locator('tbody tr').filter({ hasText: ref });
  await expect(decided).toContainText('Rejected');
  await expect(decided).toContainText('Riley Risk');
  await expect(decided).toContainText('Shipped abroad to a reseller; not a real customer.');
  await expect(decided.getByRole('button', { name: `Reject order ${ref}` })).toHaveCount(0);
  await expect(page.getByRole('tab', { name: /Fraud review/ })).not.toHaveText(heldBefore);
});
