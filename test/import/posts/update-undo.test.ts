/** Posts recorded already are updated, not doubled; an import of posts is undone whole, or refused naming the posts. */

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bucketCounts, importFile, preview } from '../../helpers/imports';
import { count, fixture, pilotWorkspace, posts } from './helpers';

const MAYA_REEL = 'https://www.instagram.com/reel/C1abc/';

/** A pilot where Maya's reel is recorded by hand with early numbers, and approved. */
async function withApprovedReel() {
  const ws = await pilotWorkspace();
  const saved = await ws.ok('posts.save', {
    memberId: ws.members.maya,
    url: MAYA_REEL,
    platform: 'instagram',
    format: 'reel',
    postedAt: '2026-03-05T18:30',
    caption: 'Loving my glow serum #ad',
    views: 1_000,
    likes: 90,
  });
  await ws.ok('posts.review', { id: saved.post.id, decision: 'approve' });
  return { ...ws, reelId: saved.post.id };
}

function sheet(dir: string, name: string, rows: string[]): { path: string } {
  const path = join(dir, name);
  writeFileSync(path, `Handle,Link,Caption,Views,Likes\n${rows.join('\n')}\n`);
  return { path };
}

describe('posts recorded already', () => {
  it('updates the recorded post (a share link is the same post) and says what changes', async () => {
    const ws = await withApprovedReel();
    const job = await preview(ws, { kind: 'posts', file: fixture('agency-posts.csv'), pilotId: ws.pilot.id });
    const row = job.preview?.postRows?.find((r) => r.row === 2);
    expect(row).toMatchObject({
      bucket: 'updated',
      postId: ws.reelId,
      url: MAYA_REEL,
      backToReview: false,
      changes: ['views 1,000 → 12,500', 'likes 90 → 1,200', 'comments none → 85', 'clicks none → 40'],
    });
    const done = await importFile(ws, { kind: 'posts', file: fixture('agency-posts.csv'), pilotId: ws.pilot.id });
    expect(bucketCounts(done)).toMatchObject({ added: 3, updated: 1 });
    expect(count(ws, 'posts')).toBe(4);
    const reel = await ws.ok('posts.list', { memberId: ws.members.maya });
    expect(reel.find((p) => p.id === ws.reelId)).toMatchObject({ views: 12_500, likes: 1_200, status: 'approved' });

    // The same file again changes nothing, and says it was imported before.
    const seen = await preview(ws, { kind: 'posts', file: fixture('agency-posts.csv'), pilotId: ws.pilot.id });
    expect(seen.preview?.warnings[0]).toMatch(/^This exact file was imported before/);
    const again = await importFile(ws, { kind: 'posts', file: fixture('agency-posts.csv'), pilotId: ws.pilot.id });
    expect(bucketCounts(again)).toMatchObject({ unchanged: 4 });
    expect(bucketCounts(again).added ?? 0).toBe(0);
    expect(count(ws, 'posts')).toBe(4);
  });

  it('sends an approved post back to review when its caption changes, as posts.save does', async () => {
    const ws = await withApprovedReel();
    const file = sheet(ws.dir, 'captions.csv', [`@maya.makes,${MAYA_REEL},"Loving it, really",2000,`]);
    const job = await preview(ws, { kind: 'posts', file, pilotId: ws.pilot.id });
    expect(job.preview?.postRows?.[0]).toMatchObject({
      bucket: 'updated',
      backToReview: true,
      changes: ['views 1,000 → 2,000', 'caption changed', 'approved, so it goes back to review'],
    });
    expect(job.preview?.warnings).toContain('1 approved post will go back to review: the caption or platform changed.');
    await importFile(ws, { kind: 'posts', file, pilotId: ws.pilot.id });
    const [post] = await ws.ok('posts.list', { memberId: ws.members.maya });
    expect(post).toMatchObject({ caption: 'Loving it, really', likes: 90, status: 'needs_review' });
    expect(post?.reviews.at(-1)).toMatchObject({
      decision: 'reopened',
      comment: 'The caption changed after approval (imported from captions.csv)',
    });
  });
});

describe('undoing an import of posts', () => {
  it('removes the posts it added and restores the ones it updated, review status included', async () => {
    const ws = await withApprovedReel();
    const before = posts(ws);
    const file = sheet(ws.dir, 'update.csv', [
      `@maya.makes,${MAYA_REEL},New words,5000,`,
      '@leo.park,https://instagram.com/p/L1/,Hi #ad,300,4',
    ]);
    const done = await importFile(ws, { kind: 'posts', file, pilotId: ws.pilot.id });
    expect(bucketCounts(done)).toMatchObject({ added: 1, updated: 1 });
    expect((await ws.ok('imports.list', {}))[0]?.undoBlockedBy).toBeNull();

    const undone = await ws.ok('imports.undo', { batchId: done.batchId });
    expect(undone.undoneAt).not.toBeNull();
    expect(posts(ws)).toEqual(before);
    const [reel] = await ws.ok('posts.list', { memberId: ws.members.maya });
    expect(reel?.reviews.map((r) => r.decision)).toEqual(['approve']);
    expect(count(ws, `post_revisions WHERE batch_id = ${done.batchId}`)).toBe(0);

    // Undone, the same file lands afresh.
    const again = await importFile(ws, { kind: 'posts', file, pilotId: ws.pilot.id });
    expect(bucketCounts(again)).toMatchObject({ added: 1, updated: 1 });
  });

  it('is refused once a post it wrote was reviewed or edited since, naming the post', async () => {
    const ws = await pilotWorkspace();
    const done = await importFile(ws, { kind: 'posts', file: fixture('agency-posts.csv'), pilotId: ws.pilot.id });
    const leo = (await ws.ok('posts.list', { memberId: ws.members.leo }))[0];
    await ws.ok('posts.review', { id: leo?.id as number, decision: 'approve' });
    const refused = await ws.call('imports.undo', { batchId: done.batchId });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'conflict',
        message: `Import ${done.batchId} cannot be undone: the post of Leo Park at https://instagram.com/p/C2def was reviewed, edited or removed since this import, and undoing would lose that; restore the automatic backup made before this import instead`,
      },
    });
    expect(count(ws, 'posts')).toBe(4);
  });

  it('is refused while a later import changed the same posts; undone in order, both go', async () => {
    const ws = await pilotWorkspace();
    const first = await importFile(ws, { kind: 'posts', file: fixture('agency-posts.csv'), pilotId: ws.pilot.id });
    const file = sheet(ws.dir, 'later.csv', ['@leo.park,https://instagram.com/p/C2def/,,12000,']);
    const second = await importFile(ws, { kind: 'posts', file, pilotId: ws.pilot.id });
    expect(bucketCounts(second)).toMatchObject({ updated: 1 });
    expect(await ws.call('imports.undo', { batchId: first.batchId })).toMatchObject({
      ok: false,
      error: {
        message: `Import ${first.batchId} cannot be undone: import ${second.batchId} changed the same posts later; undo it first`,
      },
    });
    await ws.ok('imports.undo', { batchId: second.batchId });
    await ws.ok('imports.undo', { batchId: first.batchId });
    expect(count(ws, 'posts')).toBe(0);
  });
});
