import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docxText, readDocx } from './docx-reader';
import { NASTY_NAME, pilotWithCreator } from './setup';

describe('contracts.generate', () => {
  it('fills the built-in template and writes a .docx that reads back', async () => {
    const { ws, member } = await pilotWithCreator();
    await ws.ok('contracts.terms', { memberId: member.id, model: 'hybrid' });
    const result = await ws.ok('contracts.generate', { memberId: member.id });
    expect(result.missing).toEqual([]);
    expect(result.path).toBe(join(ws.dir, 'exports', 'Contract - Maya Chen - Spring glow.docx'));
    const parts = readDocx(result.path as string);
    expect([...parts.keys()].sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'word/_rels/document.xml.rels',
      'word/document.xml',
      'word/styles.xml',
    ]);
    const text = docxText(result.path as string);
    expect(text).toContain('Creator agreement: Spring glow');
    expect(text).toContain(
      'between Lumen Skin (the Brand) and Maya Chen (@mayaglows on Instagram, @maya.tt on TikTok)',
    );
    expect(text).toContain('The pilot runs from 2026-03-01 to 2026-04-30.');
    expect(text).toContain(
      '150.00 USD stipend, 10% commission, rising to 15% above 1,500.00 USD of revenue; a 100.00 USD bonus at 25 net orders',
    );
    expect(text).toContain('net 30 days after the 14-day return window closes');
    expect(text).toContain('discount code MAYA15');
    expect(text).toContain('https://lumen.example/glow?utm_source=instagram&utm_content=mayaglows');
    expect(text).toContain('for 30 days after they are published');
    expect(text).toContain('Instagram: turn on the Paid partnership label');
    expect(text).toContain('TikTok: turn on the Branded content toggle');
    expect(text).not.toContain('{{');
  });

  it('names each field with no value and writes it as missing, not blank', async () => {
    const { ws, member } = await pilotWithCreator({ discountCode: null, landingUrl: null });
    const result = await ws.ok('contracts.generate', { memberId: member.id });
    // No model chosen yet, no code, no link.
    expect(result.missing.map((m) => m.field).sort()).toEqual(['compensation', 'discountCode', 'trackedLink']);
    const text = docxText(result.path as string);
    expect(text).toContain('[missing: compensation]');
    expect(text).toContain('[missing: discount code]');
    expect(text).toContain('[missing: tracked link]');
  });

  it('keeps <, & and quotes in a name as literal text, never markup', async () => {
    const { ws, member } = await pilotWithCreator({ name: NASTY_NAME });
    const result = await ws.ok('contracts.generate', { memberId: member.id });
    const xml = readDocx(result.path as string).get('word/document.xml') as string;
    expect(xml).not.toContain('<b>');
    expect(xml).toContain('Zoë &lt;b&gt;&quot;Bold&quot;&lt;/b&gt; &amp; &apos;Co&apos; =HYPERLINK(&quot;x&quot;)');
    expect(docxText(result.path as string)).toContain(`and ${NASTY_NAME} (@mayaglows`);
    // The file name drops what file systems refuse.
    expect(result.path).toMatch(/Contract - Zoë b Bold b & 'Co' =HYPERLINK\( x \) - Spring glow\.docx$/);
  });

  it('never overwrites: a second contract gets a new name; the first draft date stays', async () => {
    const { ws, member } = await pilotWithCreator();
    const first = await ws.ok('contracts.generate', { memberId: member.id });
    const second = await ws.ok('contracts.generate', { memberId: member.id });
    expect(second.path).toBe(join(ws.dir, 'exports', 'Contract - Maya Chen - Spring glow (2).docx'));
    expect(existsSync(first.path as string)).toBe(true);
    const [contract] = await ws.ok('contracts.list', { pilotId: member.pilotId });
    expect(contract).toMatchObject({ status: 'draft', filePath: second.path });
    expect(contract?.draft.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('uses the approved template the user saved, and goes back to the built-in one', async () => {
    const { ws, member } = await pilotWithCreator();
    const builtIn = await ws.ok('contracts.template', {});
    expect(builtIn.builtIn).toBe(true);
    const saved = await ws.ok('contracts.template', {
      text: '# Deal for {{creatorName}}\n\n## Rights\n- Usage: {{ usageRightsDays }} days\n- Code: {{discountCode}}',
    });
    expect(saved).toMatchObject({ builtIn: false });
    const result = await ws.ok('contracts.generate', { memberId: member.id });
    const text = docxText(result.path as string);
    expect(text).toBe('Deal for Maya Chen\nRights\n• Usage: 30 days\n• Code: MAYA15\n');
    const bad = await ws.call('contracts.template', { text: 'Hi {{nickname}}' });
    if (bad.ok) throw new Error('unknown placeholder accepted');
    expect(bad.error.field).toBe('text');
    expect(bad.error.message).toContain('{{nickname}}');
    expect((await ws.ok('contracts.template', { text: null })).builtIn).toBe(true);
  });
});

describe('with codes and links from the tracking assets', () => {
  it('the contract and brief carry the generated code and the tracked link', async () => {
    const { ws, pilot, member } = await pilotWithCreator({ discountCode: null, landingUrl: null });
    await ws.ok('assets.setSettings', {
      pilotId: pilot.id,
      codePattern: '{HANDLE}{DISCOUNT}',
      discountValue: '15',
      landingUrl: 'https://lumen.example/glow',
    });
    await ws.ok('assets.generateCodes', { pilotId: pilot.id });
    await ws.ok('assets.buildLinks', { pilotId: pilot.id });
    const { discountCode, landingUrl } = (await ws.ok('creators.list', { pilotId: pilot.id }))[0] ?? {};
    expect(discountCode).toBeTruthy();
    expect(landingUrl).toContain('utm_');
    const contract = await ws.ok('contracts.generate', { memberId: member.id });
    const text = docxText(contract.path as string);
    expect(text).toContain(`discount code ${discountCode}`);
    // The link's & is escaped in the XML and comes back literal.
    expect(text).toContain(`tracked link ${landingUrl}`);
    const brief = await ws.ok('briefs.generate', { memberId: member.id, format: 'html' });
    expect(brief.missing.map((m) => m.field)).not.toContain('trackedLink');
  });
});
