import { describe, expect, it } from 'vitest';
import { prospectsOf } from '../../src/main/core/sourcing/board';
import { filterProspects } from '../../src/shared/prospect-filter';
import { sourcingWorkspace } from './sourcing-workspace';

describe('the sourcing board', () => {
  it('shows the last contact, the follow-up date and whether they replied', async () => {
    const ws = await sourcingWorkspace();
    const [a, b] = await ws.addMany(2);
    const db = ws.session.db;
    const contact = db.prepare('INSERT INTO contacts (pilot_creator_id, at, by_user, kind) VALUES (?, ?, ?, ?)');
    contact.run(a, '2026-03-02T09:00:00.000Z', 'Ana', 'sent');
    contact.run(a, '2026-03-04T10:00:00.000Z', 'Ana', 'reply');
    contact.run(b, '2026-03-03T09:00:00.000Z', 'Ana', 'sent');
    db.prepare('UPDATE pilot_creators SET follow_up_date = ? WHERE id = ?').run('2026-03-10', b);
    const board = await ws.ok('sourcing.board', { pilotId: ws.pilot.id });
    const byId = new Map(board.prospects.map((p) => [p.memberId, p]));
    expect(byId.get(a as number)).toMatchObject({
      lastContactAt: '2026-03-04T10:00:00.000Z',
      replied: true,
      followUpDate: null,
    });
    expect(byId.get(b as number)).toMatchObject({
      lastContactAt: '2026-03-03T09:00:00.000Z',
      replied: false,
      followUpDate: '2026-03-10',
    });
  });

  it('picks members by id in the order asked, and names one not in the pilot', async () => {
    const ws = await sourcingWorkspace();
    const [a, b, c] = (await ws.addMany(3)) as [number, number, number];
    expect(prospectsOf(ws.session.db, ws.pilot.id, [c, a]).map((p) => p.memberId)).toEqual([c, a]);
    expect(() => prospectsOf(ws.session.db, ws.pilot.id, [b, 9999])).toThrow(/9999/);
    expect(() => prospectsOf(ws.session.db, 9999)).toThrow(/No pilot/);
  });

  it('logs stage changes made on the creators screen too', async () => {
    const ws = await sourcingWorkspace();
    const added = await ws.ok('creators.add', {
      pilotId: ws.pilot.id,
      name: 'Rita',
      handles: [{ platform: 'instagram', handle: 'rita' }],
      stage: 'contacted',
    });
    await ws.ok('creators.update', {
      id: added.id,
      name: 'Rita',
      handles: [{ platform: 'instagram', handle: 'rita' }],
      stage: 'negotiating',
    });
    const log = await ws.ok('sourcing.log', { pilotId: ws.pilot.id, memberId: added.id });
    expect(log.map((e) => [e.from, e.to, e.by])).toEqual([
      ['contacted', 'negotiating', 'Ana Test'],
      [null, 'contacted', 'Ana Test'],
    ]);
    const board = await ws.ok('sourcing.board', { pilotId: ws.pilot.id });
    expect(board.prospects[0]?.stageChangedAt).toBe(log[0]?.at);
  });
});

describe('filterProspects', () => {
  it('filters by search, stage, score, platform, country, reviewer and follower band', async () => {
    const ws = await sourcingWorkspace();
    await ws.addProspect('maya.makes', {
      name: 'Maya Lin',
      email: 'maya@studio.de',
      followers: '12500',
      engagementRate: '4',
      city: 'Berlin',
      country: 'DE',
      categories: ['Skincare'],
    });
    await ws.addProspect('sam', {
      name: 'Sam Park',
      handles: [
        { platform: 'instagram', handle: 'sam' },
        { platform: 'tiktok', handle: 'sam.cooks' },
      ],
      followers: '80000',
      country: 'France',
      categories: ['food'],
    });
    const { memberId: noData } = await ws.addProspect('quiet');
    await ws.ok('sourcing.move', { pilotId: ws.pilot.id, memberIds: [noData], stage: 'shortlist' });
    await ws.ok('sourcing.assignReviewers', { pilotId: ws.pilot.id, memberIds: [noData], reviewers: ['Ben'] });
    const { prospects } = await ws.ok('sourcing.board', { pilotId: ws.pilot.id });
    const names = (f: Parameters<typeof filterProspects>[1]) =>
      filterProspects(prospects, f)
        .map((p) => p.profile.name)
        .sort();

    expect(names({})).toEqual(['Maya Lin', 'Sam Park', 'quiet']);
    expect(names({ search: '@SAM.c' })).toEqual(['Sam Park']);
    expect(names({ search: 'studio.de' })).toEqual(['Maya Lin']);
    expect(names({ search: 'berlin' })).toEqual(['Maya Lin']);
    expect(names({ search: 'skin' })).toEqual(['Maya Lin']);
    expect(names({ search: 'france' })).toEqual(['Sam Park']);
    expect(names({ stages: ['shortlist'] })).toEqual(['quiet']);
    expect(names({ stages: [] })).toHaveLength(3);
    expect(names({ platforms: ['tiktok'] })).toEqual(['Sam Park']);
    expect(names({ country: 'germany' })).toEqual(['Maya Lin']);
    expect(names({ country: 'FR' })).toEqual(['Sam Park']);
    expect(names({ reviewer: 'Ben' })).toEqual(['quiet']);
    expect(names({ reviewer: null })).toEqual(['Maya Lin', 'Sam Park']);
    expect(names({ minFollowers: 10_000, maxFollowers: 50_000 })).toEqual(['Maya Lin']);
    expect(names({ minFollowers: 50_000 })).toEqual(['Sam Park']);
    const best = prospects.reduce((m, p) => Math.max(m, p.fit.score), 0);
    expect(names({ minScore: best })).toEqual(['Maya Lin']);
    expect(names({ search: 'maya', stages: ['shortlist'] })).toEqual([]);
  });
});
