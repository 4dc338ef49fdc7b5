import { describe, expect, it } from 'vitest';
import { utmFromUrl } from '../../src/main/core/import/orders/utm';
import { assetsWorkspace } from './assets-workspace';

describe('assets.buildLinks', () => {
  it("builds each member's link from the landing page, keeps its query, and the link's orders are credited", async () => {
    const ws = await assetsWorkspace('Spring Glow Pilot');
    const maya = await ws.add('Maya', 'Maya.Makes');
    const leo = await ws.add('Leo', '@leo', { handles: [{ platform: 'tiktok', handle: 'leo' }] });
    await ws.ok('assets.setSettings', {
      pilotId: ws.pilot.id,
      codePattern: '{HANDLE}',
      discountValue: '10',
      landingUrl: 'https://shop.example.com/collections/glow?variant=12&utm_source=old#top',
    });
    const result = await ws.ok('assets.buildLinks', { pilotId: ws.pilot.id });
    expect(result.built.map((b) => b.name)).toEqual(['Leo', 'Maya']);
    const mayaLink = result.built.find((b) => b.memberId === maya.id)?.url as string;
    const url = new URL(mayaLink);
    expect(url.toString()).toBe(mayaLink);
    expect(url.origin + url.pathname).toBe('https://shop.example.com/collections/glow');
    expect(url.hash).toBe('#top');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      variant: '12',
      utm_source: 'instagram',
      utm_medium: 'creator',
      utm_campaign: 'spring-glow-pilot',
      utm_content: 'maya.makes',
    });
    const leoLink = new URL(result.built.find((b) => b.memberId === leo.id)?.url as string);
    expect(leoLink.searchParams.get('utm_source')).toBe('tiktok');
    expect((await ws.ok('creators.list', { pilotId: ws.pilot.id })).map((m) => m.landingUrl)).toEqual([
      leoLink.toString(),
      mayaLink,
    ]);
    // An order that landed on Maya's link, stored as the importer stores it, is credited to her.
    const utm = utmFromUrl(mayaLink);
    const order = ws.order('1', '2026-03-04', [], {
      landing: mayaLink,
      source: utm.source ?? '',
      medium: utm.medium ?? '',
      campaign: utm.campaign ?? '',
      content: utm.content ?? '',
    });
    await ws.ok('assets.buildLinks', { pilotId: ws.pilot.id, memberId: maya.id });
    expect(ws.creditedTo(order)).toBe(maya.id);
  });

  it('keeps existing links unless asked, and uses the pilot-wide utm_source when set', async () => {
    const ws = await assetsWorkspace();
    await ws.add('Maya', 'maya', { landingUrl: 'https://hand.example.com/?utm_content=maya' });
    await ws.ok('assets.setSettings', {
      pilotId: ws.pilot.id,
      codePattern: '{HANDLE}',
      discountValue: '10',
      landingUrl: 'http://shop.example.com',
      utmSource: 'influencer',
      utmMedium: 'social',
    });
    const kept = await ws.ok('assets.buildLinks', { pilotId: ws.pilot.id });
    expect(kept).toMatchObject({ built: [], skipped: [{ name: 'Maya', reason: 'Already has a link' }] });
    const rebuilt = await ws.ok('assets.buildLinks', { pilotId: ws.pilot.id, overwrite: true });
    expect(rebuilt.built[0]?.url).toBe(
      'http://shop.example.com/?utm_source=influencer&utm_medium=social&utm_campaign=spring-glow&utm_content=maya',
    );
  });

  it('refuses a landing page that is not an http(s) address, naming the field', async () => {
    const ws = await assetsWorkspace();
    for (const landingUrl of [
      'shop.example.com',
      'javascript:alert(1)',
      'ftp://shop.example.com',
      'https://u:p@x.com',
    ]) {
      const r = await ws.call('assets.setSettings', {
        pilotId: ws.pilot.id,
        codePattern: '{HANDLE}',
        discountValue: '10',
        landingUrl,
      });
      expect(r).toMatchObject({ ok: false, error: { field: 'landingUrl' } });
    }
    const none = await ws.call('assets.buildLinks', { pilotId: ws.pilot.id });
    expect(none).toMatchObject({ ok: false, error: { field: 'landingUrl' } });
  });
});

describe('a pilot that credits by code only', () => {
  it('still builds links but warns they do not count', async () => {
    const ws = await assetsWorkspace();
    await ws.ok('pilots.update', {
      ...(await ws.ok('pilots.get', { id: ws.pilot.id })),
      attributionMethod: 'code',
    } as never);
    await ws.add('Maya', 'maya');
    await ws.ok('assets.setSettings', {
      pilotId: ws.pilot.id,
      codePattern: '{HANDLE}',
      discountValue: '10',
      landingUrl: 'https://shop.example.com',
    });
    const result = await ws.ok('assets.buildLinks', { pilotId: ws.pilot.id });
    expect(result.built).toHaveLength(1);
    expect(result.warning).toMatch(/by discount code only/);
  });
});
