import { describe, expect, it } from 'vitest';
import { codeProblem, freeCode, renderPattern, SUFFIX_ALPHABET } from '../../src/main/core/assets/codes';
import { assetsWorkspace } from './assets-workspace';

const values = { handle: '@maya.makes', name: 'Maya Lind', discount: '15', pilot: 'spring-glow' };

describe('code patterns', () => {
  it('fills tokens as upper-case code characters', () => {
    expect(renderPattern('{HANDLE}{DISCOUNT}', values)).toBe('MAYAMAKES15');
    expect(renderPattern('{NAME}-{DISCOUNT}', values)).toBe('MAYA-15');
    expect(renderPattern('{pilot}_{name}', values)).toBe('SPRINGGLOW_MAYA');
    expect(renderPattern('{NAME}{DISCOUNT}', { ...values, name: 'Zoë Ångström' })).toBe('ZOE15');
  });

  it('adds a suffix without look-alike characters when a code is taken, within the length', () => {
    expect(freeCode('MAYA15', 20, new Set())).toBe('MAYA15');
    expect(freeCode('MAYA15', 20, new Set(['MAYA15']))).toBe('MAYA15-2');
    const taken = new Set(['MAYA15', ...'23456789'.split('').map((d) => `MAYA15-${d}`)]);
    const next = freeCode('MAYA15', 20, taken);
    expect(next).toMatch(/^MAYA15-[A-Z2-9]{2}$/);
    for (const ch of next.slice(7)) expect(SUFFIX_ALPHABET).toContain(ch);
    expect(freeCode('ABCDEFGHIJ', 8, new Set(['ABCDEFGH']))).toBe('ABCDEF-2');
  });

  it('refuses codes a shop would not take', () => {
    expect(codeProblem('MAYA 15', 'shopify')).toMatch(/letters A-Z/);
    expect(codeProblem('MA', 'shopify')).toMatch(/at least 3/);
    expect(codeProblem('-MAYA', 'woocommerce')).toMatch(/starts with/);
    expect(codeProblem('X'.repeat(256), 'shopify')).toMatch(/at most 255/);
    expect(codeProblem('MAYA_15-B', 'shopify')).toBeNull();
  });
});

describe('assets.generateCodes', () => {
  it('gives each member without a code one from the pattern, and credits their orders', async () => {
    const ws = await assetsWorkspace();
    const maya = await ws.add('Maya', 'maya');
    const leo = await ws.add('Leo', 'leo', { discountCode: 'LEO10' });
    const order = ws.order('1', '2026-03-05', ['maya20']);
    const settings = await ws.ok('assets.setSettings', {
      pilotId: ws.pilot.id,
      codePattern: '{HANDLE}{DISCOUNT}',
      discountValue: '20',
    });
    expect(settings).toMatchObject({ discountValue: 2000, utmCampaign: 'spring-glow', shop: 'shopify' });
    // MAYA20 is on an imported order: reusing it would credit someone else's order, so it gets a suffix.
    const result = await ws.ok('assets.generateCodes', { pilotId: ws.pilot.id });
    expect(result.assigned).toEqual([
      { memberId: maya.id, name: 'Maya', code: 'MAYA20-2', note: 'MAYA20 is taken, so a suffix was added' },
    ]);
    expect(result.kept).toBe(1);
    const list = await ws.ok('creators.list', { pilotId: ws.pilot.id });
    expect(list.map((m) => m.discountCode)).toEqual(['LEO10', 'MAYA20-2']);
    expect(ws.creditedTo(order)).toBeNull();
    expect(leo.discountCode).toBe('LEO10');
  });

  it('readies only members from the shortlist on: longlisted and declined prospects get no code or check', async () => {
    const ws = await assetsWorkspace();
    const maya = await ws.add('Maya', 'maya', { stage: 'shortlist' });
    await ws.add('Leo', 'leo', { stage: 'longlist' });
    await ws.add('Ines', 'ines', { stage: 'declined' });
    await ws.ok('assets.setSettings', {
      pilotId: ws.pilot.id,
      codePattern: '{HANDLE}{DISCOUNT}',
      discountValue: '15',
      landingUrl: 'https://shop.example.com/glow',
    });
    const result = await ws.ok('assets.generateCodes', { pilotId: ws.pilot.id });
    expect(result.assigned.map((a) => a.memberId)).toEqual([maya.id]);
    expect((await ws.ok('golive.check', { pilotId: ws.pilot.id })).map((c) => c.name)).toEqual(['Maya']);
    expect((await ws.ok('signoffs.list', { pilotId: ws.pilot.id })).map((c) => c.name)).toEqual(['Maya']);
    // Asked for one by one, they are refused by name.
    const leo = (await ws.ok('creators.list', { pilotId: ws.pilot.id })).find((m) => m.name === 'Leo');
    const one = { pilotId: ws.pilot.id, memberId: leo?.id as number };
    for (const res of [await ws.call('assets.generateCodes', one), await ws.call('assets.buildLinks', one)]) {
      expect(res).toMatchObject({
        ok: false,
        error: {
          field: 'memberId',
          message: 'memberId: Leo is on the longlist: codes and links are for creators from the shortlist on',
        },
      });
    }
  });

  it('regenerates one member and refuses a member of another pilot', async () => {
    const ws = await assetsWorkspace();
    const maya = await ws.add('Maya', 'maya', { discountCode: 'OLDCODE' });
    await ws.ok('assets.setSettings', { pilotId: ws.pilot.id, codePattern: 'GLOW{NAME}', discountValue: '10' });
    const one = await ws.ok('assets.generateCodes', { pilotId: ws.pilot.id, memberId: maya.id });
    expect(one.assigned[0]?.code).toBe('GLOWMAYA');
    const other = await ws.ok('pilots.create', {
      name: 'Other',
      currency: 'USD',
      startDate: '2026-03-01',
      endDate: '2026-03-31',
    });
    const refused = await ws.call('assets.generateCodes', { pilotId: other.id, memberId: maya.id });
    expect(refused).toMatchObject({ ok: false, error: { field: 'memberId' } });
  });

  it('keeps every code unique and valid over thousands of members with clashing handles', async () => {
    const ws = await assetsWorkspace();
    const db = ws.session.db;
    // Many members in one go, straight into the tables: handles that collapse to the same code characters.
    db.transaction(() => {
      const person = db.prepare("INSERT INTO creators (name, created_at) VALUES (?, '2026-01-01')");
      const handle = db.prepare(
        "INSERT INTO creator_handles (creator_id, platform, handle, position) VALUES (?, 'instagram', ?, 0)",
      );
      const member = db.prepare(
        "INSERT INTO pilot_creators (pilot_id, creator_id, stage, created_at, updated_at) VALUES (?, ?, 'contracted', '2026-01-01', '2026-01-01')",
      );
      for (let i = 0; i < 3000; i++) {
        const id = Number(person.run(i % 7 === 0 ? 'Марія' : `Sam ${i}`).lastInsertRowid);
        const base = ['sam', 's.a.m', 'sam_', 'Sâm', 'verylonghandlethatgoesonandon'][i % 5];
        handle.run(id, `${base}${i % 5 === 4 ? '' : Math.floor(i / 50)}.${i}`);
        member.run(ws.pilot.id, id);
      }
    })();
    ws.order('x', '2026-03-02', ['SAM0']);
    await ws.ok('assets.setSettings', {
      pilotId: ws.pilot.id,
      codePattern: '{HANDLE}{DISCOUNT}',
      discountValue: '15',
      codeMaxLength: 8,
    });
    const result = await ws.ok('assets.generateCodes', { pilotId: ws.pilot.id });
    expect(result.assigned).toHaveLength(3000);
    const codes = result.assigned.map((a) => a.code);
    expect(new Set(codes.map((c) => c.toUpperCase())).size).toBe(3000);
    expect(codes).not.toContain('SAM0');
    for (const code of codes) {
      expect(codeProblem(code, 'shopify')).toBeNull();
      expect(code).toBe(code.toUpperCase());
      expect(code.length).toBeLessThanOrEqual(8);
    }
    const stored = db.prepare('SELECT count(DISTINCT upper(discount_code)) FROM pilot_creators').pluck().get();
    expect(stored).toBe(3000);
  });
});

