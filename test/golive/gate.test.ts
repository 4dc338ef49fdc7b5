import { describe, expect, it } from 'vitest';
import { goLiveWorkspace } from './golive-workspace';

const stageOf = async (ws: Awaited<ReturnType<typeof goLiveWorkspace>>, id: number) =>
  (await ws.ok('creators.list', { pilotId: ws.pilot.id })).find((c) => c.id === id)?.stage;

describe('the go-live gate', () => {
  it('refuses a move to live at each missing step, naming what is missing, until all are met', async () => {
    const ws = await goLiveWorkspace('both');
    const maya = await ws.add('Maya');
    const move = () => ws.call('sourcing.move', { pilotId: ws.pilot.id, memberIds: [maya.id], stage: 'live' });
    const refusal = async () => {
      const res = await move();
      if (res.ok) throw new Error('the move went through');
      expect(res.error.field).toBe('stage');
      expect(await stageOf(ws, maya.id)).toBe('contracted');
      return res.error.issues?.map((i) => i.message);
    };
    const movesBefore = ws.session.db.prepare('SELECT count(*) FROM stage_moves').pluck().get();

    expect(await refusal()).toEqual([
      'Maya: Contract not signed (status: no contract yet); No discount code; No tracked link; Content not approved: No content recorded yet',
    ]);
    await ws.steps.contractSent(maya.id);
    expect((await refusal())?.[0]).toMatch(/^Maya: Contract not signed \(status: sent\); No discount code/);
    await ws.steps.contractSigned(maya.id);
    expect((await refusal())?.[0]).toBe(
      'Maya: No discount code; No tracked link; Content not approved: No content recorded yet',
    );
    await ws.steps.code(maya.id);
    expect((await refusal())?.[0]).toBe('Maya: No tracked link; Content not approved: No content recorded yet');
    await ws.steps.link(maya.id);
    const saved = await ws.steps.post(maya.id);
    expect((await refusal())?.[0]).toBe('Maya: Content not approved: No post approved yet (1 post to review)');
    await ws.ok('posts.review', { id: saved.post.id, decision: 'request_changes', comment: 'Move #ad up' });
    expect((await refusal())?.[0]).toBe('Maya: Content not approved: 1 post awaits changes');
    expect(ws.session.db.prepare('SELECT count(*) FROM stage_moves').pluck().get()).toBe(movesBefore);

    await ws.steps.approve(saved.post.id);
    expect((await ws.ok('golive.check', { pilotId: ws.pilot.id }))[0]).toEqual({
      memberId: maya.id,
      name: 'Maya',
      stage: 'contracted',
      problems: [],
    });
    const moved = await move();
    expect(moved).toMatchObject({ ok: true, data: { moved: 1 } });
    expect(await stageOf(ws, maya.id)).toBe('live');
  });

  it('refuses the whole move when one member is not ready, and names only the blocked', async () => {
    const ws = await goLiveWorkspace('code');
    const ready = await ws.add('Ready');
    const blocked = await ws.add('Blocked');
    const { ok, pilot } = ws;
    await ws.steps.contractSigned(ready.id);
    await ws.steps.code(ready.id);
    const post = await ws.steps.post(ready.id);
    await ws.steps.approve(post.post.id);
    await ws.steps.contractSigned(blocked.id);
    await ws.steps.code(blocked.id);

    const res = await ws.call('sourcing.move', { pilotId: pilot.id, memberIds: [ready.id, blocked.id], stage: 'live' });
    expect(res).toMatchObject({ ok: false, error: { code: 'conflict', field: 'stage' } });
    if (res.ok) return;
    // The pilot credits by code only: no link is asked for.
    expect(res.error.issues).toEqual([
      { field: 'stage', message: 'Blocked: Content not approved: No content recorded yet' },
    ]);
    expect(res.error.message).toMatch(/^Blocked cannot be marked live yet/);
    expect(await stageOf(ws, ready.id)).toBe('contracted');
    expect((await ok('golive.check', { pilotId: pilot.id })).map((c) => [c.name, c.problems.length])).toEqual([
      ['Blocked', 1],
      ['Ready', 0],
    ]);
    // Moving back out of live or within it is not gated.
    await ok('sourcing.move', { pilotId: pilot.id, memberIds: [ready.id], stage: 'live' });
    expect((await ok('sourcing.move', { pilotId: pilot.id, memberIds: [ready.id], stage: 'live' })).unchanged).toBe(1);
  });

  it('asks for the link only when the pilot credits by link', async () => {
    const ws = await goLiveWorkspace('link');
    const leo = await ws.add('Leo');
    await ws.steps.contractSigned(leo.id);
    const [check] = await ws.ok('golive.check', { pilotId: ws.pilot.id });
    expect(check?.problems).toEqual([
      { step: 'link', message: 'No tracked link' },
      { step: 'content', message: 'Content not approved: No content recorded yet' },
    ]);
  });

  it('gates creators.add and creators.update to live, and leaves an already-live member editable', async () => {
    const ws = await goLiveWorkspace('code');
    const added = await ws.call('creators.add', {
      pilotId: ws.pilot.id,
      name: 'Nia',
      handles: [{ platform: 'instagram', handle: 'nia' }],
      stage: 'live',
    });
    expect(added).toMatchObject({ ok: false, error: { field: 'stage' } });
    if (!added.ok) expect(added.error.issues?.[0]?.message).toMatch(/^Nia: Contract not signed/);
    expect(await ws.ok('creators.list', { pilotId: ws.pilot.id })).toEqual([]);

    const nia = await ws.add('Nia');
    const update = (extra: Record<string, unknown>) =>
      ws.call('creators.update', {
        id: nia.id,
        name: 'Nia',
        handles: [{ platform: 'instagram', handle: 'nia' }],
        stage: 'live',
        discountCode: 'NIA15',
        ...extra,
      });
    const refused = await update({});
    expect(refused).toMatchObject({ ok: false, error: { field: 'stage' } });
    // The code sent with the refused update was not kept either.
    expect((await ws.ok('creators.list', { pilotId: ws.pilot.id }))[0]).toMatchObject({
      stage: 'contracted',
      discountCode: null,
    });

    await ws.steps.contractSigned(nia.id);
    const post = await ws.steps.post(nia.id);
    await ws.steps.approve(post.post.id);
    // The code comes with the update itself: the gate reads the member as the update leaves them.
    expect(await update({})).toMatchObject({ ok: true, data: { stage: 'live', discountCode: 'NIA15' } });
    await ws.ok('posts.review', { id: post.post.id, decision: 'request_changes', comment: 'Fix caption' });
    expect(await update({ name: 'Nia R.' })).toMatchObject({ ok: true, data: { name: 'Nia R.' } });
  });
});
