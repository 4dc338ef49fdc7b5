import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readEml } from './eml-reader';
import { numbered, outreachPilot } from './outreach-pilot';

beforeEach(() => {
  vi.stubEnv('PILOTDESK_USER', 'Robin');
});
afterEach(() => {
  vi.unstubAllEnvs();
});

const INJECTION = '=HYPERLINK("http://evil.example","click") Smith';

describe('outreach preview', () => {
  it("renders each member's message from their profile, fit, the local version and the sender", async () => {
    const ws = await outreachPilot([
      { name: 'Ana María López', handle: 'ana.cooks', followers: 12_500 },
      { name: 'Ben', handle: 'ben', email: null, followers: 500 },
    ]);
    await ws.ok('outreach.setSettings', { dailyCap: 50, senderName: 'Robin Vogel', senderEmail: null });
    const de = await ws.ok('templates.saveLocalVersion', {
      templateId: ws.template.id,
      name: 'Germany',
      language: 'Deutsch',
      variables: { storeLink: 'https://fernleaf.example/de' },
    });
    const [ana, ben] = ws.memberIds as [number, number];
    const preview = await ws.ok('outreach.preview', {
      pilotId: ws.pilot.id,
      templateId: ws.template.id,
      localVersionId: de.id,
      deadline: '2026-12-14',
      memberIds: [ben, ana],
    });
    expect(preview.map((m) => [m.memberId, m.name, m.to])).toEqual([
      [ben, 'Ben', null],
      [ana, 'Ana María López', 'ana.cooks@example.com'],
    ]);
    const [forBen, forAna] = preview as [(typeof preview)[0], (typeof preview)[0]];
    expect(forAna.subject).toBe('Ana, a paid pilot with Fernleaf');
    expect(forAna.parts.whyYou).toBe('Hi Ana, we found you as @ana.cooks on Instagram: 12.5K followers.');
    expect(forAna.parts.offer).toBe(
      'Free product and 10% commission on every sale. Shop here: https://fernleaf.example/de',
    );
    expect(forAna.parts.nextStep).toBe('Reply by 14 December 2026 and we send the brief. Robin Vogel');
    expect(forAna.body).toBe([forAna.parts.whyYou, forAna.parts.offer, forAna.parts.nextStep].join('\n\n'));
    expect(forAna.missing).toEqual([]);
    // 500 followers meets no criterion: nothing to say why they fit, and it is named.
    expect(forBen.missing).toEqual(['whyFit']);
    expect(forBen.parts.whyYou).toContain(': [whyFit].');

    const other = await ws.ok('pilots.create', {
      name: 'Other',
      currency: 'EUR',
      startDate: '2026-03-01',
      endDate: '2026-04-30',
    });
    const stranger = await ws.call('outreach.preview', {
      pilotId: other.id,
      templateId: ws.template.id,
      memberIds: [ana],
    });
    expect(stranger.ok ? null : stranger.error.field).toBe('memberIds');
    const wrongVersion = await ws.call('outreach.preview', {
      pilotId: ws.pilot.id,
      templateId: ws.template.id,
      localVersionId: 999,
      memberIds: [ana],
    });
    expect(wrongVersion.ok ? null : wrongVersion.error.field).toBe('localVersionId');
  });
});

