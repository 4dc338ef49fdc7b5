import { area, expect, test } from './fixtures';

const usd = (minor: number) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(minor / 100);

test("the demo's results: cards against targets, and a creator's CAC down to its orders and costs", async ({
  page,
  app,
}) => {
  const demo = await app.call('demo.load', {});
  const results = await app.call('results.get', { pilotId: demo.pilotId });
  await page.goto(app.url);
  await area(page, 'Results').click();

  const cards = page.getByRole('list', { name: 'Pilot summary' });
  await expect(cards.getByRole('listitem')).toHaveCount(13);
  const pilotCac = results.pilot.cacMinor;
  const cacCheck = results.pilot.targets.find((t) => t.figure === 'cacMinor');
  if (pilotCac === null || !cacCheck) throw new Error('the demo pilot has a CAC and a target CAC');
  const cacCard = cards.getByRole('button', { name: /^CAC / });
  await expect(cacCard).toContainText(usd(pilotCac));
  await expect(cacCard).toContainText(cacCheck.verdict === 'met' ? 'Met' : 'Missed');
  await expect(cacCard).toContainText(`target ≤ ${usd(3000)}`);
  // Without clicks there is no conversion: "—", the reason, and the verdict the core gave.
  const conversion = cards.getByRole('button', { name: /^Conversion / });
  await expect(conversion).toContainText('—');
  await expect(conversion).toContainText(results.pilot.reasons.conversion ?? 'a reason');
  await expect(cards.getByRole('button', { name: /^Net orders / })).toContainText(String(results.pilot.netOrders));

  const creator = results.creators.find((c) => c.cacMinor !== null && c.costs.commissionMinor > 0);
  if (!creator?.cacMinor) throw new Error('a demo creator with a CAC and commission');
  const table = page.getByRole('table', { name: 'Results per creator' });
  await expect(table.getByRole('row')).toHaveCount(results.creators.length + 1);
  await table.getByRole('button', { name: new RegExp(`^${creator.name}, CAC: `) }).click();

  const explain = await app.call('results.explain', {
    pilotId: demo.pilotId,
    creatorId: creator.id,
    figure: 'cacMinor',
  });
  const dialog = page.getByRole('dialog', { name: `CAC — ${creator.name}` });
  await expect(dialog).toContainText(usd(creator.cacMinor));
  await expect(dialog).toContainText(explain.formula);

  // The costs behind it: each line as the core lists it, adding up to the creator's cost.
  const costs = dialog.getByRole('table', { name: 'Costs behind the figure' });
  expect(explain.costs.reduce((sum, c) => sum + c.amountMinor, 0)).toBe(creator.costMinor);
  for (const cost of explain.costs) {
    await expect(costs.getByRole('row').filter({ hasText: cost.label })).toContainText(usd(cost.amountMinor));
  }
  await expect(costs.getByRole('row').filter({ hasText: 'Total' })).toContainText(usd(creator.costMinor));

  // The orders behind it: the creator's new customers, as many as the CAC divides by.
  expect(explain.orderCount).toBe(creator.newCustomers);
  const orders = dialog.getByRole('table', { name: 'Orders behind the figure' });
  await expect(orders).toHaveAttribute('aria-rowcount', String(explain.orders.length + 1));
  const contributed = explain.orders.reduce((sum, o) => sum + o.contributionMinor, 0);
  await expect(dialog).toContainText(`${explain.orderCount} orders, contributing ${usd(contributed)}`);
  const first = explain.orders[0];
  if (!first) throw new Error('orders behind the CAC');
  const firstRow = orders.getByRole('row').nth(1);
  await expect(firstRow).toContainText(first.orderName ?? first.externalId);
  await expect(firstRow).toContainText(usd(first.contributionMinor));
  await expect(firstRow).toContainText('Yes');

  // From there to the Orders screen, narrowed to the creator.
  await dialog.getByRole('button', { name: `Open ${creator.name}'s orders` }).click();
  await expect(page.getByRole('heading', { name: 'Orders', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Creator', { exact: true })).toHaveValue(String(creator.id));
  await expect(page.getByRole('table', { name: 'Orders' }).getByRole('row').nth(1)).toContainText(creator.name);
});

test('the per-creator table filters, remembers its columns and is read by keyboard', async ({ page, app }) => {
  const demo = await app.call('demo.load', {});
  const results = await app.call('results.get', { pilotId: demo.pilotId });
  await page.goto(app.url);
  await area(page, 'Results').click();
  const section = page.getByRole('region', { name: 'Creators', exact: true });
  const table = page.getByRole('table', { name: 'Results per creator' });

  await page.getByLabel('Find a creator').fill('sofia');
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(section.getByRole('status')).toHaveText(`1 of ${results.creators.length} creators match the filters`);
  await page.getByLabel('Find a creator').fill('');
  const few = results.creators.filter((c) => c.verdict === 'not_enough_data');
  await page.getByRole('combobox', { name: 'Verdict' }).selectOption({ label: 'Not enough data' });
  await expect(table.getByRole('row')).toHaveCount(few.length + 1);
  await page.getByRole('combobox', { name: 'Verdict' }).selectOption({ label: 'Any' });

  // Hidden columns stay hidden after a reload.
  await expect(table.getByRole('columnheader', { name: 'ROAS', exact: true })).toBeVisible();
  await section.locator('summary', { hasText: 'Columns' }).click();
  await section.getByLabel('ROAS', { exact: true }).uncheck();
  await expect(table.getByRole('columnheader', { name: 'ROAS', exact: true })).toHaveCount(0);
  await page.reload();
  await area(page, 'Results').click();
  await expect(table.getByRole('columnheader', { name: 'AOV', exact: true })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'ROAS', exact: true })).toHaveCount(0);

  // One figure takes Tab; arrows move between figures; Enter opens the one in focus.
  await table.getByRole('columnheader', { name: 'Net orders', exact: true }).getByRole('button').click();
  const top = [...results.creators].sort((a, b) => b.netOrders - a.netOrders)[0];
  if (!top) throw new Error('demo creators');
  const firstFigure = table.getByRole('button', { name: new RegExp(`^${top.name}, Net orders: `) });
  await firstFigure.focus();
  await page.keyboard.press('ArrowRight');
  await expect(table.getByRole('button', { name: new RegExp(`^${top.name}, Revenue: `) })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: `Revenue — ${top.name}` })).toContainText(usd(top.revenueMinor));
});

