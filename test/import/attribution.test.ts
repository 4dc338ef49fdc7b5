/**
 * Attribution as METRICS.md defines it, through the contract: a code beats a
 * link; inside each creator's window; one creator per order; orders with two
 * creators' codes go to the first listed and are flagged; a change to a
 * creator's code or go-live date re-attributes at once.
 */

import { describe, expect, it } from 'vitest';
import { importFile } from '../helpers/imports';
import { writeShopifyCsv } from '../helpers/shopify-csv';
import { newWorkspace } from '../helpers/workspace';

const utm = (content: string, campaign = 'spring-glow') =>
  `UTM source: instagram\nUTM medium: social\nUTM campaign: ${campaign}\nUTM content: ${content}`;

async function setup() {
  const ws = newWorkspace();
  const pilot = await ws.ok('pilots.create', {
    name: 'Spring Glow',
    brand: 'Fernleaf',
    currency: 'USD',
    startDate: '2026-03-01',
    endDate: '2026-03-31',
    attributionMethod: 'both',
    attributionWindowDays: 10,
  });
  const maya = await ws.ok('creators.add', {
    pilotId: pilot.id,
    name: 'Maya',
    handles: [{ platform: 'instagram', handle: '@mayamakes' }],
    discountCode: 'MAYA15',
  });
  const leo = await ws.ok('creators.add', {
    pilotId: pilot.id,
    name: 'Leo',
    handles: [{ platform: 'tiktok', handle: 'leoglows' }],
    discountCode: 'LEO10',
  });
  const file = writeShopifyCsv(ws.dir, 'orders_export_1.csv', [
    { name: '#1001', created: '2026-03-02 10:00:00 -0700', total: '40.00', code: 'maya15' },
    { name: '#1002', created: '2026-03-03 10:00:00 -0700', total: '50.00', code: 'LEO10, MAYA15' },
    { name: '#1003', created: '2026-03-04 10:00:00 -0700', total: '60.00', notes: utm('leoglows') },
    { name: '#1004', created: '2026-03-05 10:00:00 -0700', total: '70.00', code: 'MAYA15', notes: utm('leoglows') },
    { name: '#1005', created: '2026-02-27 10:00:00 -0700', total: '80.00', code: 'MAYA15' },
    { name: '#1006', created: '2026-04-10 23:59:59 -0700', total: '90.00', code: 'LEO10' },
    { name: '#1007', created: '2026-04-11 00:00:01 -0700', total: '95.00', code: 'LEO10' },
    { name: '#1008', created: '2026-03-06 10:00:00 -0700', total: '30.00', notes: utm('mayamakes', 'other-pilot') },
    { name: '#1009', created: '2026-03-07 10:00:00 -0700', total: '20.00', code: 'UPSELL DISCOUNT' },
  ]);
  await importFile(ws, { kind: 'orders', file: { path: file }, brandId: pilot.brandId as number });
  const credits = async () => {
    const page = await ws.ok('orders.list', { pilotId: pilot.id, sort: 'orderName', descending: false });
    return Object.fromEntries(
      page.rows.map((o) => [
        o.orderName,
        o.creatorName ? `${o.creatorName} ${o.rule}${o.flagged ? ' flagged' : ''}` : '-',
      ]),
    );
  };
  return { ws, pilot, maya, leo, credits };
}

