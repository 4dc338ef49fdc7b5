import { describe, expect, it } from 'vitest';
import { burstDays } from '../../src/main/core/fraud/rules/bursts';
import { repeatBuyers } from '../../src/main/core/fraud/rules/buyers';
import { type CreatorDaySubtotal, lowValueRuns } from '../../src/main/core/fraud/rules/low-value';
import { countryOf, marketCountries, outOfMarketRegions } from '../../src/main/core/fraud/rules/market';
import { refundRateFlags } from '../../src/main/core/fraud/rules/refunds';
import type { CreatorDay } from '../../src/main/core/fraud/rules/types';
import { addDays } from '../../src/shared/dates';

/** One order a day for `days` days from 2026-03-01, with `extra` more on the given day. */
function steady(
  creatorId: number,
  days: number,
  perDay: number,
  burst?: { day: string; orders: number },
): CreatorDay[] {
  return Array.from({ length: days }, (_, i) => {
    const day = addDays('2026-03-01', i);
    return { creatorId, day, orders: burst?.day === day ? burst.orders : perDay };
  });
}

describe('order bursts', () => {
  it('flags a day far above the usual rate, with the rate in words', () => {
    // 14 other days at 1.5 a day (seven with 1 order, seven with 2: 21), then 14 orders on 2026-03-04: 9.3x.
    const others = Array.from({ length: 14 }, (_, i) => (i % 2 === 0 ? 1 : 2));
    const days: CreatorDay[] = steady(1, 15, 0).map((d, i) => ({
      ...d,
      orders: d.day === '2026-03-04' ? 14 : (others[i < 3 ? i : i - 1] as number),
    }));
    expect(days.filter((d) => d.day !== '2026-03-04').reduce((s, d) => s + d.orders, 0)).toBe(21);
    const flags = burstDays(days);
    expect(flags).toEqual([
      { creatorId: 1, day: '2026-03-04', text: "14 orders on 2026-03-04, 9x this creator's usual 1.5 a day" },
    ]);
  });

  it('leaves a busy post day alone (under 8x) and a small day alone (under 10 orders)', () => {
    // 2 a day for 20 days, 15 on one day: 7.5x, not a burst.
    expect(burstDays(steady(1, 20, 2, { day: '2026-03-10', orders: 15 }))).toEqual([]);
    // Nothing for 20 days but 9 orders on one: under the 10-order floor.
    expect(burstDays(steady(1, 20, 0, { day: '2026-03-10', orders: 9 }).filter((d) => d.orders > 0))).toEqual([]);
  });

  it('judges the usual rate only over a span of a week or more', () => {
    const short = steady(1, 6, 1, { day: '2026-03-03', orders: 40 });
    expect(burstDays(short)).toEqual([]);
    const week = steady(1, 7, 1, { day: '2026-03-03', orders: 40 });
    expect(burstDays(week).map((b) => b.day)).toEqual(['2026-03-03']);
  });

  it('counts days without orders in the usual rate', () => {
    // Orders only on 2026-03-01 (1) and 2026-03-21 (12): 1 order over 20 other days = 0.05 a day.
    const flags = burstDays([
      { creatorId: 2, day: '2026-03-01', orders: 1 },
      { creatorId: 2, day: '2026-03-21', orders: 12 },
    ]);
    expect(flags).toEqual([
      { creatorId: 2, day: '2026-03-21', text: "12 orders on 2026-03-21, 240x this creator's usual 0.1 a day" },
    ]);
  });
});

describe('one buyer, many orders', () => {
  it("flags four or more orders of one buyer who is a tenth or more of the creator's orders", () => {
    const flags = repeatBuyers([
      { creatorId: 1, buyerHash: 'a', orders: 4, creatorOrders: 40, first: '2026-03-01', last: '2026-03-09' },
      { creatorId: 1, buyerHash: 'b', orders: 3, creatorOrders: 40, first: '2026-03-01', last: '2026-03-02' },
      // A loyal customer of a busy creator: 9 of 400 orders.
      { creatorId: 2, buyerHash: 'c', orders: 9, creatorOrders: 400, first: '2026-03-01', last: '2026-03-30' },
    ]);
    expect(flags).toEqual([
      {
        creatorId: 1,
        buyerHash: 'a',
        text: '4 orders from one buyer through this creator (10% of their orders), 2026-03-01 to 2026-03-09',
      },
    ]);
  });
});

