/**
 * SQLite gives a freed post id to the next post: undoing an import of posts
 * must not delete or overwrite a post that took the id of one the import
 * wrote after that one went with its creator.
 */

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../helpers/imports';
import { count, pilotWorkspace, type Workspace } from './helpers';

const AVA_VIDEO = 'https://www.tiktok.com/@ava.brooks/video/7300000000000000002';
const LEO_POST = 'https://instagram.com/p/L9hand/';

function sheet(ws: Workspace, name: string, row: string): { path: string } {
  const path = join(ws.dir, name);
  writeFileSync(path, `Handle,Link,Caption,Views\n${row}\n`);
  return { path };
}

type Pilot = Awaited<ReturnType<typeof pilotWorkspace>>;

/** Ava is taken out of the pilot (her posts go with her), then Leo's post is typed in by hand. */
async function removeAvaThenLeoPosts(ws: Pilot, freedId: number) {
  await ws.ok('creators.remove', { id: ws.members.ava });
  const leo = await ws.ok('posts.save', {
    memberId: ws.members.leo,
    url: LEO_POST,
    platform: 'instagram',
    format: 'post',
    caption: 'Typed by hand #ad',
    views: 77,
  });
  expect(leo.post.id).toBe(freedId);
  return leo.post;
}

describe('undoing an import of posts after a post id was reused', () => {
  it('leaves the post that took the id of one it added', async () => {
    const ws = await pilotWorkspace();
    const done = await importFile(ws, {
      kind: 'posts',
      file: sheet(ws, 'ava.csv', `@ava.brooks,${AVA_VIDEO},Try it #ad,10`),
      pilotId: ws.pilot.id,
    });
    const [ava] = await ws.ok('posts.list', { memberId: ws.members.ava });
    const leo = await removeAvaThenLeoPosts(ws, ava?.id as number);

    expect((await ws.ok('imports.list', {}))[0]?.undoBlockedBy).toBeNull();
    await ws.ok('imports.undo', { batchId: done.batchId });
    expect(await ws.ok('posts.list', { memberId: ws.members.leo })).toEqual([leo]);
  });

  it('leaves the fields and reviews of the post that took the id of one it updated', async () => {
    const ws = await pilotWorkspace();
    const saved = await ws.ok('posts.save', {
      memberId: ws.members.ava,
      url: AVA_VIDEO,
      platform: 'tiktok',
      format: 'video',
      caption: 'Try it #ad',
    });
    await ws.ok('posts.review', { id: saved.post.id, decision: 'approve' });
    const done = await importFile(ws, {
      kind: 'posts',
      file: sheet(ws, 'ava.csv', `@ava.brooks,${AVA_VIDEO},New words #ad,500`),
      pilotId: ws.pilot.id,
    });
    // The import wrote a "reopened" line; Leo's post gets lines of its own after Ava is gone.
    expect(count(ws, 'post_reviews')).toBe(2);
    await removeAvaThenLeoPosts(ws, saved.post.id);
    await ws.ok('posts.review', { id: saved.post.id, decision: 'approve' });
    await ws.ok('posts.review', { id: saved.post.id, decision: 'request_changes', comment: 'Move #ad up' });
    const [leo] = await ws.ok('posts.list', { memberId: ws.members.leo });

    await ws.ok('imports.undo', { batchId: done.batchId });
    const [after] = await ws.ok('posts.list', { memberId: ws.members.leo });
    expect(after).toEqual(leo);
    expect(after).toMatchObject({ caption: 'Typed by hand #ad', views: 77, status: 'changes_requested' });
    expect(after?.reviews.map((r) => r.decision)).toEqual(['approve', 'request_changes']);
  });

  it('is refused, naming the post, when another post holds the id while its creator is still there', async () => {
    const ws = await pilotWorkspace();
    const done = await importFile(ws, {
      kind: 'posts',
      file: sheet(ws, 'ava.csv', `@ava.brooks,${AVA_VIDEO},Try it #ad,10`),
      pilotId: ws.pilot.id,
    });
    // A post gone without a trace in the log (no posts.remove, no creator removed), its id then reused by an import.
    ws.session.db.prepare('DELETE FROM posts').run();
    await importFile(ws, {
      kind: 'posts',
      file: sheet(ws, 'leo.csv', `@leo.park,${LEO_POST},Hi #ad,5`),
      pilotId: ws.pilot.id,
    });
    expect(await ws.call('imports.undo', { batchId: done.batchId })).toMatchObject({
      ok: false,
      error: {
        code: 'conflict',
        message: `Import ${done.batchId} cannot be undone: the post of Ava Brooks at ${AVA_VIDEO} is no longer the post this import wrote (another post has its place), and undoing could change that one; restore the automatic backup made before this import instead`,
      },
    });
    expect(count(ws, 'posts')).toBe(1);
  });
});
