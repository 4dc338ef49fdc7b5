import { describe, expect, it } from 'vitest';
import { STAGES } from '../../src/shared/entities';
import { DEFAULT_CRITERIA } from '../../src/shared/sourcing';
import { makeReady } from '../golive/golive-workspace';
import { sourcingWorkspace } from './sourcing-workspace';

describe('the pipeline of a pilot', () => {
  it('moves members in bulk as one logged step; those already there are unchanged', async () => {
    const ws = await sourcingWorkspace();
    const [a, b, c] = await ws.addMany(3);
    const first = await ws.ok('sourcing.move', { pilotId: ws.pilot.id, memberIds: [a, b], stage: 'shortlist' });
    expect(first).toMatchObject({ moved: 2, unchanged: 0, warnings: [] });
    const second = await ws.ok('sourcing.move', {
      pilotId: ws.pilot.id,
      memberIds: [a, b, c],
      stage: 'shortlist',
    });
    expect(second).toMatchObject({ moved: 1, unchanged: 2 });
    expect(second.moveId).toBeGreaterThan(first.moveId);

    const board = await ws.ok('sourcing.board', { pilotId: ws.pilot.id });
    expect(Object.keys(board.counts)).toEqual([...STAGES]);
    expect(board.counts).toMatchObject({ longlist: 0, shortlist: 3, contacted: 0, declined: 0 });

    const log = await ws.ok('sourcing.log', { pilotId: ws.pilot.id });
    const moves = log.filter((e) => e.from !== null);
    expect(moves.map((e) => [e.moveId, e.name, e.from, e.to])).toEqual([
      [second.moveId, 'p2', 'longlist', 'shortlist'],
      [first.moveId, 'p1', 'longlist', 'shortlist'],
      [first.moveId, 'p0', 'longlist', 'shortlist'],
    ]);
    expect(log.every((e) => e.by === 'Ana Test')).toBe(true);
    const mine = await ws.ok('sourcing.log', { pilotId: ws.pilot.id, memberId: c as number });
    expect(mine.map((e) => e.to)).toEqual(['shortlist', 'longlist']);
  });

  it('refuses a member of another pilot, naming memberIds, and moves no one', async () => {
    const ws = await sourcingWorkspace();
    const [a] = await ws.addMany(1);
    const other = await ws.ok('pilots.create', {
      name: 'Other',
      currency: 'EUR',
      startDate: '2026-03-01',
      endDate: '2026-04-30',
    });
    await ws.ok('profiles.save', {
      pilotId: other.id,
      name: 'Else',
      handles: [{ platform: 'tiktok', handle: 'else' }],
    });
    const theirs = (await ws.ok('sourcing.board', { pilotId: other.id })).prospects[0]?.memberId as number;
    const res = await ws.call('sourcing.move', { pilotId: ws.pilot.id, memberIds: [a, theirs], stage: 'shortlist' });
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.error.field).toBe('memberIds');
      expect(res.error.message).toContain(String(theirs));
    }
    expect((await ws.ok('sourcing.board', { pilotId: ws.pilot.id })).counts.shortlist).toBe(0);
    const noPilot = await ws.call('sourcing.board', { pilotId: 999 });
    expect(noPilot.ok || noPilot.error.field).toBe('pilotId');
  });

  it('declines only with a reason, keeps it, and clears it when they move on', async () => {
    const ws = await sourcingWorkspace();
    const [a] = await ws.addMany(1);
    const bare = await ws.call('sourcing.move', { pilotId: ws.pilot.id, memberIds: [a], stage: 'declined' });
    expect(bare.ok || bare.error.field).toBe('reason');
    const blank = await ws.call('sourcing.move', {
      pilotId: ws.pilot.id,
      memberIds: [a],
      stage: 'declined',
      reason: '   ',
    });
    expect(blank.ok || blank.error.field).toBe('reason');
    expect((await ws.ok('sourcing.board', { pilotId: ws.pilot.id })).counts.declined).toBe(0);

    await ws.ok('sourcing.move', { pilotId: ws.pilot.id, memberIds: [a], stage: 'declined', reason: 'Too busy' });
    let board = await ws.ok('sourcing.board', { pilotId: ws.pilot.id });
    expect(board.prospects[0]).toMatchObject({ stage: 'declined', declinedReason: 'Too busy' });
    const back = await ws.ok('sourcing.move', { pilotId: ws.pilot.id, memberIds: [a], stage: 'shortlist' });
    board = await ws.ok('sourcing.board', { pilotId: ws.pilot.id });
    expect(board.prospects[0]).toMatchObject({ stage: 'shortlist', declinedReason: null });
    // Undoing the move out of declined brings the reason back.
    await ws.ok('sourcing.undoMove', { moveId: back.moveId });
    board = await ws.ok('sourcing.board', { pilotId: ws.pilot.id });
    expect(board.prospects[0]).toMatchObject({ stage: 'declined', declinedReason: 'Too busy' });
  });

  it('undoes a move, leaving those moved again since and those it added', async () => {
    const ws = await sourcingWorkspace();
    const [a, b, c] = await ws.addMany(3);
    const move = await ws.ok('sourcing.move', { pilotId: ws.pilot.id, memberIds: [a, b, c], stage: 'shortlist' });
    await ws.ok('sourcing.move', { pilotId: ws.pilot.id, memberIds: [c], stage: 'contacted' });
    const undo = await ws.ok('sourcing.undoMove', { moveId: move.moveId });
    expect(undo).toMatchObject({ moved: 2, unchanged: 1, warnings: ['Left as they are, moved again since: p2'] });
    const stages = (await ws.ok('sourcing.board', { pilotId: ws.pilot.id })).prospects.map((p) => [
      p.profile.name,
      p.stage,
    ]);
    expect(stages.sort()).toEqual([
      ['p0', 'longlist'],
      ['p1', 'longlist'],
      ['p2', 'contacted'],
    ]);
    const log = await ws.ok('sourcing.log', { pilotId: ws.pilot.id });
    const undone = log.filter((e) => e.moveId === move.moveId);
    expect(undone.map((e) => [e.name, e.undoneAt !== null])).toEqual([
      ['p2', false],
      ['p1', true],
      ['p0', true],
    ]);
    expect(log.filter((e) => e.moveId === undo.moveId).map((e) => [e.name, e.from, e.to, e.reason])).toEqual([
      ['p1', 'shortlist', 'longlist', `Undo of move ${move.moveId}`],
      ['p0', 'shortlist', 'longlist', `Undo of move ${move.moveId}`],
    ]);

    const again = await ws.call('sourcing.undoMove', { moveId: undo.moveId + 100 });
    expect(again.ok || again.error.field).toBe('moveId');

    // A move that added a member to the pilot leaves them there, and says so.
    const entry = log.find((e) => e.name === 'p0' && e.from === null);
    const addUndo = await ws.ok('sourcing.undoMove', { moveId: entry?.moveId as number });
    expect(addUndo.moved).toBe(0);
    expect(addUndo.warnings[0]).toBe('Left on the longlist, as this move added them to the pilot: p0');
  });

  it('warns past the shortlist cap and past 50 signed-up creators', async () => {
    const ws = await sourcingWorkspace();
    const ids = await ws.addMany(77);
    const shortlist = ids.slice(0, 26);
    const contracted = ids.slice(26);
    const res = await ws.ok('sourcing.move', { pilotId: ws.pilot.id, memberIds: shortlist, stage: 'shortlist' });
    expect(res.warnings).toEqual(["The shortlist has 26 profiles, over this pilot's cap of 25"]);
    const signed = await ws.ok('sourcing.move', {
      pilotId: ws.pilot.id,
      memberIds: contracted.slice(0, 50),
      stage: 'contracted',
    });
    expect(signed.warnings).toHaveLength(1);
    // Going live passes the gate: contract signed, code and link, content approved (once past the longlist).
    await ws.ok('sourcing.move', { pilotId: ws.pilot.id, memberIds: [contracted[50] as number], stage: 'negotiating' });
    await makeReady(ws.ok, ws.pilot.id, contracted[50] as number);
    const over = await ws.ok('sourcing.move', {
      pilotId: ws.pilot.id,
      memberIds: [contracted[50] as number],
      stage: 'live',
    });
    expect(over.warnings).toEqual([
      "The shortlist has 26 profiles, over this pilot's cap of 25",
      'The pilot has 51 creators, over 50',
    ]);
    const board = await ws.ok('sourcing.setCriteria', {
      pilotId: ws.pilot.id,
      criteria: DEFAULT_CRITERIA,
      shortlistCap: 30,
    });
    expect(board.shortlistCap).toBe(30);
    expect(board.warnings).toEqual(['The pilot has 51 creators, over 50']);
    expect(board.counts).toMatchObject({ shortlist: 26, contracted: 50, live: 1, longlist: 0 });
  });

  it('gives reviewers groups of 25 in turn', async () => {
    const ws = await sourcingWorkspace();
    const ids = await ws.addMany(60);
    const order = [...ids].reverse();
    const groups = await ws.ok('sourcing.assignReviewers', {
      pilotId: ws.pilot.id,
      memberIds: order,
      reviewers: ['Ana', 'Ben'],
    });
    expect(groups.map((g) => [g.reviewer, g.memberIds.length])).toEqual([
      ['Ana', 25],
      ['Ben', 25],
      ['Ana', 10],
    ]);
    expect(groups.flatMap((g) => g.memberIds)).toEqual(order);
    const board = await ws.ok('sourcing.board', { pilotId: ws.pilot.id });
    const reviewerOf = new Map(board.prospects.map((p) => [p.memberId, p.reviewer]));
    expect(reviewerOf.get(order[0] as number)).toBe('Ana');
    expect(reviewerOf.get(order[25] as number)).toBe('Ben');
    expect(reviewerOf.get(order[59] as number)).toBe('Ana');
  });
});

