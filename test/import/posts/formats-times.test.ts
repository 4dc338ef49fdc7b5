/** Format words as exports and people write them, and posting times with a time zone or without a clock time. */

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bucketCounts, importFile, preview } from '../../helpers/imports';
import { pilotWorkspace, type Workspace } from './helpers';

function sheet(ws: Workspace, name: string, header: string, rows: string[]): { path: string } {
  const path = join(ws.dir, name);
  writeFileSync(path, `${header}\n${rows.join('\n')}\n`);
  return { path };
}

describe('format words', () => {
  it('reads platform-prefixed and common words, falls back to the link with a warning, else rejects the row', async () => {
    const ws = await pilotWorkspace();
    const file = sheet(ws, 'formats.csv', 'Handle,Link,Format', [
      '@maya.makes,https://instagram.com/p/A1/,IG carousel',
      '@maya.makes,https://instagram.com/p/A2/,Instagram post',
      '@maya.makes,https://instagram.com/p/A3/,Carousel album',
      '@maya.makes,https://instagram.com/p/A4/,Photo',
      '@maya.makes,https://instagram.com/p/A5/,Image',
      '@maya.makes,https://instagram.com/reel/A6/,Collab',
      '@maya.makes,https://instagram.com/reel/A7/,TikTok video',
      '@maya.makes,https://www.facebook.com/maya/posts/123,Collab',
    ]);
    const job = await preview(ws, { kind: 'posts', file, pilotId: ws.pilot.id });
    const rows = job.preview?.postRows ?? [];
    expect(rows.map((r) => [r.row, r.bucket, r.format])).toEqual([
      [2, 'added', 'post'],
      [3, 'added', 'post'],
      [4, 'added', 'post'],
      [5, 'added', 'post'],
      [6, 'added', 'post'],
      [7, 'added', 'reel'],
      [8, 'added', 'video'],
      [9, 'rejected', null],
    ]);
    expect(rows[7]?.reason).toBe(
      'Row 9, Format: "Collab" is not a format (post, reel, story, video, short, live or other)',
    );
    expect(job.preview?.warnings).toContain(
      `Formats not known, so each post's link gave its format: "Collab" (row 7). Check them, or write post, reel, story, video, short, live or other.`,
    );
  });
});

describe('posting times', () => {
  it('keeps the clock time written when a time zone offset is given, and says so', async () => {
    const ws = await pilotWorkspace();
    const file = sheet(ws, 'zoned.csv', 'Handle,Link,Posted', [
      '@maya.makes,https://instagram.com/p/Z1/,2026-03-05T23:30:00Z',
      '@maya.makes,https://instagram.com/p/Z2/,2026-03-06 09:00:00 -0700',
      '@maya.makes,https://instagram.com/p/Z3/,2026-03-07 10:00',
    ]);
    const job = await preview(ws, { kind: 'posts', file, pilotId: ws.pilot.id });
    expect(job.preview?.postRows?.map((r) => r.postedAt)).toEqual([
      '2026-03-05T23:30',
      '2026-03-06T09:00',
      '2026-03-07T10:00',
    ]);
    expect(job.preview?.warnings).toContain(
      'Some posting times carried a time zone offset (rows 2, 3); they are kept as the clock time written, not converted.',
    );
  });

  it('does not clear a recorded clock time with the same day written alone', async () => {
    const ws = await pilotWorkspace();
    const url = 'https://instagram.com/p/T1/';
    await ws.ok('posts.save', {
      memberId: ws.members.maya,
      url,
      platform: 'instagram',
      format: 'post',
      postedAt: '2026-03-05T18:30',
      views: 10,
    });
    const file = sheet(ws, 'days.csv', 'Handle,Link,Posted,Views', [`@maya.makes,${url},2026-03-05,20`]);
    const done = await importFile(ws, { kind: 'posts', file, pilotId: ws.pilot.id });
    expect(bucketCounts(done)).toMatchObject({ updated: 1 });
    const [post] = await ws.ok('posts.list', { memberId: ws.members.maya });
    expect(post).toMatchObject({ postedAt: '2026-03-05T18:30', views: 20 });

    // Another day is a correction, and replaces it.
    await importFile(ws, {
      kind: 'posts',
      file: sheet(ws, 'moved.csv', 'Handle,Link,Posted', [`@maya.makes,${url},2026-03-06`]),
      pilotId: ws.pilot.id,
    });
    expect((await ws.ok('posts.list', { memberId: ws.members.maya }))[0]?.postedAt).toBe('2026-03-06');
  });
});
