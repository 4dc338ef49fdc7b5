import { describe, expect, it } from 'vitest';
import { pilotWithCreator, reel } from './setup';

describe('posts', () => {
  it('adds, edits and lists posts per member and per pilot, with the caption checked', async () => {
    const { ws, pilot, member } = await pilotWithCreator();
    const other = await ws.ok('creators.add', {
      pilotId: pilot.id,
      name: 'Aaron Lake',
      handles: [{ platform: 'tiktok', handle: 'aaron' }],
    });
    const added = await ws.ok('posts.save', reel(member.id));
    expect(added).toMatchObject({ backToReview: false, notice: null });
    expect(added.post).toMatchObject({
      memberId: member.id,
      pilotId: pilot.id,
      creatorName: 'Maya Chen',
      url: 'https://www.instagram.com/reel/Cx1',
      format: 'reel',
      postedAt: '2026-03-05T18:30',
      views: 12000,
      likes: 840,
      comments: 31,
      clicks: 0,
      status: 'needs_review',
      findings: [],
      reviews: [],
    });
    const story = await ws.ok('posts.save', {
      memberId: other.id,
      url: 'http://tiktok.com/@aaron/video/1',
      platform: 'tiktok',
      format: 'video',
      caption: 'Glow time #spon',
    });
    expect(story.post).toMatchObject({ postedAt: null, views: null, clicks: null });
    expect(story.post.findings.map((f) => f.kind)).toEqual(['missing', 'ambiguous']);

    const edited = await ws.ok('posts.save', { ...reel(member.id, { views: 15000 }), id: added.post.id });
    expect(edited.post.views).toBe(15000);
    expect(await ws.ok('posts.list', { memberId: member.id })).toEqual([edited.post]);
    const all = await ws.ok('posts.list', { pilotId: pilot.id });
    expect(all.map((p) => p.creatorName)).toEqual(['Aaron Lake', 'Maya Chen']);
  });

  it('names the field at fault', async () => {
    const { ws, member } = await pilotWithCreator();
    const cases: [Record<string, unknown>, string][] = [
      [{ url: 'instagram.com/reel/1' }, 'url'],
      [{ url: 'ftp://x.example/a' }, 'url'],
      [{ url: '' }, 'url'],
      [{ platform: 'myspace' }, 'platform'],
      [{ format: 'carousel' }, 'format'],
      [{ postedAt: '05/03/2026' }, 'postedAt'],
      [{ postedAt: '2026-02-30' }, 'postedAt'],
      [{ postedAt: '2026-03-05T25:00' }, 'postedAt'],
      [{ views: -1 }, 'views'],
      [{ likes: '1.5' }, 'likes'],
      [{ comments: 'many' }, 'comments'],
      [{ memberId: undefined }, 'memberId'],
      [{ memberId: 999 }, 'memberId'],
    ];
    for (const [fields, field] of cases) {
      const res = await ws.call('posts.save', { ...reel(member.id), ...fields });
      if (res.ok) throw new Error(`accepted ${JSON.stringify(fields)}`);
      expect(res.error.field, JSON.stringify(fields)).toBe(field);
    }
    const list = await ws.call('posts.list', {});
    expect(list.ok ? null : list.error.field).toBe('pilotId');
  });

  it('refuses the same address twice for a creator, and moving a post to another creator', async () => {
    const { ws, pilot, member } = await pilotWithCreator();
    const { post } = await ws.ok('posts.save', reel(member.id));
    const twice = await ws.call('posts.save', reel(member.id));
    expect(twice.ok ? null : twice.error).toMatchObject({ field: 'url' });
    const other = await ws.ok('creators.add', {
      pilotId: pilot.id,
      name: 'Aaron Lake',
      handles: [{ platform: 'tiktok', handle: 'aaron' }],
    });
    const move = await ws.call('posts.save', { ...reel(other.id), id: post.id });
    expect(move.ok ? null : move.error).toMatchObject({ field: 'memberId' });
  });

  it('removes a post that is not approved, and goes with the member', async () => {
    const { ws, pilot, member } = await pilotWithCreator();
    const { post } = await ws.ok('posts.save', reel(member.id));
    expect(await ws.ok('posts.remove', { id: post.id })).toEqual({ id: post.id });
    expect(await ws.ok('posts.list', { memberId: member.id })).toEqual([]);
    const missing = await ws.call('posts.remove', { id: post.id });
    expect(missing.ok ? null : missing.error).toMatchObject({ code: 'not_found', field: 'id' });
    await ws.ok('posts.save', reel(member.id));
    await ws.ok('creators.remove', { id: member.id });
    expect(await ws.ok('posts.list', { pilotId: pilot.id })).toEqual([]);
  });
});
