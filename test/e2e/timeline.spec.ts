import type { Page } from '@playwright/test';
import { addDays } from '../../src/shared/dates';
import { expect, test } from './fixtures';

test.use({ locale: 'en-US', viewport: { width: 1440, height: 900 } });

const goingLive = (page: Page) =>
  page.getByRole('navigation', { name: 'Areas' }).getByRole('button', { name: 'Going live', exact: true });

const at = (iso: string) => new Date(`${iso}T00:00:00Z`);
const short = (iso: string) => at(iso).toLocaleDateString('en-US', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const withYear = (iso: string) =>
  at(iso).toLocaleDateString('en-US', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const weekday = (iso: string) =>
  at(iso).toLocaleDateString('en-US', { weekday: 'long', day: 'numeric', month: 'short', timeZone: 'UTC' });

test('phases with dates, what is due this week and around it, for the pilot and across pilots', async ({
  page,
  app,
}) => {
  test.setTimeout(40_000);
  // Today and its Monday as the core counts days.
  const { date: today, start: monday } = await app.call('timeline.week', {});
  const start = addDays(today, -10); // day 10 of the pilot: weeks 1-2, seeding and launch
  const pilot = await app.call('pilots.create', {
    name: 'Autumn glow',
    brand: 'Lumen Skin',
    market: 'United States',
    currency: 'USD',
    startDate: start,
    endDate: addDays(start, 60),
  });
  const other = await app.call('pilots.create', {
    name: 'Winter balm',
    brand: 'Lumen Skin',
    market: 'Canada',
    currency: 'CAD',
    startDate: addDays(today, 20),
    endDate: addDays(today, 80),
  });
  const add = (pilotId: number, name: string, stage: 'shortlist' | 'contracted') =>
    app.call('creators.add', {
      pilotId,
      name,
      handles: [{ platform: 'instagram', handle: `@${name.replace(' ', '.')}` }],
      stage,
    });
  // Contracted with no contract, code or link: a contract item and a go-live item, both undated.
  await add(pilot.id, 'Maya Lee', 'contracted');
  // A follow-up that was due yesterday (overdue) and one due next Tuesday.
  const noor = await add(pilot.id, 'Noor Haddad', 'shortlist');
  await app.call('outreach.logContact', { memberId: noor.id, kind: 'sent', followUpDate: addDays(today, -1) });
  const ines = await add(pilot.id, 'Ines Ortega', 'shortlist');
  await app.call('outreach.logContact', { memberId: ines.id, kind: 'sent', followUpDate: addDays(monday, 8) });
  await add(other.id, 'Lea Brun', 'contracted');

  await page.goto(app.url);
  await goingLive(page).click();
  await page.getByLabel('Pilot', { exact: true }).selectOption(String(pilot.id));
  await page.getByRole('tab', { name: 'Timeline' }).click();

  // Four phases with their dates; weeks 1-2 is the current one.
  const phases = page.getByRole('list', { name: 'Pilot phases' }).getByRole('listitem');
  await expect(phases).toHaveCount(4);
  await expect(phases.nth(0)).toContainText('Week 0: sourcing and outreach');
  await expect(phases.nth(0)).toContainText(`${short(addDays(start, -7))} – ${withYear(addDays(start, -1))}`);
  await expect(phases.nth(1)).toContainText(`${short(start)} – ${withYear(addDays(start, 13))}`);
  // A 61-day pilot measures to its last day (weeks 3-9).
  await expect(phases.nth(2)).toContainText('Weeks 3-9: measurement and bonus triggers');
  await expect(phases.nth(2)).toContainText(`${short(addDays(start, 14))} – ${withYear(addDays(start, 60))}`);
  await expect(phases.nth(3)).toContainText('Then: scale or stop');
  const current = page.locator('.phase-strip [aria-current="step"]');
  await expect(current).toHaveCount(1);
  await expect(current).toContainText('Weeks 1-2: seeding and launch');

  // This week: Noor's overdue follow-up under yesterday, Maya's contract and go-live last, waiting on her.
  await expect(page.getByRole('heading', { name: 'Due this week' })).toBeVisible();
  await expect(page.getByTestId('week-range')).toHaveText(
    `${short(monday)} – ${withYear(addDays(monday, 6))} (this week)`,
  );
  const overdueDay = page.getByRole('region', { name: `${weekday(addDays(today, -1))} (overdue)` });
  await expect(overdueDay.getByRole('listitem')).toContainText(['Noor Haddad']);
  await expect(overdueDay.getByRole('listitem').first()).toContainText('Follow-up');
  await expect(overdueDay.getByRole('listitem').first()).toContainText('Overdue');
  await expect(overdueDay.getByRole('listitem').first()).toHaveClass(/overdue/);
  const waiting = page.getByRole('region', { name: 'No date: waiting on the member' });
  const maya = waiting.getByRole('listitem').filter({ hasText: 'Maya Lee' });
  await expect(maya).toHaveCount(2);
  await expect(maya.filter({ hasText: 'Go live' })).toContainText('Not live yet: ');
  await expect(maya.filter({ hasText: 'Contract' }).first()).toBeVisible();
  await expect(page.locator('.week-day').last()).toHaveAttribute('aria-labelledby', 'week-day-undated');
  await expect(page.getByText('Ines Ortega')).toHaveCount(0);

  // Next week holds Ines's follow-up; back to this week and the one before.
  await page.getByRole('button', { name: 'Next week →' }).click();
  await expect(page.getByRole('heading', { name: 'Due in the week' })).toBeVisible();
  await expect(page.getByTestId('week-range')).toHaveText(
    `${short(addDays(monday, 7))} – ${withYear(addDays(monday, 13))}`,
  );
  await expect(page.getByRole('region', { name: weekday(addDays(monday, 8)) })).toContainText('Ines Ortega');
  await page.getByRole('button', { name: 'This week' }).click();
  await expect(page.getByText('Ines Ortega')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'This week' })).toBeDisabled();
  await page.getByRole('button', { name: '← Previous week' }).click();
  await expect(page.getByTestId('week-range')).toHaveText(
    `${short(addDays(monday, -7))} – ${withYear(addDays(monday, -1))}`,
  );
  await expect(page.getByText('Maya Lee').first()).toBeVisible();

  // Across all pilots: Lea in the other pilot too; her go-live item opens that pilot's Go live tab.
  await page.getByRole('button', { name: 'This week' }).click();
  await page.getByRole('button', { name: 'All pilots' }).click();
  await expect(page.getByRole('button', { name: 'All pilots' })).toHaveAttribute('aria-pressed', 'true');
  const lea = page.locator('.week-item').filter({ hasText: 'Lea Brun' });
  await expect(lea.first()).toContainText('Winter balm');
  await expect(page.locator('.week-item').filter({ hasText: 'Maya Lee' }).first()).toContainText('Autumn glow');
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.getByRole('button', { name: 'Open Go live for Lea Brun (Winter balm)' }).click();
  await expect(page.getByLabel('Pilot', { exact: true })).toHaveValue(String(other.id));
  await expect(page.getByRole('tab', { name: 'Go live' })).toHaveAttribute('aria-selected', 'true');
});

test('a pilot still ahead: before week 0, and nothing due', async ({ page, app }) => {
  const { date: today } = await app.call('timeline.week', {});
  const pilot = await app.call('pilots.create', {
    name: 'Far spring',
    brand: 'Lumen Skin',
    market: 'United States',
    currency: 'USD',
    startDate: addDays(today, 30),
    endDate: addDays(today, 90),
  });
  await app.call('creators.add', {
    pilotId: pilot.id,
    name: 'Sam Park',
    handles: [{ platform: 'tiktok', handle: '@sampark' }],
    stage: 'shortlist',
  });
  await page.goto(app.url);
  await goingLive(page).click();
  await page.getByRole('tab', { name: 'Timeline' }).click();
  await expect(page.getByText('Today is before week 0')).toBeVisible();
  await expect(page.locator('.phase-strip [aria-current]')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Nothing due this week' })).toBeVisible();
});