describe('fit criteria', () => {
  it('stores criteria and rescores the board, best fit first, with explanations', async () => {
    const ws = await sourcingWorkspace();
    await ws.addProspect('small', { followers: '2000', engagementRate: '6', country: 'DE' });
    await ws.addProspect('right', { followers: '20000', engagementRate: '4.5', country: 'Germany' });
    await ws.addProspect('far', { followers: '20000', engagementRate: '1', country: 'FR' });
    let board = await ws.ok('sourcing.board', { pilotId: ws.pilot.id });
    expect(board.criteria).toEqual(DEFAULT_CRITERIA);
    expect(board.market).toBe('Germany');
    expect(board.prospects.map((p) => [p.profile.name, p.fit.score])).toEqual([
      // Categories want nothing by default, so the weights in play are 3 + 3 + 2 + 1 + 1 = 10.
      ['right', 80],
      ['small', 50],
      ['far', 30],
    ]);
    expect(board.prospects[0]?.fit.parts.map((p) => p.text)).toContain('Based in Germany; the market is Germany');
    board = await ws.ok('sourcing.setCriteria', {
      pilotId: ws.pilot.id,
      criteria: {
        ...DEFAULT_CRITERIA,
        followers: { weight: 0, min: 10_000, max: 50_000 },
        engagement: { weight: 10, minBp: 500 },
        region: { weight: 0, market: null },
      },
      shortlistCap: null,
    });
    expect(board.shortlistCap).toBe(25);
    expect(board.prospects.map((p) => p.profile.name)).toEqual(['small', 'far', 'right']);
    expect((await ws.ok('sourcing.board', { pilotId: ws.pilot.id })).criteria.engagement).toEqual({
      weight: 10,
      minBp: 500,
    });
  });

  it('names a bad weight and a follower band upside down', async () => {
    const ws = await sourcingWorkspace();
    const heavy = await ws.call('sourcing.setCriteria', {
      pilotId: ws.pilot.id,
      criteria: { ...DEFAULT_CRITERIA, engagement: { weight: 11, minBp: 300 } },
    });
    expect(heavy.ok || heavy.error.field).toBe('criteria.engagement.weight');
    const upside = await ws.call('sourcing.setCriteria', {
      pilotId: ws.pilot.id,
      criteria: { ...DEFAULT_CRITERIA, followers: { weight: 3, min: 50_000, max: 10_000 } },
    });
    expect(upside.ok || upside.error.field).toBe('criteria.followers.max');
    const board = await ws.ok('sourcing.board', { pilotId: ws.pilot.id });
    expect(board.criteria).toEqual(DEFAULT_CRITERIA);
  });
});
