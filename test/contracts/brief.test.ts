import { describe, expect, it } from 'vitest';
import { docxText, readDocx } from './docx-reader';
import { NASTY_NAME, pilotWithCreator } from './setup';

const FIELDS = {
  objective: 'Sell the Glow serum to first-time buyers',
  kpi: 'Net orders with code MAYA15',
  callToAction: 'Tap the link in my bio and use MAYA15 for 15% off',
  landingSteps: 'The link opens the Glow serum page with the offer shown',
  checkoutSteps: 'Add to bag, enter MAYA15 in "Discount code", pay',
  disclosures: 'Say "paid partnership with Lumen" in the first 3 seconds',
  hooks: ['Morning routine in 30 seconds', 'Before / after at day 14'],
  dos: ['Show the texture'],
  donts: ['Say it cures acne', ''],
  postingStart: '2026-03-05',
  postingEnd: '2026-03-20',
};

describe('briefs', () => {
  it('stores the pilot brief fields and reads them back', async () => {
    const { ws, pilot } = await pilotWithCreator();
    const empty = await ws.ok('briefs.settings', { pilotId: pilot.id });
    expect(empty).toMatchObject({ objective: null, hooks: [], postingStart: null });
    const saved = await ws.ok('briefs.settings', { pilotId: pilot.id, fields: FIELDS });
    expect(saved).toEqual({ pilotId: pilot.id, ...FIELDS, donts: ['Say it cures acne'] });
    expect(await ws.ok('briefs.settings', { pilotId: pilot.id })).toEqual(saved);
  });

  it('refuses a posting window outside the pilot or backwards, naming the field', async () => {
    const { ws, pilot } = await pilotWithCreator();
    const outside = await ws.call('briefs.settings', {
      pilotId: pilot.id,
      fields: { ...FIELDS, postingEnd: '2026-05-10' },
    });
    if (outside.ok) throw new Error('window outside the pilot accepted');
    expect(outside.error.field).toBe('fields.postingEnd');
    const backwards = await ws.call('briefs.settings', {
      pilotId: pilot.id,
      fields: { ...FIELDS, postingStart: '2026-03-20', postingEnd: '2026-03-05' },
    });
    if (backwards.ok) throw new Error('backwards window accepted');
    expect(backwards.error.field).toBe('fields.postingEnd');
  });

  it('writes a .docx brief with every field filled in', async () => {
    const { ws, pilot, member } = await pilotWithCreator();
    await ws.ok('briefs.settings', { pilotId: pilot.id, fields: FIELDS });
    const result = await ws.ok('briefs.generate', { memberId: member.id, format: 'docx' });
    expect(result.missing).toEqual([]);
    expect(result.path).toMatch(/Brief Spring glow - Maya Chen\.docx$/);
    const text = docxText(result.path as string);
    for (const expected of [
      FIELDS.objective,
      'The one KPI: Net orders with code MAYA15',
      FIELDS.callToAction,
      FIELDS.landingSteps,
      FIELDS.checkoutSteps,
      'MAYA15',
      'https://lumen.example/glow?utm_source=instagram&utm_content=mayaglows',
      'Instagram: turn on the Paid partnership label',
      FIELDS.disclosures,
      '• Morning routine in 30 seconds',
      '• Show the texture',
      '• Say it cures acne',
      '2026-03-05 to 2026-03-20',
    ]) {
      expect(text).toContain(expected);
    }
    expect(readDocx(result.path as string).get('word/document.xml')).toContain('<w:tbl>');
  });

  it('gives a printable HTML view with the same fields, escaped', async () => {
    const { ws, pilot, member } = await pilotWithCreator({ name: NASTY_NAME });
    await ws.ok('briefs.settings', { pilotId: pilot.id, fields: FIELDS });
    const result = await ws.ok('briefs.generate', { memberId: member.id, format: 'html' });
    expect(result.path).toBeNull();
    const html = result.html as string;
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<h2>Call to action (say it exactly)</h2>');
    expect(html).toContain('<li>Morning routine in 30 seconds</li>');
    expect(html).toContain('Add to bag, enter MAYA15 in &quot;Discount code&quot;, pay');
    expect(html).not.toContain('<b>');
    expect(html).toContain('Zoë &lt;b&gt;&quot;Bold&quot;&lt;/b&gt; &amp; &#39;Co&#39;');
  });

  it('names every brief field with no value', async () => {
    const { ws, member } = await pilotWithCreator({ discountCode: null });
    const result = await ws.ok('briefs.generate', { memberId: member.id, format: 'html' });
    expect(result.missing.map((m) => m.field)).toEqual([
      'postingWindow',
      'discountCode',
      'objective',
      'kpi',
      'callToAction',
      'landingSteps',
      'checkoutSteps',
      'hooks',
      'dos',
      'donts',
    ]);
    expect(result.html).toContain('[missing: call to action]');
  });
});
