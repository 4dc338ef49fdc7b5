/**
 * Fraud review on imported orders, through the contract: each rule's flag
 * with its reason, decisions that hold, clear and reject, and the sets the
 * results and payouts read.
 */

import { describe, expect, it } from 'vitest';
import { heldOrderIds, rejectedOrderIds } from '../../src/main/core/fraud/decisions';
import { importFile } from '../helpers/imports';
import { newWorkspace } from '../helpers/workspace';
import { type ShopOrder, writeShopOrders } from '../payouts/shop-orders';

const day = (n: number) => `2026-03-${String(n).padStart(2, '0')}`;

async function setup() {
  const ws = newWorkspace();
  const pilot = await ws.ok('pilots.create', {
    name: 'Spring Glow',
    brand: 'Fernleaf',
    market: 'United States',
    currency: 'USD',
    startDate: day(1),
    endDate: day(31),
  });
  const maya = await ws.ok('creators.add', {
    pilotId: pilot.id,
    name: 'Maya Okafor',
    handles: [{ platform: 'instagram', handle: 'maya.glows' }],
    discountCode: 'MAYA15',
    commissionRate: '10',
  });
  const leo = await ws.ok('creators.add', {
    pilotId: pilot.id,
    name: 'Leo Park',
    handles: [{ platform: 'tiktok', handle: 'leoglows' }],
    discountCode: 'LEO10',
  });
  let id = 500;
  const o = (date: string, code: string, extra: Partial<ShopOrder> = {}): ShopOrder => ({
    id: id++,
    date,
    total: '40.00',
    code,
    ...extra,
  });
  const orders: ShopOrder[] = [
    o(day(1), 'MAYA15'),
    ...Array.from({ length: 12 }, () => o(day(12), 'MAYA15')),
    o(day(15), 'MAYA15'),
    ...[2, 4, 6, 8].map((d) => o(day(d), 'LEO10', { email: 'same.buyer@example.com' })),
    o(day(9), 'LEO10, MAYA15'),
    o(day(10), 'LEO10', { country: 'DE', province: '' }),
    o(day(11), 'LEO10'),
  ];
  await importFile(ws, {
    kind: 'orders',
    file: { path: writeShopOrders(ws.dir, 'fernleaf.csv', orders) },
    brandId: pilot.brandId as number,
  });

  // Another brand's pilot credits an order that also carries Maya's code.
  const other = await ws.ok('pilots.create', {
    name: 'Autumn Box',
    brand: 'Oakmoss',
    currency: 'USD',
    startDate: day(1),
    endDate: day(31),
  });
  await ws.ok('creators.add', {
    pilotId: other.id,
    name: 'Zed',
    handles: [{ platform: 'instagram', handle: 'zed' }],
    discountCode: 'ZED5',
  });
  await importFile(ws, {
    kind: 'orders',
    file: { path: writeShopOrders(ws.dir, 'oakmoss.csv', [o(day(5), 'ZED5, MAYA15')]) },
    brandId: other.brandId as number,
  });
  const page = await ws.ok('orders.list', { pilotId: pilot.id, limit: 100 });
  const ids = Object.fromEntries(page.rows.map((r) => [r.orderName ?? '', r.id]));
  return { ws, pilot, maya, leo, ids };
}

