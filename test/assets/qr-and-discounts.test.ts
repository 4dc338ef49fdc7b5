import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assetsWorkspace } from './assets-workspace';

const fixture = (name: string) => join(__dirname, '..', 'fixtures', 'discounts', name);

describe('assets.exportQr', () => {
  it("writes a member's link as an SVG that parses and a PNG with a sane size, never overwriting", async () => {
    const ws = await assetsWorkspace();
    const maya = await ws.add('Maya', 'maya');
    await ws.ok('assets.setSettings', {
      pilotId: ws.pilot.id,
      codePattern: '{HANDLE}',
      discountValue: '10',
      landingUrl: 'https://shop.example.com/spring',
    });
    await ws.ok('assets.buildLinks', { pilotId: ws.pilot.id });
    const svg = await ws.ok('assets.exportQr', { memberId: maya.id, format: 'svg' });
    expect(svg.url).toContain('utm_content=maya');
    const text = readFileSync(svg.path, 'utf8');
    expect(text).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]*viewBox="0 0 (\d+) \1"/);
    expect(text.trim().endsWith('</svg>')).toBe(true);
    expect(text).toMatch(/<path [^>]*d="M[^"]+"/);

    const png = await ws.ok('assets.exportQr', { memberId: maya.id, format: 'png' });
    const bytes = readFileSync(png.path);
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const width = bytes.readUInt32BE(16);
    expect(bytes.readUInt32BE(20)).toBe(width);
    expect(width).toBeGreaterThanOrEqual(250);
    expect(width).toBeLessThanOrEqual(1000);
    const again = await ws.ok('assets.exportQr', { memberId: maya.id, format: 'png' });
    expect(again.path).not.toBe(png.path);
  });

  it('refuses a member without a link, naming the field', async () => {
    const ws = await assetsWorkspace();
    const maya = await ws.add('Maya', 'maya');
    const r = await ws.call('assets.exportQr', { memberId: maya.id, format: 'png' });
    expect(r).toMatchObject({ ok: false, error: { field: 'memberId' } });
  });
});

describe('assets.checkDiscounts', () => {
  it('reads the 17-column export and reports each code as active, expired, scheduled or missing', async () => {
    const ws = await assetsWorkspace();
    await ws.add('Maya', 'maya', { discountCode: 'MAYA15' });
    await ws.add('Leo', 'leo', { discountCode: 'LEO15' });
    await ws.add('Zoe', 'zoe', { discountCode: 'ZOE15' });
    await ws.add('Ana', 'ana', { discountCode: 'ANA15' });
    await ws.add('Bo', 'bo');
    const path = join(ws.dir, 'discounts_export_1.csv');
    copyFileSync(fixture('discounts_export_17-columns.csv'), path);
    const check = await ws.ok('assets.checkDiscounts', { pilotId: ws.pilot.id, path });
    expect(check.shopDiscounts).toBe(4);
    expect(check.rows.map((r) => [r.name, r.code, r.state, r.shopStatus])).toEqual([
      ['Ana', 'ANA15', 'missing', null],
      ['Bo', null, 'no_code', null],
      ['Leo', 'LEO15', 'expired', 'Expired'],
      ['Maya', 'MAYA15', 'active', 'Active'],
      ['Zoe', 'ZOE15', 'scheduled', 'Scheduled'],
    ]);
    expect(check.rows.find((r) => r.name === 'Maya')).toMatchObject({
      start: '2026-03-01 00:00:00 -0500',
      end: '2026-03-31 23:59:00 -0400',
    });
  });

  it("reads the real 2023 16-column export (automatic discounts only): the pilot's codes are missing", async () => {
    const ws = await assetsWorkspace();
    await ws.add('Maya', 'maya', { discountCode: 'MAYA15' });
    const check = await ws.ok('assets.checkDiscounts', {
      pilotId: ws.pilot.id,
      path: fixture('shopify-discounts_export-2023.csv'),
    });
    expect(check.shopDiscounts).toBe(6);
    expect(check.rows).toMatchObject([{ code: 'MAYA15', state: 'missing' }]);
  });

  it('refuses a file that is not a discounts export, or is not there', async () => {
    const ws = await assetsWorkspace();
    const other = join(ws.dir, 'orders.csv');
    writeFileSync(other, 'Order,Total\n1,10\n');
    for (const path of [other, join(ws.dir, 'nope.csv')]) {
      const r = await ws.call('assets.checkDiscounts', { pilotId: ws.pilot.id, path });
      expect(r).toMatchObject({ ok: false, error: { field: 'path' } });
    }
  });
});
