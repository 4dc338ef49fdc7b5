/** One creator's figures from plain inputs: zero denominators, refunds, baselines, repeat window edges. */

import { describe, expect, it } from 'vitest';
import { type CostTerms, type CreatorInput, creatorFigures, orderAsDay } from '../../src/main/core/metrics/figures';
import { repeatRate } from '../../src/main/core/metrics/repeat';

const noTerms: CostTerms = {
  stipendMinor: null,
  productUnits: null,
  productUnitCostMinor: null,
  seedingShippingMinor: null,
  feesMinor: null,
  commissionRateBp: null,
  commissionTiers: [],
  cpaMinor: null,
  cpaBasis: 'net_order',
  bonusMetric: null,
  bonusThreshold: null,
  bonusMinor: null,
};

const input = (over: Partial<CreatorInput>): CreatorInput => ({
  terms: noTerms,
  days: [],
  clicks: null,
  baselineRevenueMinor: 0,
  ...over,
});

describe('creatorFigures', () => {
  it('gives a creator with nothing yet nulls with reasons, never 0 for a ratio', () => {
    const { figures: f } = creatorFigures(input({}), '2026-04-01');
    expect(f.netOrders).toBe(0);
    expect(f.aovMinor).toBeNull();
    expect(f.reasons.aovMinor).toBe('no net orders yet');
    expect(f.cacMinor).toBeNull();
    expect(f.reasons.cacMinor).toBe('no new customers');
    expect(f.roas).toBeNull();
    expect(f.reasons.roas).toBe('no cost recorded');
    expect(f.conversion).toBeNull();
    expect(f.repeatRate30).toBeNull();
    expect(f.reasons.repeatRate30).toBe('no new customers');
  });

  it('treats zero recorded clicks as no conversion, with its own reason', () => {
    const { figures: f } = creatorFigures(input({ clicks: 0 }), null);
    expect(f.clicks).toBe(0);
    expect(f.conversion).toBeNull();
    expect(f.reasons.conversion).toBe('no clicks in the recorded days');
  });

  it('adds every cost, with the seeded product as units x unit cost', () => {
    const terms = {
      ...noTerms,
      stipendMinor: 20_000,
      productUnits: 3,
      productUnitCostMinor: 1_250,
      seedingShippingMinor: 800,
      feesMinor: 1_000,
      commissionRateBp: 1_000,
    };
    const days = [
      orderAsDay({
        orderDate: '2026-03-02',
        revenueMinor: 10_000,
        netOrder: true,
        newCustomer: true,
        nextDays: null,
        held: false,
      }),
    ];
    const { figures: f, costs } = creatorFigures(input({ terms, days }), '2026-03-02');
    expect(costs).toEqual({
      stipendMinor: 20_000,
      productMinor: 3_750,
      shippingMinor: 800,
      feesMinor: 1_000,
      commissionMinor: 1_000,
      bonusMinor: 0,
    });
    expect(f.costMinor).toBe(26_550);
    expect(f.cacMinor).toBe(26_550);
    expect(f.costPerOrderMinor).toBe(26_550);
    expect(f.roas).toBe(0.3766); // 10000 / 26550 = 0.37664...
  });

  it('leaves incremental revenue unknown when the baseline is', () => {
    const { figures: f } = creatorFigures(
      input({ baselineRevenueMinor: null, baselineReason: 'no lift test saved' }),
      null,
    );
    expect(f.incrementalRevenueMinor).toBeNull();
    expect(f.iroas).toBeNull();
    expect(f.reasons.iroas).toBe('no lift test saved');
  });
});

const firstOrder = (orderDate: string, nextDays: number | null) =>
  orderAsDay({ orderDate, revenueMinor: 1_000, netOrder: true, newCustomer: true, nextDays, held: false });

describe('repeatRate', () => {
  const end = '2026-04-30';
  it('judges a customer exactly N days old, and not one a day younger', () => {
    const r = repeatRate(
      [
        firstOrder('2026-03-31', null), // 30 days before the end: measurable
        firstOrder('2026-04-01', 1), // 29 days: too recent
      ],
      end,
      30,
    );
    expect(r).toEqual({ days: 30, eligible: 1, repeated: 0, notYetMeasurable: 1, rate: 0 });
  });

  it('counts an order again on day N, not on day N + 1', () => {
    const r = repeatRate(
      [
        firstOrder('2026-01-01', 30), // 30 days later: repeated
        firstOrder('2026-01-01', 31), // 31 days later: not within 30
      ],
      end,
      30,
    );
    expect(r.repeated).toBe(1);
    expect(r.rate).toBe(0.5);
  });

  it('has no rate without order data', () => {
    expect(repeatRate([firstOrder('2026-01-01', null)], null, 30).rate).toBeNull();
  });
});
