import { describe, expect, it } from 'vitest';
import { contentApproved } from '../../src/main/core/content/approvals';
import { pilotWithCreator, reel } from './setup';

describe('review', () => {
  it('approves or requests changes with a comment, each decision logged with who and when', async () => {
    const { ws, member } = await pilotWithCreator();
    const { post } = await ws.ok('posts.save', reel(member.id));
    const changes = await ws.ok('posts.review', {
      id: post.id,
      decision: 'request_changes',
      comment: 'Put #ad first',
      by: 'Ana',
    });
    expect(changes.status).toBe('changes_requested');
    const approved = await ws.ok('posts.review', { id: post.id, decision: 'approve', by: 'Ben' });
    expect(approved.status).toBe('approved');
    expect(approved.reviews).toMatchObject([
      { decision: 'request_changes', comment: 'Put #ad first', by: 'Ana' },
      { decision: 'approve', comment: null, by: 'Ben' },
    ]);
    expect(approved.reviews[1]?.at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const log = ws.session.db
      .prepare("SELECT action FROM activity_log WHERE subject_type = 'post' ORDER BY id")
      .all() as { action: string }[];
    expect(log.map((l) => l.action)).toEqual(['posts.add', 'posts.request_changes', 'posts.approve']);
  });

  it('asks for a comment with changes, and refuses approving twice', async () => {
    const { ws, member } = await pilotWithCreator();
    const { post } = await ws.ok('posts.save', reel(member.id));
    const bare = await ws.call('posts.review', { id: post.id, decision: 'request_changes', comment: '  ' });
    expect(bare.ok ? null : bare.error).toMatchObject({ field: 'comment' });
    const odd = await ws.call('posts.review', { id: post.id, decision: 'maybe' });
    expect(odd.ok ? null : odd.error).toMatchObject({ field: 'decision' });
    await ws.ok('posts.review', { id: post.id, decision: 'approve', by: 'Ben' });
    const again = await ws.call('posts.review', { id: post.id, decision: 'approve' });
    if (again.ok) throw new Error('approved twice');
    expect(again.error).toMatchObject({ code: 'conflict', field: 'decision' });
    expect(again.error.message).toMatch(/^This post is already approved \(Ben, \d{4}-\d{2}-\d{2}\)$/);
  });

  it('sends an approved post back to review when its caption changes, and says so', async () => {
    process.env.PILOTDESK_USER = 'Editor Eve';
    try {
      const { ws, member } = await pilotWithCreator();
      const { post } = await ws.ok('posts.save', reel(member.id));
      await ws.ok('posts.review', { id: post.id, decision: 'approve' });
      const numbers = await ws.ok('posts.save', { ...reel(member.id, { views: 20000 }), id: post.id });
      expect(numbers).toMatchObject({ backToReview: false, notice: null, post: { status: 'approved' } });
      const recaptioned = await ws.ok('posts.save', {
        ...reel(member.id, { caption: '#ad My morning glow, now 100% natural' }),
        id: post.id,
      });
      expect(recaptioned.backToReview).toBe(true);
      expect(recaptioned.notice).toBe('The caption changed after it was approved, so the post needs review again');
      expect(recaptioned.post.status).toBe('needs_review');
      expect(recaptioned.post.reviews.at(-1)).toMatchObject({
        decision: 'reopened',
        comment: 'The caption changed after approval',
        by: 'Editor Eve',
      });
    } finally {
      delete process.env.PILOTDESK_USER;
    }
  });

  it('refuses to remove an approved post until changes are requested', async () => {
    const { ws, member } = await pilotWithCreator();
    const { post } = await ws.ok('posts.save', reel(member.id));
    await ws.ok('posts.review', { id: post.id, decision: 'approve' });
    const gone = await ws.call('posts.remove', { id: post.id });
    if (gone.ok) throw new Error('removed an approved post');
    expect(gone.error).toMatchObject({ code: 'conflict', field: 'id' });
    expect(gone.error.message).toBe('This post of Maya Chen is approved; request changes on it first, then remove it');
    await ws.ok('posts.review', { id: post.id, decision: 'request_changes', comment: 'Wrong post' });
    expect(await ws.ok('posts.remove', { id: post.id })).toEqual({ id: post.id });
  });

  it('content is approved with one approved post and none awaiting changes, else says why', async () => {
    const { ws, member } = await pilotWithCreator();
    const gate = () => contentApproved(ws.session.db, member.id);
    expect(gate()).toEqual({ ok: false, reason: 'No content recorded yet' });
    const first = (await ws.ok('posts.save', reel(member.id))).post;
    const second = (await ws.ok('posts.save', reel(member.id, { url: 'https://www.instagram.com/p/2' }))).post;
    expect(gate()).toEqual({ ok: false, reason: 'No post approved yet (2 posts to review)' });
    await ws.ok('posts.review', { id: first.id, decision: 'approve' });
    expect(gate()).toEqual({ ok: true, reason: null });
    await ws.ok('posts.review', { id: second.id, decision: 'request_changes', comment: 'Disclose first' });
    expect(gate()).toEqual({ ok: false, reason: '1 post awaits changes' });
    await ws.ok('posts.review', { id: second.id, decision: 'approve' });
    expect(gate()).toEqual({ ok: true, reason: null });
    await ws.ok('posts.save', { ...reel(member.id, { caption: 'new words #ad' }), id: first.id });
    await ws.ok('posts.save', {
      ...reel(member.id, { url: 'https://www.instagram.com/p/2', caption: 'other words #ad' }),
      id: second.id,
    });
    expect(gate()).toEqual({ ok: false, reason: 'No post approved yet (2 posts to review)' });
  });
});
