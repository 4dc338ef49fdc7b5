/**
 * Properties of the formulas over random pilots: the pilot's figures are the
 * sums of its creators', the same input always gives the same output, and no
 * figure is ever NaN or Infinity.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CreatorInput, creatorFigures, orderAsDay, pilotFigures } from '../../src/main/core/metrics/figures';
import type { Figures } from '../../src/shared/results';

const money = fc.integer({ min: 0, max: 50_000_00 });
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const day = fc.integer({ min: 0, max: 120 }).map((d) => new Date(Date.UTC(2026, 0, 1 + d)).toISOString().slice(0, 10));

const order = fc
  .record({
    orderDate: day,
    revenueMinor: fc.integer({ min: 0, max: 2_000_00 }),
    netOrder: fc.boolean(),
    newCustomer: fc.boolean(),
    nextDays: maybe(fc.integer({ min: 0, max: 120 })),
    held: fc.boolean(),
  })
  .map(orderAsDay);

const creator: fc.Arbitrary<CreatorInput> = fc.record({
  terms: fc.record({
    stipendMinor: maybe(money),
    productUnits: maybe(fc.integer({ min: 0, max: 50 })),
    productUnitCostMinor: maybe(fc.integer({ min: 0, max: 100_00 })),
    seedingShippingMinor: maybe(fc.integer({ min: 0, max: 50_00 })),
    feesMinor: maybe(fc.integer({ min: 0, max: 500_00 })),
    commissionRateBp: maybe(fc.integer({ min: 0, max: 5_000 })),
    commissionTiers: fc.uniqueArray(
      fc.record({ fromMinor: fc.integer({ min: 1, max: 10_000_00 }), rateBp: fc.integer({ min: 0, max: 5_000 }) }),
      { maxLength: 3, selector: (t) => t.fromMinor },
    ),
    cpaMinor: maybe(fc.integer({ min: 0, max: 50_00 })),
    cpaBasis: fc.constantFrom('net_order' as const, 'new_customer' as const),
    bonusMetric: fc.constantFrom(null, 'net_orders' as const, 'revenue' as const, 'new_customers' as const),
    bonusThreshold: maybe(fc.integer({ min: 0, max: 100_00 })),
    bonusMinor: maybe(fc.integer({ min: 0, max: 500_00 })),
  }),
  days: fc.array(order, { maxLength: 40 }).map((os) => [...os].sort((a, b) => a.orderDate.localeCompare(b.orderDate))),
  clicks: maybe(fc.integer({ min: 0, max: 100_000 })),
  baselineRevenueMinor: maybe(money),
});

const dataEnd = maybe(day);

function allFinite(f: Figures): boolean {
  return Object.entries(f).every(([key, v]) => {
    if (key === 'reasons' || key === 'notYetMeasurable') return true;
    return v === null || (typeof v === 'number' && Number.isFinite(v));
  });
}

describe('figures over random pilots', () => {
  it('sums the creators into the pilot', () => {
    fc.assert(
      fc.property(fc.array(creator, { maxLength: 8 }), dataEnd, (creators, end) => {
        const each = creators.map((c) => creatorFigures(c, end));
        const pilot = pilotFigures(each, end);
        const total = (of: (f: Figures) => number) => each.reduce((t, c) => t + of(c.figures), 0);
        expect(pilot.netOrders).toBe(total((f) => f.netOrders));
        expect(pilot.revenueMinor).toBe(total((f) => f.revenueMinor));
        expect(pilot.newCustomers).toBe(total((f) => f.newCustomers));
        expect(pilot.costMinor).toBe(total((f) => f.costMinor));
        expect(pilot.commissionMinor).toBe(total((f) => f.commissionMinor));
        expect(pilot.bonusMinor).toBe(total((f) => f.bonusMinor));
        expect(pilot.heldOrders).toBe(total((f) => f.heldOrders));
        if (pilot.incrementalRevenueMinor !== null) {
          expect(pilot.incrementalRevenueMinor).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });

  it('never gives NaN or Infinity, and a null figure always has its reason', () => {
    fc.assert(
      fc.property(fc.array(creator, { maxLength: 6 }), dataEnd, (creators, end) => {
        const each = creators.map((c) => creatorFigures(c, end));
        for (const f of [...each.map((c) => c.figures), pilotFigures(each, end)]) {
          expect(allFinite(f)).toBe(true);
          for (const [key, v] of Object.entries(f)) {
            if (v === null) expect(f.reasons[key as keyof Figures['reasons']]).toBeTruthy();
          }
        }
      }),
    );
  });

  it('gives the same output for the same input, and orders add up to the commission', () => {
    fc.assert(
      fc.property(creator, dataEnd, (c, end) => {
        const once = creatorFigures(c, end);
        expect(creatorFigures(structuredClone(c), end)).toEqual(once);
        expect(once.commissions.reduce((a, b) => a + b, 0)).toBe(once.costs.commissionMinor);
      }),
    );
  });
});
