import { describe, expect, it } from 'vitest';
import { phaseOn, phases, weekOf } from '../../src/main/core/golive/timeline';
import { goLiveWorkspace } from './golive-workspace';

describe('the pilot timeline', () => {
  it('lays the phases out from the start date', () => {
    const list = phases('2026-03-01', '2026-03-20');
    expect(list.map((p) => [p.phase, p.start, p.end])).toEqual([
      ['sourcing', '2026-02-22', '2026-02-28'],
      ['launch', '2026-03-01', '2026-03-14'],
      ['measurement', '2026-03-15', '2026-03-28'],
      ['decision', '2026-03-29', '2026-04-04'],
    ]);
    // An eight-week pilot measures to its last day, then decides.
    const long = phases('2026-08-03', '2026-09-27');
    expect(long.slice(2).map((p) => [p.label, p.start, p.end])).toEqual([
      ['Weeks 3-8: measurement and bonus triggers', '2026-08-17', '2026-09-27'],
      ['Then: scale or stop', '2026-09-28', '2026-10-04'],
    ]);
    expect(list[0]?.label).toBe('Week 0: sourcing and outreach');
    expect(phaseOn(list, '2026-02-21')).toBeNull();
    expect(phaseOn(list, '2026-02-22')).toBe('sourcing');
    expect(phaseOn(list, '2026-03-14')).toBe('launch');
    expect(phaseOn(list, '2026-03-16')).toBe('measurement');
    expect(phaseOn(list, '2026-06-01')).toBe('decision');
    expect(weekOf('2026-03-05')).toEqual({ start: '2026-03-02', end: '2026-03-08' });
    expect(weekOf('2026-03-02')).toEqual({ start: '2026-03-02', end: '2026-03-08' });
    expect(weekOf('2026-03-08')).toEqual({ start: '2026-03-02', end: '2026-03-08' });
  });

  it('lists what is due in the week: sign-offs, follow-ups, unsigned contracts and who is not live yet', async () => {
    const ws = await goLiveWorkspace('code');
    const maya = await ws.add('Maya');
    const leo = await ws.add('Leo', { stage: 'contacted' });
    ws.session.db.prepare("UPDATE pilot_creators SET follow_up_date = '2020-01-06' WHERE id = ?").run(leo.id);
    const offs = (await ws.ok('signoffs.list', { pilotId: ws.pilot.id })).find((m) => m.memberId === maya.id);
    const briefDue = offs?.checkpoints[0]?.dueAt?.slice(0, 10) as string;

    const timeline = await ws.ok('timeline.get', { pilotId: ws.pilot.id, date: briefDue });
    expect(timeline).toMatchObject({
      startDate: '2026-03-01',
      endDate: '2026-03-31',
      phases: phases('2026-03-01', '2026-03-31'),
    });
    expect(timeline.week).toMatchObject({ date: briefDue, ...weekOf(briefDue) });
    expect(timeline.week.items.map((i) => [i.kind, i.name, i.due, i.detail])).toEqual([
      ['follow_up', 'Leo', '2020-01-06', 'Follow up: overdue since 2020-01-06'],
      ['signoff', 'Maya', briefDue, `Brief approved: due ${briefDue}`],
      ['contract', 'Maya', null, 'Contract not signed (status: no contract yet)'],
      [
        'go_live',
        'Maya',
        null,
        'Not live yet: Contract not signed (status: no contract yet); No discount code; Content not approved: No content recorded yet',
      ],
    ]);

    // The week before the follow-up (Monday 2020-01-06): only what has no date shows.
    const earlier = await ws.ok('timeline.get', { pilotId: ws.pilot.id, date: '2020-01-05' });
    expect(earlier.week.items.map((i) => i.kind)).toEqual(['contract', 'go_live']);
    const followUpWeek = await ws.ok('timeline.get', { pilotId: ws.pilot.id, date: '2020-01-06' });
    expect(followUpWeek.week.items[0]?.detail).toBe('Follow up: due 2020-01-06');
    expect(earlier.current).toBeNull();

    // Across pilots: a second pilot's member shows too; an archived pilot's do not.
    const other = await ws.ok('pilots.create', {
      name: 'Autumn',
      currency: 'USD',
      startDate: '2026-09-01',
      endDate: '2026-09-30',
    });
    await ws.ok('creators.add', {
      pilotId: other.id,
      name: 'Zed',
      handles: [{ platform: 'tiktok', handle: 'zed' }],
      stage: 'contracted',
    });
    const week = await ws.ok('timeline.week', { date: briefDue });
    expect(new Set(week.items.map((i) => i.pilotName))).toEqual(new Set(['Spring Glow', 'Autumn']));
    await ws.ok('pilots.archive', { id: other.id, archived: true });
    expect((await ws.ok('timeline.week', { date: briefDue })).items.some((i) => i.name === 'Zed')).toBe(false);
    expect(await ws.call('timeline.get', { pilotId: ws.pilot.id, date: '2026-13-01' })).toMatchObject({
      ok: false,
      error: { field: 'date' },
    });
  });
});