describe('attribution', () => {
  it('credits by code, then by link, inside the window, flagging orders with two creators', async () => {
    const { credits } = await setup();
    expect(await credits()).toEqual({
      '#1001': 'Maya code', // the code as the buyer typed it, any case
      '#1002': 'Leo code flagged', // two creators' codes: the first listed, flagged
      '#1003': 'Leo link', // UTM lines an app wrote into the order notes
      '#1004': 'Maya code', // a code beats a link
      '#1006': 'Leo code', // the last day of pilot end + 10 days, in the shop's own time
      '#1008': '-', // another campaign's link
      '#1009': '-', // a discount title, not a code
    });
  });

  it('explains each order that does not count for the pilot', async () => {
    const { ws, pilot } = await setup();
    const all = await ws.ok('orders.list', { search: '100', sort: 'orderName', descending: false });
    const reason = async (name: string) => {
      const order = all.rows.find((o) => o.orderName === name);
      const detail = await ws.ok('orders.get', { id: order?.id as number });
      return detail.attributions.find((a) => a.pilotId === pilot.id)?.reason;
    };
    expect(await reason('#1005')).toMatch(
      /Code MAYA15 is Maya’s, but the order \(2026-02-27\) is before their go-live/,
    );
    expect(await reason('#1007')).toMatch(/after the attribution window closed on 2026-04-10/);
    expect(await reason('#1009')).toMatch(/UPSELL DISCOUNT is not a code of this pilot/);
    expect(await reason('#1002')).toMatch(/flagged for review/);
  });

  it("re-attributes at once when a creator's code or go-live date changes", async () => {
    const { ws, maya, credits } = await setup();
    await ws.ok('creators.update', {
      id: maya.id,
      name: 'Maya',
      handles: [{ platform: 'instagram', handle: 'mayamakes' }],
      discountCode: 'MAYA20',
    });
    const after = await credits();
    expect(after['#1001']).toBe('-');
    expect(after['#1002']).toBe('Leo code');
    expect(after['#1004']).toBe('Leo link');

    await ws.ok('creators.remove', { id: maya.id });
    expect((await credits())['#1004']).toBe('Leo link');
  });

  it("re-attributes at once when a creator's go-live date moves, and keeps it inside the pilot", async () => {
    const { ws, leo, credits } = await setup();
    const leoWith = (goLiveDate: string) => ({
      id: leo.id,
      name: 'Leo',
      handles: [{ platform: 'tiktok' as const, handle: 'leoglows' }],
      discountCode: 'LEO10',
      goLiveDate,
    });
    const moved = await ws.ok('creators.update', leoWith('2026-03-04'));
    expect(moved.goLiveDate).toBe('2026-03-04');
    const after = await credits();
    expect(after['#1002']).toBe('Maya code flagged'); // Leo's code no longer counts on the 3rd: Maya's does
    expect(after['#1003']).toBe('Leo link'); // the 4th: his first day
    expect(await ws.call('creators.update', leoWith('2026-05-01'))).toMatchObject({
      ok: false,
      error: { field: 'goLiveDate', message: expect.stringMatching(/inside the pilot/) },
    });
  });

  it('counts only orders of the pilot’s brand', async () => {
    const { ws, pilot, credits } = await setup();
    const other = await ws.ok('brands.create', { name: 'Other shop' });
    const file = writeShopifyCsv(ws.dir, 'other.csv', [
      { name: '#2001', created: '2026-03-02 10:00:00 -0700', total: '10.00', code: 'MAYA15' },
    ]);
    await importFile(ws, { kind: 'orders', file: { path: file }, brandId: other.id });
    expect(Object.keys(await credits())).not.toContain('#2001');
    expect((await ws.ok('orders.list', { pilotId: pilot.id, rule: 'code' })).total).toBe(4);
  });
});

describe('who takes part', () => {
  it('credits only members who take part: a prospect wins no orders until contracted, and loses them when moved back', async () => {
    const { ws, pilot, leo, credits } = await setup();
    const before = await credits();
    expect(before['#1003']).toBe('Leo link');
    // Back to the shortlist, Leo is a prospect again: his code and handle win nothing, at once.
    const back = await ws.ok('sourcing.move', { pilotId: pilot.id, memberIds: [leo.id], stage: 'shortlist' });
    expect(await credits()).toEqual({ ...before, '#1002': 'Maya code', '#1003': '-', '#1006': '-' });
    expect((await ws.ok('results.get', { pilotId: pilot.id })).creators.map((c) => c.name)).toEqual(['Maya']);
    expect((await ws.ok('pilots.get', { id: pilot.id })).creatorCount).toBe(1);
    // Undoing the move brings his orders back, flag included.
    await ws.ok('sourcing.undoMove', { moveId: back.moveId });
    expect(await credits()).toEqual(before);
  });

  it('re-attributes when a profile edit gives someone taking part a new handle', async () => {
    const { ws, pilot, maya, credits } = await setup();
    const file = writeShopifyCsv(ws.dir, 'orders_export_2.csv', [
      { name: '#2001', created: '2026-03-08 10:00:00 -0700', total: '25.00', notes: utm('maya.second') },
    ]);
    await importFile(ws, { kind: 'orders', file: { path: file }, brandId: pilot.brandId as number });
    expect((await credits())['#2001']).toBe('-');
    await ws.ok('profiles.save', {
      creatorId: maya.creatorId,
      name: 'Maya',
      handles: [
        { platform: 'instagram', handle: 'mayamakes' },
        { platform: 'tiktok', handle: 'maya.second' },
      ],
    });
    expect((await credits())['#2001']).toBe('Maya link');
  });
});