test('creator terms survive an edit of the name; the pilot keeps its GL code', async ({ page, app }) => {
  const pilot = await app.call('pilots.create', {
    name: 'Terms pilot',
    currency: 'USD',
    startDate: '2026-03-01',
    endDate: '2026-04-30',
  });
  await app.call('creators.add', {
    pilotId: pilot.id,
    name: 'Mara Vogel',
    handles: [{ platform: 'instagram', handle: 'mara.glow' }],
    stipend: '150',
  });
  await page.goto(app.url);
  await area(page, 'Creators').click();

  await page.getByRole('button', { name: 'Edit Mara Vogel' }).click();
  let form = page.getByRole('dialog', { name: 'Edit Mara Vogel' });
  await form.getByLabel('Commission rate').fill('10');
  await form.getByRole('button', { name: 'Add commission tier' }).click();
  await form.getByLabel('Tier 1 from revenue').fill('1,000');
  await form.getByLabel('Tier 1 rate').fill('15');
  await form.getByLabel('Seeding shipping').fill('6.50');
  await form.getByLabel('Bonus when').selectOption({ label: 'Net orders reach a count' });
  await form.getByLabel('Bonus threshold').fill('20');
  await form.getByLabel('Bonus amount').fill('100');
  await form.getByLabel('Payee reference').fill('V-77');
  await form.getByRole('button', { name: 'Save creator' }).click();
  await expect(form).toBeHidden();

  const [saved] = await app.call('creators.list', { pilotId: pilot.id });
  expect(saved).toMatchObject({
    commissionRateBp: 1000,
    commissionTiers: [{ fromMinor: 100_000, rateBp: 1500 }],
    seedingShippingMinor: 650,
    bonusMetric: 'net_orders',
    bonusThreshold: 20,
    bonusMinor: 10_000,
    payeeRef: 'V-77',
    stipendMinor: 15_000,
  });

  await page.getByRole('button', { name: 'Edit Mara Vogel' }).click();
  form = page.getByRole('dialog', { name: 'Edit Mara Vogel' });
  await expect(form.getByLabel('Tier 1 from revenue')).toHaveValue('1000.00');
  await expect(form.getByLabel('Bonus threshold')).toHaveValue('20');
  await form.getByLabel('Name', { exact: true }).fill('Mara V. Vogel');
  await form.getByRole('button', { name: 'Save creator' }).click();
  await expect(form).toBeHidden();
  const [renamed] = await app.call('creators.list', { pilotId: pilot.id });
  const { name, ...terms } = renamed ?? { name: '' };
  const { name: _, ...before } = saved ?? { name: '' };
  expect(name).toBe('Mara V. Vogel');
  expect(terms).toEqual(before);

  await area(page, 'Pilots').click();
  await page.getByRole('button', { name: 'Edit Terms pilot' }).click();
  const pilotForm = page.getByRole('dialog', { name: 'Edit Terms pilot' });
  await pilotForm.getByLabel('GL code').fill('6420-CREATORS');
  await pilotForm.getByRole('button', { name: 'Save pilot' }).click();
  await expect(pilotForm).toBeHidden();
  await page.getByRole('button', { name: 'Edit Terms pilot' }).click();
  await expect(pilotForm.getByLabel('GL code')).toHaveValue('6420-CREATORS');
  await pilotForm.getByLabel('Pilot name').fill('Terms pilot, renamed');
  await pilotForm.getByRole('button', { name: 'Save pilot' }).click();
  await expect(pilotForm).toBeHidden();
  const pilots = await app.call('pilots.list', {});
  expect(pilots.find((p) => p.id === pilot.id)?.glCode).toBe('6420-CREATORS');

  // Its results say what to do next: no orders yet, so import them.
  await area(page, 'Results').click();
  await expect(page.getByRole('heading', { name: 'No orders yet' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Import orders…' })).toBeVisible();
});