describe('fraud review through the contract', () => {
  it('flags each pattern with its reason and holds the orders until decided', async () => {
    const { ws, pilot, maya, ids } = await setup();
    const review = await ws.ok('fraud.list', { pilotId: pilot.id });
    const rulesOf = (name: string) =>
      review.orders.find((f) => f.orderId === ids[name])?.reasons.map((r) => r.rule) ?? [];

    // 12 on day 12 against 2 over the other 14 days of Maya's span.
    const burst = review.orders.filter((f) => f.reasons.some((r) => r.rule === 'burst'));
    expect(burst).toHaveLength(12);
    expect(burst[0]?.reasons[0]?.text).toBe("12 orders on 2026-03-12, 84x this creator's usual 0.1 a day");
    expect(burst[0]).toMatchObject({ creatorName: 'Maya Okafor', revenueMinor: 4000, held: true, review: null });

    expect(['#514', '#515', '#516', '#517'].map(rulesOf)).toEqual([
      ['repeat_buyer'],
      ['repeat_buyer'],
      ['repeat_buyer'],
      ['repeat_buyer'],
    ]);
    expect(review.orders.find((f) => f.orderId === ids['#514'])?.reasons[0]?.text).toBe(
      '4 orders from one buyer through this creator (57% of their orders), 2026-03-02 to 2026-03-08',
    );
    expect(rulesOf('#518')).toEqual(['two_creators_codes']);
    expect(review.orders.find((f) => f.orderId === ids['#518'])?.reasons[0]?.text).toMatch(/LEO10, MAYA15/);
    expect(rulesOf('#519')).toEqual(['out_of_market']);
    expect(rulesOf('#520')).toEqual([]);
    expect(rulesOf('#500')).toEqual([]);

    expect(review.creators).toEqual([
      {
        creatorId: maya.id,
        creatorName: 'Maya Okafor',
        rule: 'code_across_pilots',
        text: 'code MAYA15 is on 1 order credited in pilot "Autumn Box" (Oakmoss)',
        orderCount: 0,
      },
    ]);
    expect(review.heldCount).toBe(12 + 4 + 1 + 1);
    expect(review.notes).toEqual([]);
    expect(heldOrderIds(ws.session.db, pilot.id).size).toBe(18);
  });

  it('records decisions, lets them change, and refuses orders that are not flagged', async () => {
    const { ws, pilot, ids } = await setup();
    const orderId = ids['#519'] as number;
    const db = ws.session.db;

    const unflagged = await ws.call('fraud.decide', {
      pilotId: pilot.id,
      orderId: ids['#520'],
      decision: 'cleared',
      by: 'Dana',
    });
    expect(unflagged).toMatchObject({ ok: false, error: { field: 'orderId' } });
    expect(await ws.call('fraud.decide', { pilotId: pilot.id, orderId, decision: 'ok', by: 'Dana' })).toMatchObject({
      ok: false,
      error: { field: 'decision' },
    });
    expect(await ws.call('fraud.decide', { pilotId: pilot.id, orderId, decision: 'rejected' })).toMatchObject({
      ok: false,
      error: { field: 'by' },
    });
    expect(db.prepare('SELECT count(*) FROM order_reviews').pluck().get()).toBe(0);

    const rejected = await ws.ok('fraud.decide', {
      pilotId: pilot.id,
      orderId,
      decision: 'rejected',
      note: 'Reseller in Berlin',
      by: 'Dana Finch',
    });
    expect(rejected).toMatchObject({ held: false, review: { decision: 'rejected', note: 'Reseller in Berlin' } });
    expect(rejectedOrderIds(db, pilot.id)).toEqual(new Set([orderId]));
    expect(heldOrderIds(db, pilot.id).has(orderId)).toBe(false);

    const cleared = await ws.ok('fraud.decide', { pilotId: pilot.id, orderId, decision: 'cleared', by: 'Sam Lee' });
    expect(cleared.review).toMatchObject({ decision: 'cleared', note: null, decidedBy: 'Sam Lee' });
    expect(rejectedOrderIds(db, pilot.id).size).toBe(0);
    const review = await ws.ok('fraud.list', { pilotId: pilot.id });
    expect(review).toMatchObject({ heldCount: 17, clearedCount: 1, rejectedCount: 0 });

    const log = db
      .prepare("SELECT detail FROM activity_log WHERE action = 'fraud.decide' ORDER BY id")
      .pluck()
      .all()
      .map((d) => JSON.parse(d as string));
    expect(log.map((d) => [d.decision, d.previous, d.by])).toEqual([
      ['rejected', null, 'Dana Finch'],
      ['cleared', 'rejected', 'Sam Lee'],
    ]);
  });

  it('says when the market cannot be checked, and runs on the demo', async () => {
    const ws = newWorkspace();
    const demo = await ws.ok('demo.load', {});
    const review = await ws.ok('fraud.list', { pilotId: demo.pilotId });
    // The demo ships 3% of its orders to Canada, outside its United States market.
    const outside = review.orders.filter((o) => o.reasons.some((r) => r.rule === 'out_of_market'));
    expect(outside.length).toBeGreaterThan(0);
    for (const o of review.orders) expect(o.reasons.length).toBeGreaterThan(0);
    expect(review.heldCount).toBe(review.orders.length);
    await ws.ok('pilots.update', { ...(await pilotFields(ws, demo.pilotId)), market: 'North America' });
    const vague = await ws.ok('fraud.list', { pilotId: demo.pilotId });
    expect(vague.notes[0]).toMatch(/"North America" is not a country/);
    expect(vague.orders.some((o) => o.reasons.some((r) => r.rule === 'out_of_market'))).toBe(false);
    expect(await ws.call('fraud.list', { pilotId: 999 })).toMatchObject({ ok: false, error: { field: 'pilotId' } });
  });
});

async function pilotFields(ws: ReturnType<typeof newWorkspace>, id: number) {
  const p = await ws.ok('pilots.get', { id });
  return {
    id,
    name: p.name,
    currency: p.currency,
    startDate: p.startDate,
    endDate: p.endDate,
  };
}
