/** An approved caption re-imported from a Windows sheet, or without a trailing newline, is the same caption. */

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bucketCounts, importFile, preview } from '../../helpers/imports';
import { pilotWorkspace } from './helpers';

const REEL = 'https://www.instagram.com/reel/C1abc/';

async function approvedReel(caption: string) {
  const ws = await pilotWorkspace();
  const saved = await ws.ok('posts.save', {
    memberId: ws.members.maya,
    url: REEL,
    platform: 'instagram',
    format: 'reel',
    caption,
    views: 100,
  });
  await ws.ok('posts.review', { id: saved.post.id, decision: 'approve' });
  return { ...ws, postId: saved.post.id };
}

describe('captions in a sheet of posts', () => {
  it('reads "\\r\\n" line breaks of a Windows CSV as the approved caption: numbers update, no review', async () => {
    const ws = await approvedReel('Line one #ad\nLine two');
    const path = join(ws.dir, 'windows.csv');
    writeFileSync(path, `Handle,Link,Caption,Views\r\n@maya.makes,${REEL},"Line one #ad\r\nLine two ",500\r\n`);
    const job = await preview(ws, { kind: 'posts', file: { path }, pilotId: ws.pilot.id });
    expect(job.preview?.postRows?.[0]).toMatchObject({
      bucket: 'updated',
      backToReview: false,
      changes: ['views 100 → 500'],
    });
    await importFile(ws, { kind: 'posts', file: { path }, pilotId: ws.pilot.id });
    const [post] = await ws.ok('posts.list', { memberId: ws.members.maya });
    expect(post).toMatchObject({ caption: 'Line one #ad\nLine two', views: 500, status: 'approved' });
  });

  it('compares a caption stored with a trailing newline to the sheet’s by its normal form', async () => {
    const ws = await approvedReel('Line one #ad');
    ws.session.db.prepare('UPDATE posts SET caption = ? WHERE id = ?').run('Line one #ad\n', ws.postId);
    const path = join(ws.dir, 'same.csv');
    writeFileSync(path, `Handle,Link,Caption,Views\n@maya.makes,${REEL},Line one #ad,100\n`);
    const done = await importFile(ws, { kind: 'posts', file: { path }, pilotId: ws.pilot.id });
    expect(bucketCounts(done)).toMatchObject({ unchanged: 1 });
    const [post] = await ws.ok('posts.list', { memberId: ws.members.maya });
    expect(post?.status).toBe('approved');
  });

  it('says the platform changed, not the caption, when the caption differs only in its line breaks', async () => {
    const ws = await approvedReel('Line one #ad\nLine two');
    ws.session.db.prepare('UPDATE posts SET caption = ? WHERE id = ?').run('Line one #ad\r\nLine two', ws.postId);
    const path = join(ws.dir, 'platform.csv');
    writeFileSync(path, `Handle,Link,Platform,Caption\n@maya.makes,${REEL},TikTok,"Line one #ad\nLine two"\n`);
    await importFile(ws, { kind: 'posts', file: { path }, pilotId: ws.pilot.id });
    const [post] = await ws.ok('posts.list', { memberId: ws.members.maya });
    expect(post?.status).toBe('needs_review');
    expect(post?.reviews.at(-1)?.comment).toBe('The platform changed after approval (imported from platform.csv)');
  });
});