describe('assets.setCode', () => {
  it('checks a hand-set code: shop characters, other members, imported orders', async () => {
    const ws = await assetsWorkspace();
    const maya = await ws.add('Maya', 'maya');
    await ws.add('Leo', 'leo', { discountCode: 'LEO10' });
    const order = ws.order('1', '2026-03-05', ['MAYA-OLD']);
    const fail = async (code: string) => {
      const r = await ws.call('assets.setCode', { memberId: maya.id, code });
      if (r.ok) throw new Error(`${code} was accepted`);
      expect(r.error.field).toBe('code');
      return r.error.message;
    };
    expect(await fail('maya 15')).toMatch(/letters A-Z/);
    expect(await fail('leo10')).toMatch(/already Leo's code in Spring Glow/);
    expect(await fail('maya-old')).toMatch(/1 imported order \(first 2026-03-05\)/);
    expect(ws.creditedTo(order)).toBeNull();
    // Confirmed as Maya's own code: saved upper case, and her order is credited at once.
    const saved = await ws.ok('assets.setCode', { memberId: maya.id, code: 'maya-old', acceptSeenInOrders: true });
    expect(saved.discountCode).toBe('MAYA-OLD');
    expect(ws.creditedTo(order)).toBe(maya.id);
    const cleared = await ws.ok('assets.setCode', { memberId: maya.id, code: '' });
    expect(cleared.discountCode).toBeNull();
    expect(ws.creditedTo(order)).toBeNull();
  });

  it('names the field of a bad pattern or discount', async () => {
    const ws = await assetsWorkspace();
    const bad = await ws.call('assets.setSettings', {
      pilotId: ws.pilot.id,
      codePattern: '{CITY}',
      discountValue: '10',
    });
    expect(bad).toMatchObject({ ok: false, error: { field: 'codePattern' } });
    const noMember = await ws.call('assets.setSettings', {
      pilotId: ws.pilot.id,
      codePattern: 'GLOW{DISCOUNT}',
      discountValue: '10',
    });
    expect(noMember).toMatchObject({ ok: false, error: { field: 'codePattern' } });
    const percent = await ws.call('assets.setSettings', {
      pilotId: ws.pilot.id,
      codePattern: '{NAME}',
      discountValue: '150',
    });
    expect(percent).toMatchObject({ ok: false, error: { field: 'discountValue' } });
  });
});
