import { describe, expect, it } from 'vitest';
import { goLiveWorkspace } from './golive-workspace';

const HOUR = 3_600_000;
const hoursBetween = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / HOUR;

describe('sign-offs', () => {
  it('runs the checkpoints in order: each due its SLA after the one before is signed off', async () => {
    const ws = await goLiveWorkspace('code');
    const prospect = await ws.add('Prospect', { stage: 'negotiating' });
    const maya = await ws.add('Maya');
    const contractedAt = ws.session.db
      .prepare('SELECT stage_changed_at FROM pilot_creators WHERE id = ?')
      .pluck()
      .get(maya.id) as string;

    const [mayaOffs, prospectOffs] = await ws.ok('signoffs.list', { pilotId: ws.pilot.id });
    expect(mayaOffs?.name).toBe('Maya');
    expect(prospectOffs?.checkpoints.every((c) => c.dueAt === null)).toBe(true);
    const [brief, tracking] = mayaOffs?.checkpoints ?? [];
    expect(brief).toMatchObject({ checkpoint: 'brief_approved', slaHours: 48, signedBy: null });
    expect(hoursBetween(contractedAt, brief?.dueAt as string)).toBe(48);
    expect(tracking?.dueAt).toBeNull(); // waits for the brief

    const signed = await ws.ok('signoffs.set', {
      memberId: maya.id,
      checkpoint: 'brief_approved',
      signed: true,
      note: 'Looks good',
    });
    const [b, t] = signed.checkpoints;
    expect(b).toMatchObject({ signedBy: 'Ana Test', note: 'Looks good', dueAt: null });
    expect(hoursBetween(b?.signedAt as string, t?.dueAt as string)).toBe(24);
    expect(prospect.stage).toBe('negotiating');

    const again = await ws.call('signoffs.set', { memberId: maya.id, checkpoint: 'brief_approved', signed: true });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict', field: 'checkpoint' } });
    if (!again.ok) expect(again.error.message).toMatch(/already signed off for Maya by Ana Test/);

    const cleared = await ws.ok('signoffs.set', {
      memberId: maya.id,
      checkpoint: 'brief_approved',
      signed: false,
      by: 'Ben',
    });
    expect(cleared.checkpoints[0]).toMatchObject({ signedBy: null, signedAt: null });
    expect(cleared.checkpoints[1]?.dueAt).toBeNull();
    const log = ws.session.db
      .prepare("SELECT action, detail FROM activity_log WHERE action LIKE 'signoffs.%' ORDER BY id")
      .all() as { action: string; detail: string }[];
    expect(log.map((l) => l.action)).toEqual(['signoffs.sign', 'signoffs.clear']);
    expect(JSON.parse(log[1]?.detail ?? '{}')).toMatchObject({ checkpoint: 'brief_approved', by: 'Ben' });
    expect(
      await ws.call('signoffs.set', { memberId: maya.id, checkpoint: 'brief_approved', signed: false }),
    ).toMatchObject({ ok: false, error: { field: 'signed' } });
  });

  it('refuses contract, content and tracking sign-offs the facts disagree with, saying why', async () => {
    const ws = await goLiveWorkspace('code');
    const maya = await ws.add('Maya');
    const sign = (checkpoint: 'contract_signed' | 'content_approved' | 'tracking_set_up') =>
      ws.call('signoffs.set', { memberId: maya.id, checkpoint, signed: true });
    const message = async (checkpoint: Parameters<typeof sign>[0]) => {
      const res = await sign(checkpoint);
      return res.ok ? 'signed' : res.error.message;
    };
    await ws.steps.contractSent(maya.id);
    expect(await message('contract_signed')).toBe(
      'Contract signed (legal) cannot be signed off for Maya: Contract not signed (status: sent)',
    );
    const post = await ws.steps.post(maya.id);
    await ws.ok('posts.review', { id: post.post.id, decision: 'request_changes', comment: 'Disclose first' });
    expect(await message('content_approved')).toBe(
      'Draft content approved cannot be signed off for Maya: Content not approved: 1 post awaits changes',
    );
    expect(await message('tracking_set_up')).toBe(
      'Tracking set up cannot be signed off for Maya: Tracking not set up: No discount code',
    );
    await ws.steps.contractSigned(maya.id);
    await ws.steps.approve(post.post.id);
    await ws.steps.code(maya.id);
    expect(await message('contract_signed')).toBe('signed');
    expect(await message('content_approved')).toBe('signed');
    expect(await message('tracking_set_up')).toBe('signed');
    const held = async () =>
      (await ws.ok('signoffs.list', { pilotId: ws.pilot.id }))[0]?.checkpoints
        .filter((c) => c.noLongerHolds !== null)
        .map((c) => [c.checkpoint, c.noLongerHolds]);
    expect(await held()).toEqual([]);

    // The approved caption edited: the sign-off stays, and says its fact no longer holds.
    await ws.ok('posts.save', {
      id: post.post.id,
      url: post.post.url,
      platform: 'instagram',
      format: 'reel',
      caption: 'Loving it, code inside #ad',
    });
    expect(await held()).toEqual([
      ['content_approved', 'Content not approved: No post approved yet (1 post to review)'],
    ]);
  });

  it('keeps an SLA per checkpoint per pilot and lists what is overdue across pilots', async () => {
    const ws = await goLiveWorkspace('code');
    expect((await ws.ok('signoffs.sla', { pilotId: ws.pilot.id })).hours).toEqual({
      brief_approved: 48,
      tracking_set_up: 24,
      content_approved: 48,
      contract_signed: 48,
      results_reviewed: 72,
    });
    const set = await ws.ok('signoffs.sla', { pilotId: ws.pilot.id, hours: { brief_approved: 12 } });
    expect(set.hours).toMatchObject({ brief_approved: 12, tracking_set_up: 24 });
    const bad = await ws.call('signoffs.sla', { pilotId: ws.pilot.id, hours: { contract_signed: 0 } });
    expect(bad).toMatchObject({ ok: false, error: { field: 'hours.contract_signed' } });
    expect(await ws.call('signoffs.sla', { pilotId: ws.pilot.id, hours: { legal: 3 } })).toMatchObject({
      ok: false,
    });

    const maya = await ws.add('Maya');
    expect(await ws.ok('signoffs.overdue', {})).toEqual([]);
    const later = new Date(Date.now() + 36 * 3_600_000).toISOString();
    const overdue = await ws.ok('signoffs.overdue', { at: later });
    expect(overdue).toHaveLength(1);
    expect(overdue[0]).toMatchObject({
      pilotName: 'Spring Glow',
      memberId: maya.id,
      name: 'Maya',
      checkpoint: 'brief_approved',
      hoursOverdue: 24,
    });
    expect(await ws.call('signoffs.overdue', { at: 'tomorrow' })).toMatchObject({ ok: false, error: { field: 'at' } });

    // Archived pilots drop out of the list.
    await ws.ok('pilots.archive', { id: ws.pilot.id, archived: true });
    expect(await ws.ok('signoffs.overdue', { at: later })).toEqual([]);
  });

  it('does not ask for results to be reviewed before the pilot ends', async () => {
    const ws = await goLiveWorkspace('code');
    const maya = await ws.add('Maya');
    for (const checkpoint of ['brief_approved', 'tracking_set_up', 'content_approved', 'contract_signed'] as const) {
      const db = ws.session.db;
      db.prepare(
        "INSERT INTO member_signoffs (member_id, checkpoint, signed_by, signed_at) VALUES (?, ?, 'Ana', '2026-02-20T10:00:00.000Z')",
      ).run(maya.id, checkpoint);
    }
    // Signed before the pilot ends: the clock waits for the day after the end.
    ws.session.db.prepare("UPDATE pilots SET end_date = '2099-06-30' WHERE id = ?").run(ws.pilot.id);
    const [offs] = await ws.ok('signoffs.list', { pilotId: ws.pilot.id });
    expect(offs?.checkpoints.at(-1)).toMatchObject({
      checkpoint: 'results_reviewed',
      dueAt: '2099-07-04T00:00:00.000Z',
    });
    expect(offs?.checkpoints.slice(0, 4).every((c) => c.dueAt === null)).toBe(true);
  });

  it('names the field of a wrong input', async () => {
    const ws = await goLiveWorkspace('code');
    const maya = await ws.add('Maya');
    expect(await ws.call('signoffs.set', { memberId: maya.id, checkpoint: 'approved', signed: true })).toMatchObject({
      ok: false,
      error: { field: 'checkpoint' },
    });
    expect(await ws.call('signoffs.set', { memberId: 999, checkpoint: 'brief_approved', signed: true })).toMatchObject({
      ok: false,
      error: { field: 'memberId' },
    });
    expect(await ws.call('signoffs.list', { pilotId: 999 })).toMatchObject({ ok: false, error: { field: 'pilotId' } });
  });
});
