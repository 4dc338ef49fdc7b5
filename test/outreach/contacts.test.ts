import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sentToday } from '../../src/main/core/outreach/settings';
import { addDays } from '../../src/shared/dates';
import { DEFAULT_DAILY_SEND_CAP } from '../../src/shared/outreach';
import { outreachPilot } from './outreach-pilot';

beforeEach(() => {
  vi.stubEnv('PILOTDESK_USER', 'Robin');
});
afterEach(() => {
  vi.unstubAllEnvs();
});

const stageOf = async (ws: Awaited<ReturnType<typeof outreachPilot>>, memberId: number) =>
  (await ws.ok('creators.list', { pilotId: ws.pilot.id })).find((m) => m.id === memberId)?.stage;

describe('the contact log', () => {
  it('logs a send: contacted, a follow-up three days on, and the stage moved', async () => {
    const ws = await outreachPilot([{ name: 'Ana López', handle: 'ana' }]);
    const [ana] = ws.memberIds as [number];
    const sent = await ws.ok('outreach.logContact', {
      memberId: ana,
      kind: 'sent',
      at: '2026-03-02T09:00:00Z',
      channel: 'Instagram DM',
    });
    expect(sent).toMatchObject({ memberId: ana, kind: 'sent', by: 'Robin', channel: 'Instagram DM' });
    expect(sent.at).toBe('2026-03-02T09:00:00.000Z');
    // Three days on from the send's local calendar day.
    const sentAt = new Date(sent.at);
    const localDay = `${sentAt.getFullYear()}-${String(sentAt.getMonth() + 1).padStart(2, '0')}-${String(sentAt.getDate()).padStart(2, '0')}`;
    expect(sent.followUpDate).toBe(addDays(localDay, 3));
    expect(await stageOf(ws, ana)).toBe('contacted');
    const log = await ws.ok('sourcing.log', { pilotId: ws.pilot.id });
    const moves = log.filter((e) => e.to === 'contacted');
    expect(moves.map((e) => [e.memberId, e.from, e.to, e.by, e.reason])).toEqual([
      [ana, 'shortlist', 'contacted', 'Robin', 'Outreach sent'],
    ]);
    const due = await ws.ok('outreach.due', { date: sent.followUpDate ?? '' });
    expect(due.map((d) => d.memberId)).toEqual([ana]);
  });

  it('logs a reply that clears the follow-up, and a note that keeps it; newest first', async () => {
    const ws = await outreachPilot([{ name: 'Ana López', handle: 'ana', stage: 'negotiating' }]);
    const [ana] = ws.memberIds as [number];
    await ws.ok('outreach.logContact', {
      memberId: ana,
      kind: 'sent',
      at: '2026-03-02T09:00:00Z',
      followUpDate: '2026-03-06',
    });
    await ws.ok('outreach.logContact', {
      memberId: ana,
      kind: 'note',
      at: '2026-03-03T09:00:00Z',
      note: 'Called, no answer',
    });
    expect((await ws.ok('outreach.due', { date: '2026-03-06' })).map((d) => d.memberId)).toEqual([ana]);
    const reply = await ws.ok('outreach.logContact', {
      memberId: ana,
      kind: 'reply',
      at: '2026-03-04T15:30:00+01:00',
      note: 'Interested, wants the brief',
    });
    expect(reply).toMatchObject({ kind: 'reply', at: '2026-03-04T14:30:00.000Z', followUpDate: null });
    expect(await ws.ok('outreach.due', { date: '2026-12-31' })).toEqual([]);
    // A later stage stays where it is when a message is logged.
    expect(await stageOf(ws, ana)).toBe('negotiating');
    const log = await ws.ok('outreach.contacts', { memberId: ana });
    expect(log.map((c) => [c.kind, c.followUpDate, c.note])).toEqual([
      ['reply', null, 'Interested, wants the brief'],
      ['note', null, 'Called, no answer'],
      ['sent', '2026-03-06', null],
    ]);
    const board = await ws.ok('sourcing.board', { pilotId: ws.pilot.id });
    expect(board.prospects[0]).toMatchObject({ replied: true, followUpDate: null });
  });

  it("lists what is due: today's and overdue ones oldest first, never future, declined or completed", async () => {
    const ws = await outreachPilot([
      { name: 'Due Today', handle: 'today' },
      { name: 'Overdue', handle: 'late' },
      { name: 'Future', handle: 'future' },
      { name: 'Declined', handle: 'declined', stage: 'declined' },
      { name: 'Completed', handle: 'done', stage: 'completed' },
    ]);
    const [today, late, future, declined, done] = ws.memberIds as number[];
    const dates: [number | undefined, string][] = [
      [today, '2026-03-10'],
      [late, '2026-03-07'],
      [future, '2026-03-11'],
      [declined, '2026-03-01'],
      [done, '2026-03-01'],
    ];
    for (const [memberId, followUpDate] of dates) {
      await ws.ok('outreach.logContact', { memberId: memberId as number, kind: 'note', followUpDate });
    }
    const due = await ws.ok('outreach.due', { date: '2026-03-10' });
    expect(due.map((d) => [d.name, d.handle, d.followUpDate, d.overdueDays, d.pilotName])).toEqual([
      ['Overdue', '@late', '2026-03-07', 3, 'Spring Glow'],
      ['Due Today', '@today', '2026-03-10', 0, 'Spring Glow'],
    ]);
    expect(due[0]?.lastContactAt).not.toBeNull();
    expect(await ws.ok('outreach.due', { pilotId: ws.pilot.id, date: '2026-03-09' })).toHaveLength(1);
    const other = await ws.ok('pilots.create', {
      name: 'Other',
      currency: 'EUR',
      startDate: '2026-03-01',
      endDate: '2026-04-30',
    });
    expect(await ws.ok('outreach.due', { pilotId: other.id, date: '2026-03-10' })).toEqual([]);
  });

  it('refuses bad input naming the field', async () => {
    const ws = await outreachPilot([{ name: 'Ana', handle: 'ana' }]);
    const [ana] = ws.memberIds as [number];
    const cases: [string, Record<string, unknown>, string][] = [
      ['outreach.logContact', { memberId: 999, kind: 'sent' }, 'memberId'],
      ['outreach.logContact', { memberId: ana, kind: 'call' }, 'kind'],
      ['outreach.logContact', { memberId: ana, kind: 'note', followUpDate: '2026-02-30' }, 'followUpDate'],
      ['outreach.logContact', { memberId: ana, kind: 'note', at: 'yesterday' }, 'at'],
      ['outreach.contacts', { memberId: 999 }, 'memberId'],
      ['outreach.due', { date: '10/03/2026' }, 'date'],
      ['outreach.due', { pilotId: 999 }, 'pilotId'],
      ['outreach.setSettings', { dailyCap: 0 }, 'dailyCap'],
      ['outreach.setSettings', { dailyCap: 20, senderEmail: 'not an email' }, 'senderEmail'],
    ];
    for (const [method, input, field] of cases) {
      const r = await ws.call(method as 'outreach.due', input);
      expect(r.ok ? null : r.error.field, `${method} ${JSON.stringify(input)}`).toBe(field);
    }
    expect(await ws.ok('outreach.contacts', { memberId: ana })).toEqual([]);
  });
});