describe('low-value clusters', () => {
  // The pilot: 20 orders a day of 40.00 on average from creator 9 (the typical order), over 10 days.
  const typical: CreatorDaySubtotal[] = Array.from({ length: 10 }, (_, i) => ({
    creatorId: 9,
    day: addDays('2026-03-01', i),
    orders: 20,
    subtotalMinor: 80_000,
  }));
  const day = (creatorId: number, d: number, orders: number, subtotalMinor: number): CreatorDaySubtotal => ({
    creatorId,
    day: addDays('2026-03-01', d),
    orders,
    subtotalMinor,
  });

  it('flags five or more orders within three days averaging under 25% of the pilot average', () => {
    // Creator 1: 2 + 3 orders on 03-02 and 03-04 at 5.00 each, one of 40.00 on 03-09.
    // Pilot average: (80,000 x 10 + 2,500 + 4,000) / 206 orders = 39.15.
    const runs = lowValueRuns([...typical, day(1, 1, 2, 1000), day(1, 3, 3, 1500), day(1, 8, 1, 4000)], 'USD');
    expect(runs).toEqual([
      {
        creatorId: 1,
        days: ['2026-03-02', '2026-03-04'],
        text: "5 orders from 2026-03-02 to 2026-03-04 averaging $5.00, under 25% of the pilot's average order of $39.15",
      },
    ]);
  });

  it('leaves four cheap orders, five spread over four days, or a busy creator with some cheap orders alone', () => {
    expect(lowValueRuns([...typical, day(1, 1, 2, 1000), day(1, 3, 2, 1000)], 'USD')).toEqual([]);
    expect(lowValueRuns([...typical, day(1, 0, 2, 1000), day(1, 3, 3, 1500)], 'USD')).toEqual([]);
    // 30 orders in a day, 5 of them at 5.00 and 25 at 40.00: averages 34.17.
    expect(lowValueRuns([...typical, day(1, 1, 30, 5 * 500 + 25 * 4000)], 'USD')).toEqual([]);
    // Too few orders in the pilot for a typical value.
    expect(lowValueRuns([day(1, 1, 5, 2500), day(2, 1, 14, 56_000)], 'USD')).toEqual([]);
  });
});

describe('refund rate', () => {
  it('flags a creator at 3x the pilot rate and 15 points above it', () => {
    // Pilot: 100 orders, 10 refunded (10%). Creator 1: 20 orders, 9 refunded (45%).
    const flags = refundRateFlags([
      { creatorId: 1, orders: 20, refunded: 9 },
      { creatorId: 2, orders: 80, refunded: 1 },
    ]);
    expect(flags).toEqual([{ creatorId: 1, text: "refund rate 45% (9 of 20 orders) against the pilot's 10%" }]);
  });

  it('does not flag a small gap, a small creator, or a pilot where everyone refunds alike', () => {
    // 6% against 2%: 3x but only 4 points.
    expect(
      refundRateFlags([
        { creatorId: 1, orders: 50, refunded: 3 },
        { creatorId: 2, orders: 100, refunded: 0 },
      ]),
    ).toEqual([]);
    // 5 of 9: too few orders to judge.
    expect(
      refundRateFlags([
        { creatorId: 1, orders: 9, refunded: 5 },
        { creatorId: 2, orders: 100, refunded: 2 },
      ]),
    ).toEqual([]);
    expect(
      refundRateFlags([
        { creatorId: 1, orders: 20, refunded: 10 },
        { creatorId: 2, orders: 20, refunded: 10 },
      ]),
    ).toEqual([]);
  });
});

describe('market', () => {
  it('reads countries by code, name, alias and subdivision', () => {
    expect(countryOf('US-CA')).toBe('US');
    expect(countryOf('us')).toBe('US');
    expect(countryOf('United States')).toBe('US');
    expect(countryOf('USA')).toBe('US');
    expect(countryOf('Germany')).toBe('DE');
    expect(countryOf('CA-ON')).toBe('CA');
    expect(countryOf('California')).toBeNull();
    expect(countryOf('')).toBeNull();
    expect([...(marketCountries('United States, Canada') ?? [])]).toEqual(['US', 'CA']);
    expect(marketCountries('EMEA')).toBeNull();
    expect(marketCountries('  ')).toBeNull();
  });

  it('flags regions of another country, and says when the market cannot be checked', () => {
    const check = outOfMarketRegions(['US-CA', 'US', 'CA-ON', 'Narnia', 'DE'], 'United States');
    expect([...check.outside.keys()]).toEqual(['CA-ON', 'DE']);
    expect(check.outside.get('CA-ON')).toBe("shipped to CA-ON, outside the pilot's market (United States)");
    expect(check.note).toBeNull();
    expect(outOfMarketRegions(['CA-ON'], 'US, Canada').outside.size).toBe(0);
    const vague = outOfMarketRegions(['CA-ON'], 'North America');
    expect(vague.outside.size).toBe(0);
    expect(vague.note).toMatch(/"North America" is not a country/);
    expect(outOfMarketRegions(['CA-ON'], null).note).toMatch(/no market set/);
  });
});
