/** Commission (METRICS.md "Money owed to creators"): rev-share with marginal tiers, CPA per net order or new customer. */

import { describe, expect, it } from 'vitest';
import { bonusEarned } from '../../src/main/core/metrics/bonus';
import { type CommissionTerms, orderCommissions } from '../../src/main/core/metrics/commission';

const terms = (t: Partial<CommissionTerms>): CommissionTerms => ({
  commissionRateBp: null,
  commissionTiers: [],
  cpaMinor: null,
  cpaBasis: 'net_order',
  ...t,
});
const order = (revenueMinor: number, netOrder = true, newCustomer = false) => ({
  revenueMinor,
  netOrders: netOrder ? 1 : 0,
  netNewCustomers: netOrder && newCustomer ? 1 : 0,
});

describe('orderCommissions', () => {
  it('applies the rate to each order', () => {
    expect(orderCommissions(terms({ commissionRateBp: 1_000 }), [order(4_000), order(5_550)])).toEqual([400, 555]);
  });

  it('raises the rate only on revenue above a tier start (the order crossing it is split)', () => {
    const t = terms({ commissionRateBp: 1_000, commissionTiers: [{ fromMinor: 10_000, rateBp: 2_000 }] });
    // 80.00 at 10 %; then 20.00 at 10 % + 40.00 at 20 %; then 20.00 at 20 %
    expect(orderCommissions(t, [order(8_000), order(6_000), order(2_000)])).toEqual([800, 1_000, 400]);
  });

  it('applies several tiers in order of their start whatever order they were typed in', () => {
    const t = terms({
      commissionRateBp: 500,
      commissionTiers: [
        { fromMinor: 20_000, rateBp: 1_500 },
        { fromMinor: 10_000, rateBp: 1_000 },
      ],
    });
    // 0-100 at 5 % = 5.00; 100-200 at 10 % = 10.00; 200-250 at 15 % = 7.50
    expect(orderCommissions(t, [order(25_000)])).toEqual([2_250]);
  });

  it('rounds cumulatively so orders add up to the rounded total', () => {
    const t = terms({ commissionRateBp: 1_250 }); // 12.5 %
    const orders = [order(1_004), order(1_004), order(1_004), order(1_004)]; // 125.5 each, exactly
    const each = orderCommissions(t, orders);
    expect(each.reduce((a, b) => a + b, 0)).toBe(502); // 4 x 125.5 = 502
    // Half to even on the running total: 125.5 -> 126, 251, 376.5 -> 376, 502.
    expect(each).toEqual([126, 125, 125, 126]);
  });

  it('earns nothing on a fully refunded order (no revenue) and no CPA for it', () => {
    const t = terms({ commissionRateBp: 1_000, cpaMinor: 500 });
    expect(orderCommissions(t, [order(0, false, true), order(3_000)])).toEqual([0, 800]);
  });

  it('pays CPA per new customer only for new customers', () => {
    const t = terms({ cpaMinor: 700, cpaBasis: 'new_customer' });
    expect(orderCommissions(t, [order(3_000, true, false), order(3_000, true, true)])).toEqual([0, 700]);
  });

  it('gives a day of orders the same total as its orders one by one', () => {
    const t = terms({ commissionRateBp: 1_250, commissionTiers: [{ fromMinor: 2_500, rateBp: 2_000 }], cpaMinor: 300 });
    const orders = [order(1_004), order(1_004, false), order(1_004), order(777)];
    const day = {
      revenueMinor: orders.reduce((s, o) => s + o.revenueMinor, 0),
      netOrders: 3,
      netNewCustomers: 0,
    };
    const oneByOne = orderCommissions(t, orders).reduce((a, b) => a + b, 0);
    expect(orderCommissions(t, [day])).toEqual([oneByOne]);
  });

  it('earns nothing without terms', () => {
    expect(orderCommissions(terms({}), [order(10_000)])).toEqual([0]);
  });
});

describe('bonusEarned', () => {
  const bonusOrder = (orderDate: string, revenueMinor: number, netOrder = true) => ({
    orderDate,
    revenueMinor,
    netOrders: netOrder ? 1 : 0,
    newCustomers: 0,
  });
  it('is earned once, on the day the threshold is reached', () => {
    const t = { bonusMetric: 'revenue' as const, bonusThreshold: 10_000, bonusMinor: 5_000 };
    const orders = [bonusOrder('2026-03-01', 6_000), bonusOrder('2026-03-02', 4_000), bonusOrder('2026-03-03', 9_000)];
    expect(bonusEarned(t, orders)).toEqual({ bonusMinor: 5_000, reachedOn: '2026-03-02' });
  });
  it('is not earned below the threshold', () => {
    const t = { bonusMetric: 'net_orders' as const, bonusThreshold: 3, bonusMinor: 5_000 };
    const orders = [bonusOrder('2026-03-01', 6_000), bonusOrder('2026-03-02', 0, false), bonusOrder('2026-03-03', 1)];
    expect(bonusEarned(t, orders)).toEqual({ bonusMinor: 0, reachedOn: null });
  });
});