describe('outreach settings', () => {
  it('keeps a cap and sender per user, and counts their sends today', async () => {
    const ws = await outreachPilot([{ name: 'Ana', handle: 'ana' }]);
    expect(await ws.ok('outreach.settings', {})).toEqual({
      user: 'Robin',
      dailyCap: DEFAULT_DAILY_SEND_CAP,
      sentToday: 0,
      senderName: null,
      senderEmail: null,
    });
    await ws.ok('outreach.setSettings', {
      dailyCap: 20,
      senderName: 'Robin Vogel',
      senderEmail: 'robin@agency.example',
    });
    await ws.ok('outreach.logContact', { memberId: ws.memberIds[0] as number, kind: 'sent' });
    expect(await ws.ok('outreach.settings', {})).toMatchObject({
      dailyCap: 20,
      sentToday: 1,
      senderName: 'Robin Vogel',
    });
    vi.stubEnv('PILOTDESK_USER', 'Kim');
    expect(await ws.ok('outreach.settings', {})).toMatchObject({ user: 'Kim', dailyCap: 50, sentToday: 0 });
  });

  it("counts sends on the user's own calendar day, not UTC's", async () => {
    const ws = await outreachPilot([{ name: 'Ana', handle: 'ana' }]);
    vi.stubEnv('TZ', 'America/New_York');
    // 22:30 on 1 December in New York is already 2 December in UTC.
    await ws.ok('outreach.logContact', {
      memberId: ws.memberIds[0] as number,
      kind: 'sent',
      at: '2026-12-02T03:30:00Z',
    });
    const db = ws.session.db;
    expect(sentToday(db, 'Robin', new Date('2026-12-02T04:30:00Z'))).toBe(1); // 23:30 on 1 December there
    expect(sentToday(db, 'Robin', new Date('2026-12-02T05:30:00Z'))).toBe(0); // 00:30 on 2 December there
    expect(sentToday(db, 'Kim', new Date('2026-12-02T04:30:00Z'))).toBe(0);
  });
});