describe('outreach batch export', () => {
  it('writes a CSV for mail merge, neutralised, leaving out who cannot be sent, and logs the rest as contacted', async () => {
    const ws = await outreachPilot([
      { name: 'Ana López', handle: 'ana' },
      { name: INJECTION, handle: 'evil' },
      { name: 'No Mail', handle: 'nomail', email: null },
      { name: 'Small', handle: 'small', followers: 500 },
      { name: 'Gone', handle: 'gone', stage: 'declined' },
      { name: 'Talking', handle: 'talking', stage: 'negotiating' },
    ]);
    const [ana, evil, nomail, small, gone, talking] = ws.memberIds as number[];
    await ws.ok('outreach.setSettings', { dailyCap: 50, senderName: 'Robin', senderEmail: null });
    const result = await ws.ok('outreach.exportBatch', {
      pilotId: ws.pilot.id,
      templateId: ws.template.id,
      deadline: '2026-12-14',
      memberIds: ws.memberIds,
      format: 'csv',
      followUpDate: '2026-12-10',
    });
    expect(result.written).toBe(3);
    expect(result.capLeft).toBe(47);
    expect(result.leftOut).toEqual([
      { memberId: nomail, name: 'No Mail', reason: 'no email' },
      { memberId: small, name: 'Small', reason: 'missing whyFit' },
      { memberId: gone, name: 'Gone', reason: 'declined' },
    ]);
    expect(dirname(result.path)).toBe(join(ws.dir, 'exports'));
    expect(result.path).toMatch(/Outreach Spring Glow \d{4}-\d{2}-\d{2}\.csv$/);

    const text = readFileSync(result.path, 'utf8');
    expect(text.startsWith('\ufeff')).toBe(true);
    const parsed = Papa.parse<string[]>(text.slice(1).trimEnd(), { newline: '\r\n' });
    const [header, ...rows] = parsed.data as string[][];
    expect(header).toEqual(['email', 'name', 'handle', 'platform', 'subject', 'why_you', 'offer', 'next_step', 'body']);
    expect(rows.map((r) => r.slice(0, 4))).toEqual([
      ['ana@example.com', 'Ana López', 'ana', 'Instagram'],
      ['evil@example.com', `'${INJECTION}`, 'evil', 'Instagram'],
      ['talking@example.com', 'Talking', 'talking', 'Instagram'],
    ]);
    const preview = await ws.ok('outreach.preview', {
      pilotId: ws.pilot.id,
      templateId: ws.template.id,
      deadline: '2026-12-14',
      memberIds: [ana as number, evil as number],
    });
    expect(rows[0]?.slice(4)).toEqual([
      preview[0]?.subject,
      preview[0]?.parts.whyYou,
      preview[0]?.parts.offer,
      preview[0]?.parts.nextStep,
      preview[0]?.body,
    ]);
    // The subject of the injected name starts with it too, and is neutralised the same way.
    expect(rows[1]?.[4]).toBe(`'${preview[1]?.subject}`);

    const members = await ws.ok('creators.list', { pilotId: ws.pilot.id });
    const stage = (id: number | undefined) => members.find((m) => m.id === id)?.stage;
    expect([ana, evil, talking, nomail, small, gone].map(stage)).toEqual([
      'contacted',
      'contacted',
      'negotiating',
      'shortlist',
      'shortlist',
      'declined',
    ]);
    const log = await ws.ok('outreach.contacts', { memberId: ana as number });
    expect(log).toEqual([
      expect.objectContaining({
        kind: 'sent',
        by: 'Robin',
        channel: 'email',
        templateId: ws.template.id,
        followUpDate: '2026-12-10',
      }),
    ]);
    expect(await ws.ok('outreach.contacts', { memberId: nomail as number })).toEqual([]);
    const due = await ws.ok('outreach.due', { pilotId: ws.pilot.id, date: '2026-12-10' });
    expect(due.map((d) => d.memberId)).toEqual(
      [ana, talking, evil].sort((a, b) => {
        const name = (id: number | undefined) => members.find((m) => m.id === id)?.name ?? '';
        return name(a).localeCompare(name(b));
      }),
    );
  });

  it('writes one .eml draft per creator that a mail app reads back', async () => {
    const ws = await outreachPilot([
      { name: 'Zoë Müller', handle: 'zoe' },
      { name: 'Ana López', handle: 'ana' },
    ]);
    await ws.ok('outreach.setSettings', {
      dailyCap: 50,
      senderName: 'Robin Vögel',
      senderEmail: 'robin@agency.example',
    });
    const long = `${'A long offer line that goes on and on, '.repeat(4)}with a = sign and ümlauts at the end `;
    const template = await ws.ok('templates.save', {
      name: 'Long',
      subject: '{{firstName}}, a paid pilot with Fernleaf',
      whyYou: 'Hi {{firstName}} — {{whyFit}}.',
      offer: `${long}{{offer}}`,
      nextStep: 'Reply by {{deadline}}.\nThanks,\n{{senderName}}',
      variables: { offer: 'Free product.' },
      localVariables: [],
    });
    const input = {
      pilotId: ws.pilot.id,
      templateId: template.id,
      deadline: '2026-12-14',
      memberIds: ws.memberIds,
      format: 'eml' as const,
    };
    const result = await ws.ok('outreach.exportBatch', input);
    expect(result.written).toBe(2);
    expect(result.path).toMatch(/exports[/\\]Outreach Spring Glow \d{4}-\d{2}-\d{2}$/);
    expect(readdirSync(result.path).sort()).toEqual(['Ana López.eml', 'Zoë Müller.eml']);
    const { format: _eml, ...messageFor } = input;
    const preview = await ws.ok('outreach.preview', messageFor);

    const raw = readFileSync(join(result.path, 'Zoë Müller.eml'), 'utf8');
    expect(raw).not.toMatch(/[^\r]\n/);
    for (const line of raw.split('\r\n')) expect(line.length).toBeLessThanOrEqual(76);
    expect(raw).toMatch(/^[\x20-\x7e\r\n]*$/);
    const eml = readEml(raw);
    expect(eml.headers.get('to')).toBe('Zoë Müller <zoe@example.com>');
    expect(eml.headers.get('from')).toBe('Robin Vögel <robin@agency.example>');
    expect(eml.headers.get('subject')).toBe('Zoë, a paid pilot with Fernleaf');
    expect(eml.rawHeaders).toMatch(/^Subject: =\?UTF-8\?B\?/m);
    expect(eml.headers.get('mime-version')).toBe('1.0');
    expect(eml.headers.get('content-type')).toBe('text/plain; charset=UTF-8');
    expect(eml.headers.get('x-unsent')).toBe('1');
    expect(Date.parse(eml.headers.get('date') ?? '')).not.toBeNaN();
    expect(eml.body).toBe(preview[0]?.body);

    const ana = readEml(readFileSync(join(result.path, 'Ana López.eml'), 'utf8'));
    expect(ana.headers.get('subject')).toBe('Ana, a paid pilot with Fernleaf');
    expect(ana.body).toBe(preview[1]?.body);

    // The same batch again makes a new folder beside it, never writing into the first.
    await ws.ok('outreach.setSettings', { dailyCap: 50, senderName: 'Robin', senderEmail: null });
    const again = await ws.ok('outreach.exportBatch', input);
    expect(again.path).toBe(`${result.path} (2)`);
    expect(readEml(readFileSync(join(again.path, 'Ana López.eml'), 'utf8')).headers.has('from')).toBe(false);
  });

  it('keeps to the daily send cap: the rest are left out, and a full day refuses', async () => {
    const ws = await outreachPilot(numbered(8));
    await ws.ok('outreach.setSettings', { dailyCap: 3, senderName: 'Robin', senderEmail: null });
    const input = {
      pilotId: ws.pilot.id,
      templateId: ws.template.id,
      deadline: '2026-12-14',
      memberIds: ws.memberIds.slice(0, 5),
      format: 'csv' as const,
    };
    const first = await ws.ok('outreach.exportBatch', input);
    expect(first.written).toBe(3);
    expect(first.capLeft).toBe(0);
    expect(first.leftOut.map((l) => [l.name, l.reason])).toEqual([
      ['Creator 4', "over today's send cap of 3 (0 sent today); export them tomorrow"],
      ['Creator 5', "over today's send cap of 3 (0 sent today); export them tomorrow"],
    ]);
    const exports = join(ws.dir, 'exports');
    expect(readdirSync(exports)).toHaveLength(1);

    const second = await ws.call('outreach.exportBatch', { ...input, memberIds: ws.memberIds.slice(3) });
    expect(second.ok).toBe(false);
    if (!second.ok) expect(second.error.message).toContain("Creator 4: over today's send cap of 3 (3 sent today)");
    expect(readdirSync(exports)).toHaveLength(1);
    expect(await ws.ok('outreach.settings', {})).toMatchObject({ dailyCap: 3, sentToday: 3 });

    // The cap is per user: someone else at the same workspace has their own.
    vi.stubEnv('PILOTDESK_USER', 'Kim');
    await ws.ok('outreach.setSettings', { dailyCap: 50, senderName: 'Kim', senderEmail: null });
    const kim = await ws.ok('outreach.exportBatch', { ...input, memberIds: ws.memberIds.slice(3) });
    expect(kim).toMatchObject({ written: 5, capLeft: 45, leftOut: [] });
  });

  it('refuses a batch with nothing to send, naming why, and writes no file', async () => {
    const ws = await outreachPilot([{ name: 'Ana', handle: 'ana' }]);
    const r = await ws.call('outreach.exportBatch', {
      pilotId: ws.pilot.id,
      templateId: ws.template.id,
      memberIds: ws.memberIds,
      format: 'eml',
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toBe('Nothing to export: Ana: missing deadline, senderName');
    expect(() => readdirSync(join(ws.dir, 'exports'))).toThrow();
    const bad: [Record<string, unknown>, string][] = [
      [{ format: 'pdf' }, 'format'],
      [{ memberIds: [] }, 'memberIds'],
      [{ deadline: '14/12/2026' }, 'deadline'],
      [{ followUpDate: 'soon' }, 'followUpDate'],
      [{ templateId: 999 }, 'templateId'],
    ];
    for (const [change, field] of bad) {
      const res = await ws.call('outreach.exportBatch', {
        pilotId: ws.pilot.id,
        templateId: ws.template.id,
        deadline: '2026-12-14',
        memberIds: ws.memberIds,
        format: 'csv',
        ...change,
      });
      expect(res.ok ? null : res.error.field, JSON.stringify(change)).toBe(field);
    }
    expect(await ws.ok('outreach.contacts', { memberId: ws.memberIds[0] as number })).toEqual([]);
  });
});
