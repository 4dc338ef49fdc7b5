import { describe, expect, it } from 'vitest';
import {
  amountBlock,
  creatorPayout,
  NOTHING_PAID,
  type PaidSoFar,
  type PeriodTerms,
} from '../../src/main/core/payouts/payable';
import type { CreatorLedger, LedgerOrder } from '../../src/main/core/results/ledger';

let nextId = 1;
function order(date: string, commissionMinor: number, extra: Partial<LedgerOrder> = {}): LedgerOrder {
  const id = nextId++;
  return {
    orderId: id,
    externalId: String(9000 + id),
    orderName: `#${1000 + id}`,
    orderDate: date,
    revenueMinor: commissionMinor * 10,
    refundedMinor: 0,
    fullyRefunded: false,
    newCustomer: true,
    commissionMinor,
    ...extra,
  };
}

function ledger(
  orders: LedgerOrder[],
  bonus: { minor: number; on: string | null } = { minor: 0, on: null },
): CreatorLedger {
  return {
    pilotCreatorId: 7,
    name: 'Maya Okafor',
    handle: 'maya.glows',
    payeeRef: 'V-1001',
    orders,
    bonusMinor: bonus.minor,
    bonusReachedOn: bonus.on,
  };
}

// Period ends 2026-04-30 with a 30-day return window: orders dated on or before 2026-03-31 are payable.
const terms = (extra: Partial<PeriodTerms> = {}): PeriodTerms => ({
  periodEnd: '2026-04-30',
  returnWindowDays: 30,
  currency: 'USD',
  held: new Map(),
  rejected: new Set(),
  ...extra,
});

describe('payable vs pending', () => {
  it('pays orders on the last day past the return window, and holds back the first day inside it', () => {
    const lastPayable = order('2026-03-31', 380);
    const firstPending = order('2026-04-01', 240);
    const early = order('2026-03-01', 100);
    const afterPeriod = order('2026-05-01', 999);
    const p = creatorPayout(ledger([firstPending, lastPayable, early, afterPeriod]), terms(), NOTHING_PAID);
    expect(p.lines.map((l) => [l.orderId, l.kind, l.amountMinor])).toEqual([
      [early.orderId, 'commission', 100],
      [lastPayable.orderId, 'commission', 380],
    ]);
    expect(p.payableMinor).toBe(480);
    expect(p.orderCount).toBe(2);
    expect(p.pending).toEqual([
      {
        orderId: firstPending.orderId,
        orderRef: firstPending.orderName,
        orderDate: '2026-04-01',
        amountMinor: 240,
        reason: 'return_window',
        text: 'in return window until 2026-05-01',
      },
    ]);
    expect(p.pendingMinor).toBe(240);
    expect(p.totalMinor).toBe(480);
  });

  it('lists fully refunded orders as pending that will not be paid, held orders with the flag reason', () => {
    const refunded = order('2026-03-02', 0, { fullyRefunded: true, refundedMinor: 5000, revenueMinor: 0 });
    const held = order('2026-03-03', 450);
    const paid = order('2026-03-04', 300);
    const p = creatorPayout(
      ledger([refunded, held, paid]),
      terms({ held: new Map([[held.orderId, '14 orders on 2026-03-03, 9x usual']]) }),
      NOTHING_PAID,
    );
    expect(p.pending.map((x) => [x.orderId, x.reason, x.amountMinor, x.text])).toEqual([
      [refunded.orderId, 'refunded', 0, 'fully refunded'],
      [held.orderId, 'held', 450, 'held for fraud review: 14 orders on 2026-03-03, 9x usual'],
    ]);
    expect(p.pendingMinor).toBe(450);
    expect(p.totalMinor).toBe(300);
  });

  it('skips orders already paid at the same amount', () => {
    const a = order('2026-02-01', 500);
    const paid: PaidSoFar = { orders: new Map([[a.orderId, { orderRef: '#a', paidMinor: 500 }]]), bonusMinor: 0 };
    const p = creatorPayout(ledger([a]), terms(), paid);
    expect(p.lines).toEqual([]);
    expect(amountBlock(p, 'USD')).toBe('nothing is payable for this period');
  });
});

