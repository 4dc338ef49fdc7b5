import { describe, expect, it } from 'vitest';
import { latestLift } from '../../src/main/core/lift/latest';
import { addDays } from '../../src/shared/dates';
import { importFile } from '../helpers/imports';
import { newWorkspace } from '../helpers/workspace';
import { type RegionalOrder, writeRegionalCsv } from './regional-csv';

const PRE = { preStart: '2026-01-01', preEnd: '2026-01-10' };
const TEST = { testStart: '2026-01-11', testEnd: '2026-01-20' };
const at = (day: string) => `${day} 10:00:00 -0500`;

let name = 1000;
/** One order a day over `days` days from `start`. */
function daily(region: string, start: string, days: number, total: string): RegionalOrder[] {
  return Array.from({ length: days }, (_, i) => ({
    name: `#${name++}`,
    created: at(addDays(start, i)),
    total,
    region,
  }));
}

/**
 * California is the test region, Texas the control. By hand, in cents:
 *   CA pre  10 x 5000 = 50000; CA test 10 x 8000 less a 3000 refund on Jan 12 = 77000
 *   TX pre  10 x 10000 plus an order refunded beyond its subtotal (adds 0) = 100000; TX test 10 x 11000 = 110000
 *   expected = 50000 x 110000 / 100000 = 55000; incremental = 77000 - 55000 = 22000
 * Around them: a cancelled, a pending and a EUR order in CA, New York's orders, Washington's
 * (test period only), and another brand's CA order, none of which may count.
 */
async function setup() {
  const ws = newWorkspace();
  const pilot = await ws.ok('pilots.create', {
    name: 'Winter glow',
    brand: 'Northwind',
    currency: 'USD',
    startDate: '2026-01-11',
    endDate: '2026-01-20',
    targetCac: '30.00',
  });
  const brandId = pilot.brandId as number;
  const orders: RegionalOrder[] = [
    ...daily('US-CA', PRE.preStart, 10, '50.00'),
    ...daily('US-CA', TEST.testStart, 10, '80.00'),
    ...daily('US-TX', PRE.preStart, 10, '100.00'),
    ...daily('US-TX', TEST.testStart, 10, '110.00'),
    {
      name: '#9001',
      created: at('2026-01-03'),
      total: '20.00',
      refunded: '25.00',
      status: 'refunded',
      region: 'US-TX',
    },
    { name: '#9002', created: at('2026-01-15'), total: '1000.00', cancelledAt: at('2026-01-16'), region: 'US-CA' },
    { name: '#9003', created: at('2026-01-15'), total: '900.00', status: 'pending', region: 'US-CA' },
    { name: '#9004', created: at('2026-01-16'), total: '500.00', currency: 'EUR', region: 'US-CA' },
    { name: '#9005', created: at('2026-01-05'), total: '999.00', region: 'US-NY' },
    { name: '#9006', created: at('2026-01-15'), total: '999.00', region: 'US-NY' },
    { name: '#9007', created: at('2026-01-15'), total: '40.00', region: 'US-WA' },
    { name: '#9008', created: at('2026-01-15'), total: '5.00' },
  ];
  // The Jan 12 California order: 30.00 refunded.
  const jan12 = orders.find((o) => o.region === 'US-CA' && o.created.startsWith('2026-01-12'));
  Object.assign(jan12 ?? {}, { refunded: '30.00', status: 'partially_refunded' });
  await importFile(ws, { kind: 'orders', file: { path: writeRegionalCsv(ws.dir, 'orders.csv', orders) }, brandId });

  const other = await ws.ok('brands.create', { name: 'Other shop' });
  const foreign = writeRegionalCsv(ws.dir, 'other.csv', [
    { name: '#5001', created: at('2026-01-14'), total: '700.00', region: 'US-CA' },
  ]);
  await importFile(ws, { kind: 'orders', file: { path: foreign }, brandId: other.id });
  return { ws, pilot };
}

const count = (ws: ReturnType<typeof newWorkspace>, table: string) =>
  ws.session.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

