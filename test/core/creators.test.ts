import { describe, expect, it } from 'vitest';
import { newWorkspace } from '../helpers/workspace';

async function withPilot(currency = 'USD') {
  const ws = newWorkspace();
  const pilot = await ws.ok('pilots.create', { name: 'P', currency, startDate: '2026-03-01', endDate: '2026-04-30' });
  return { ...ws, pilot };
}

const maya = {
  name: 'Maya Okafor',
  handles: [
    { platform: 'instagram' as const, handle: '@maya.glows' },
    { platform: 'tiktok' as const, handle: 'mayaglows' },
  ],
  email: 'maya@example.com',
  region: 'US-CA',
  followers: '42300',
  stipend: '200.00',
  productUnits: 2,
  productUnitCost: '35.00',
  commissionRate: '10',
  discountCode: 'MAYA15',
  landingUrl: 'https://shop.example/glow?utm_content=maya',
};

describe('creators in a pilot', () => {
  it('adds a creator with exact terms, edits and removes them', async () => {
    const ws = await withPilot();
    const added = await ws.ok('creators.add', { pilotId: ws.pilot.id, ...maya });
    expect(added).toMatchObject({
      name: 'Maya Okafor',
      handles: [
        { platform: 'instagram', handle: 'maya.glows' },
        { platform: 'tiktok', handle: 'mayaglows' },
      ],
      followers: 42300,
      stipendMinor: 20000,
      productUnits: 2,
      productUnitCostMinor: 3500,
      commissionRateBp: 1000,
      cpaMinor: null,
      discountCode: 'MAYA15',
      stage: 'contracted',
    });
    const edited = await ws.ok('creators.update', {
      id: added.id,
      ...maya,
      stipend: '250',
      stage: 'contracted',
      cpa: '5.50',
    });
    expect(edited).toMatchObject({ stipendMinor: 25000, stage: 'contracted', cpaMinor: 550 });
    expect(await ws.ok('creators.list', { pilotId: ws.pilot.id })).toHaveLength(1);
    expect((await ws.ok('pilots.get', { id: ws.pilot.id })).creatorCount).toBe(1);
    await ws.ok('creators.remove', { id: added.id });
    expect(await ws.ok('creators.list', { pilotId: ws.pilot.id })).toEqual([]);
  });

  it('names each invalid field, including nested handles, and saves nothing', async () => {
    const ws = await withPilot();
    const res = await ws.call('creators.add', {
      pilotId: ws.pilot.id,
      name: ' ',
      handles: [{ platform: 'myspace', handle: 'bad handle!' }],
      email: 'not-an-email',
      landingUrl: 'ftp://files.example',
      discountCode: 'no spaces',
      followers: 'many',
    });
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error.issues?.map((i) => i.field).sort()).toEqual([
      'discountCode',
      'email',
      'followers',
      'handles.0.handle',
      'handles.0.platform',
      'landingUrl',
      'name',
    ]);
    // Amounts and rates are checked in the same pass as every other field...
    const money = await ws.call('creators.add', {
      pilotId: ws.pilot.id,
      ...maya,
      stipend: 'ten',
      commissionRate: '150',
      email: 'x',
    });
    expect(money.ok).toBe(false);
    if (!money.ok)
      expect(money.error.issues?.map((i) => i.field).sort()).toEqual(['commissionRate', 'email', 'stipend']);
    // ...and their decimals against the pilot's currency.
    const cents = await ws.call('creators.add', { pilotId: ws.pilot.id, ...maya, stipend: '1.234', cpa: '0.001' });
    expect(cents.ok).toBe(false);
    if (!cents.ok) expect(cents.error.issues?.map((i) => i.field)).toEqual(['stipend', 'cpa']);
    expect(await ws.ok('creators.list', { pilotId: ws.pilot.id })).toEqual([]);
  });

  it('reads amounts in the pilot currency', async () => {
    const ws = await withPilot('JPY');
    expect(
      await ws.ok('creators.add', {
        pilotId: ws.pilot.id,
        name: 'Ken',
        handles: [{ handle: 'ken' }],
        stipend: '15000',
      }),
    ).toMatchObject({
      stipendMinor: 15000,
    });
    expect(
      await ws.call('creators.add', {
        pilotId: ws.pilot.id,
        name: 'Yui',
        handles: [{ handle: 'yui' }],
        stipend: '10.50',
      }),
    ).toMatchObject({
      ok: false,
      error: { field: 'stipend' },
    });
  });

  it('keeps one discount code to one creator across the workspace, whatever its case', async () => {
    const ws = await withPilot();
    await ws.ok('creators.add', { pilotId: ws.pilot.id, ...maya });
    const other = await ws.ok('pilots.create', {
      name: 'Q',
      currency: 'USD',
      startDate: '2026-05-01',
      endDate: '2026-06-30',
    });
    const res = await ws.call('creators.add', {
      pilotId: other.id,
      name: 'Jo',
      handles: [{ handle: 'jo' }],
      discountCode: 'maya15',
    });
    expect(res).toMatchObject({ ok: false, error: { field: 'discountCode' } });
    if (!res.ok) expect(res.error.message).toContain("Maya Okafor's code in P");
  });

  it('finds the same person by handle when added to a second pilot', async () => {
    const ws = await withPilot();
    const first = await ws.ok('creators.add', { pilotId: ws.pilot.id, ...maya });
    const other = await ws.ok('pilots.create', {
      name: 'Q',
      currency: 'USD',
      startDate: '2026-05-01',
      endDate: '2026-06-30',
    });
    const second = await ws.ok('creators.add', {
      pilotId: other.id,
      name: 'Maya O.',
      handles: [{ platform: 'instagram', handle: 'MAYA.GLOWS' }],
    });
    expect(second.creatorId).toBe(first.creatorId);
    expect(second.handles).toHaveLength(2);
    const twice = await ws.call('creators.add', {
      pilotId: other.id,
      name: 'Maya',
      handles: [{ handle: 'maya.glows' }],
    });
    expect(twice).toMatchObject({ ok: false, error: { field: 'handles.0.handle' } });
  });

  it('refuses creators for a pilot that does not exist', async () => {
    const ws = await withPilot();
    expect(await ws.call('creators.add', { pilotId: 404, name: 'A', handles: [{ handle: 'a' }] })).toMatchObject({
      ok: false,
      error: { code: 'not_found', field: 'pilotId' },
    });
  });
});