describe('adjustments', () => {
  it('turns a refund after payout into a negative line in the next period', () => {
    // Paid 380 in March's payout; fully refunded since: earns 0 now.
    const a = order('2026-02-10', 380, { fullyRefunded: true, refundedMinor: 3800, revenueMinor: 0 });
    const b = order('2026-03-20', 200);
    const paid: PaidSoFar = { orders: new Map([[a.orderId, { orderRef: '#a', paidMinor: 380 }]]), bonusMinor: 0 };
    const p = creatorPayout(ledger([a, b]), terms(), paid);
    expect(p.lines.map((l) => [l.orderId, l.kind, l.amountMinor, l.note])).toEqual([
      [a.orderId, 'adjustment', -380, 'refunded after payout: $3.80 paid, $0.00 earned now'],
      [b.orderId, 'commission', 200, 'commission'],
    ]);
    expect(p.adjustmentMinor).toBe(-380);
    expect(p.totalMinor).toBe(-180);
    expect(amountBlock(p, 'USD')).toBe('nets to -$1.80: carried forward until new commission covers it');
  });

  it('settles a partial refund and gives back everything for an order rejected or gone', () => {
    const partial = order('2026-02-10', 228); // was 380, partly refunded since
    const paid: PaidSoFar = {
      orders: new Map([
        [partial.orderId, { orderRef: '#p', paidMinor: 380 }],
        [4242, { orderRef: '#rejected', paidMinor: 150 }],
        [4343, { orderRef: '#gone', paidMinor: 90 }],
      ]),
      bonusMinor: 0,
    };
    const big = order('2026-03-01', 1000);
    const p = creatorPayout(ledger([partial, big]), terms({ rejected: new Set([4242]) }), paid);
    expect(p.lines.map((l) => [l.orderRef, l.kind, l.amountMinor])).toEqual([
      [partial.orderName, 'adjustment', -152],
      [big.orderName, 'commission', 1000],
      ['#rejected', 'adjustment', -150],
      ['#gone', 'adjustment', -90],
    ]);
    expect(p.lines[2]?.note).toMatch(/^rejected in fraud review after payout/);
    expect(p.totalMinor).toBe(1000 - 152 - 150 - 90);
  });

  it('waits on a paid order that is held now instead of adjusting it', () => {
    const a = order('2026-02-10', 0, { fullyRefunded: true });
    const paid: PaidSoFar = { orders: new Map([[a.orderId, { orderRef: '#a', paidMinor: 300 }]]), bonusMinor: 0 };
    const p = creatorPayout(ledger([a]), terms({ held: new Map([[a.orderId, 'one buyer']]) }), paid);
    expect(p.lines).toEqual([]);
    expect(p.pending.map((x) => [x.reason, x.amountMinor])).toEqual([['held', -300]]);
  });
});

describe('bonus', () => {
  it('is paid once, in the first period ending on or after the day it was reached', () => {
    const l = ledger([order('2026-03-01', 100)], { minor: 10_000, on: '2026-04-30' });
    const first = creatorPayout(l, terms(), NOTHING_PAID);
    expect(first.lines.filter((x) => x.kind === 'bonus').map((x) => [x.amountMinor, x.note])).toEqual([
      [10_000, 'bonus reached on 2026-04-30'],
    ]);
    expect(first.bonusMinor).toBe(10_000);
    expect(first.totalMinor).toBe(10_100);
    // Not reached by the period's end yet: nothing.
    expect(creatorPayout(l, terms({ periodEnd: '2026-04-29' }), NOTHING_PAID).bonusMinor).toBe(0);
    // Paid before: not again.
    const next = creatorPayout(l, terms({ periodEnd: '2026-05-31' }), { orders: new Map(), bonusMinor: 10_000 });
    expect(next.bonusMinor).toBe(0);
    // Lost after payout (refunds took the metric below the threshold): given back.
    const lost = creatorPayout(ledger([], { minor: 0, on: null }), terms(), { orders: new Map(), bonusMinor: 10_000 });
    expect(lost.lines.map((x) => [x.kind, x.amountMinor])).toEqual([['bonus', -10_000]]);
  });
});