describe('lift tests through the API', () => {
  it('lists the regions of the brand’s counted orders in the pilot’s currency', async () => {
    const { ws, pilot } = await setup();
    const groups = await ws.ok('lift.groups', { pilotId: pilot.id });
    expect(groups.currency).toBe('USD');
    expect(groups.regions).toEqual([
      { region: 'US-TX', orders: 21, revenueMinor: 210000, firstDate: '2026-01-01', lastDate: '2026-01-20' },
      { region: 'US-NY', orders: 2, revenueMinor: 199800, firstDate: '2026-01-05', lastDate: '2026-01-15' },
      { region: 'US-CA', orders: 20, revenueMinor: 127000, firstDate: '2026-01-01', lastDate: '2026-01-20' },
      { region: 'US-WA', orders: 1, revenueMinor: 4000, firstDate: '2026-01-15', lastDate: '2026-01-15' },
    ]);
    expect(groups.withoutRegion).toEqual({ orders: 1, revenueMinor: 500 });
  });

  it('runs a test by hand-computed figures, saves it on request, and lists it newest first', async () => {
    const { ws, pilot } = await setup();
    const input = { pilotId: pilot.id, testGroups: ['US-CA'], controlGroups: ['US-TX'], ...PRE, ...TEST };
    const run = await ws.ok('lift.run', { ...input, save: false });
    expect(run.sums).toEqual({
      testPreMinor: 50000,
      testTestMinor: 77000,
      controlPreMinor: 100000,
      controlTestMinor: 110000,
    });
    expect(run).toMatchObject({ expectedMinor: 55000, actualMinor: 77000, incrementalMinor: 22000, days: 10 });
    // Only Jan 12 varies: the 95th percentile is a draw without it (25000); the 5th one with it
    // three times (80000 - 3 x 3000 - 55000 = 16000).
    expect(run).toMatchObject({ low: 16000, high: 25000, inconclusive: false, verdict: 'lift', id: null });
    expect(run.verdictText).toContain('Incremental revenue $220.00');
    expect(run.daily).toHaveLength(10);
    expect(run.daily[1]).toEqual({
      index: 1,
      preDay: '2026-01-02',
      testDay: '2026-01-12',
      testPreMinor: 5000,
      testTestMinor: 5000,
      controlPreMinor: 10000,
      controlTestMinor: 11000,
    });
    expect(count(ws, 'lift_tests')).toBe(0);
    expect(latestLift(ws.session.db, pilot.id)).toBeNull();

    const again = await ws.ok('lift.run', { ...input, save: false });
    expect(again).toEqual(run);

    const first = await ws.ok('lift.run', { ...input, save: true });
    expect(first.id).not.toBeNull();
    const second = await ws.ok('lift.run', { ...input, testGroups: ['US-CA', 'US-NY'], save: true });
    const list = await ws.ok('lift.list', { pilotId: pilot.id });
    expect(list.map((l) => l.id)).toEqual([second.id, first.id]);
    const { daily: _, ...figures } = first;
    expect(list[1]).toEqual(figures);
    expect(latestLift(ws.session.db, pilot.id)).toEqual({
      incrementalRevenueMinor: second.incrementalMinor,
      testPeriodRevenueMinor: second.actualMinor,
      low: second.low,
      high: second.high,
      inconclusive: second.inconclusive,
      savedAt: second.createdAt,
    });
    const logged = ws.session.db
      .prepare("SELECT subject_id FROM activity_log WHERE action = 'lift.save' ORDER BY id")
      .pluck()
      .all();
    expect(logged).toEqual([first.id, second.id]);
  });

  it('refuses bad setups naming the field, and changes nothing', async () => {
    const { ws, pilot } = await setup();
    const good = { pilotId: pilot.id, testGroups: ['US-CA'], controlGroups: ['US-TX'], ...PRE, ...TEST, save: true };
    const before = { lifts: count(ws, 'lift_tests'), log: count(ws, 'activity_log') };
    const cases: [Record<string, unknown>, string][] = [
      [{ testStart: '2026-01-10', testEnd: '2026-01-19' }, 'testStart'],
      [{ testEnd: '2026-01-21' }, 'testEnd'],
      [{ controlGroups: ['US-TX', 'US-CA'] }, 'controlGroups.1'],
      [{ testGroups: [] }, 'testGroups'],
      [{ controlGroups: ['US-ZZ'] }, 'controlGroups.0'],
      [{ preStart: '2026-02-30' }, 'preStart'],
      // Washington sold nothing before the test: no estimate, nothing to save.
      [{ controlGroups: ['US-WA'] }, 'controlGroups'],
    ];
    for (const [change, field] of cases) {
      const res = await ws.call('lift.run', { ...good, ...change });
      expect(res, JSON.stringify(change)).toMatchObject({ ok: false, error: { code: 'invalid_input', field } });
    }
    expect({ lifts: count(ws, 'lift_tests'), log: count(ws, 'activity_log') }).toEqual(before);
  });

  it('shows a test without control pre-period revenue as no estimate, with the reason', async () => {
    const { ws, pilot } = await setup();
    const run = await ws.ok('lift.run', {
      pilotId: pilot.id,
      testGroups: ['US-CA'],
      controlGroups: ['US-WA'],
      ...PRE,
      ...TEST,
    });
    expect(run).toMatchObject({
      expectedMinor: null,
      incrementalMinor: null,
      low: null,
      high: null,
      inconclusive: true,
      verdict: 'no_estimate',
    });
    expect(run.verdictText).toContain('no revenue in the pre period');
  });

  it('refuses a pilot that does not exist or has no brand', async () => {
    const { ws } = await setup();
    expect(await ws.call('lift.groups', { pilotId: 999 })).toMatchObject({
      ok: false,
      error: { code: 'not_found', field: 'pilotId' },
    });
    const loose = await ws.ok('pilots.create', {
      name: 'No brand',
      currency: 'USD',
      startDate: '2026-01-01',
      endDate: '2026-01-31',
    });
    expect(await ws.call('lift.groups', { pilotId: loose.id })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'pilotId' },
    });
  });
});
