/** A sheet of posts over the real dispatch: headers, matching, exact values, rejected rows, and CSV and XLSX alike. */

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bucketCounts, importFile, preview } from '../../helpers/imports';
import { count, fixture, pilotWorkspace, posts } from './helpers';

const ADDED = [
  {
    creator: 'Ava Brooks',
    url: 'https://youtu.be/abc123',
    platform: 'youtube',
    format: 'video',
    postedAt: '2026-03-09T20:00',
    caption: 'My review #ad',
    views: 3_400,
    likes: 120,
    comments: 9,
    clicks: 15,
    status: 'needs_review',
  },
  {
    creator: 'Leo Park',
    url: 'https://instagram.com/p/C2def',
    platform: 'instagram',
    format: 'post',
    postedAt: '2026-03-06',
    caption: 'New routine #ad',
    views: 9_100,
    likes: 320,
    comments: 14,
    clicks: 6,
    status: 'needs_review',
  },
  {
    creator: 'Maya Lin',
    url: 'https://www.instagram.com/reel/C1abc/?igsh=xyz123',
    platform: 'instagram',
    format: 'reel',
    postedAt: '2026-03-05T18:30',
    caption: 'Loving my glow serum #ad',
    views: 12_500,
    likes: 1_200,
    comments: 85,
    clicks: 40,
    status: 'needs_review',
  },
  {
    creator: 'Maya Lin',
    url: 'https://www.tiktok.com/@mayamakes/video/7300000000000000001',
    platform: 'tiktok',
    format: 'video',
    postedAt: '2026-03-07T09:15',
    caption: 'Morning routine #sponsored',
    views: 1_200_000,
    likes: 45_000,
    comments: 1_024,
    clicks: 2_500,
    status: 'needs_review',
  },
];

describe('importing a sheet of posts', () => {
  it('recognises the columns by their header words and previews every row', async () => {
    const ws = await pilotWorkspace();
    const job = await preview(ws, { kind: 'posts', file: fixture('agency-posts.csv'), pilotId: ws.pilot.id });
    expect(job.state).toBe('ready');
    const p = job.preview;
    expect(p?.needsMapping).toBe(false);
    expect(Object.fromEntries(p?.columns.filter((c) => c.header).map((c) => [c.field, c.header]) ?? [])).toEqual({
      handle: 'Creator',
      url: 'Post URL',
      platform: 'Platform',
      format: 'Type',
      postedAt: 'Posted',
      caption: 'Caption',
      views: 'Views',
      likes: 'Likes',
      comments: 'Comments',
      clicks: 'Link clicks',
    });
    expect(p?.postRows?.map((r) => [r.row, r.bucket, r.creator])).toEqual([
      [2, 'added', 'Maya Lin'],
      [3, 'excluded', 'Leo Park'],
      [4, 'added', 'Maya Lin'],
      [5, 'rejected', '@nobody'],
      [6, 'rejected', '@leo.park'],
      [7, 'rejected', '@ava.brooks'],
      [8, 'added', 'Leo Park'],
      [9, 'rejected', 'Zoe Quinn'],
      [10, 'added', 'Ava Brooks'],
      [11, 'rejected', '@maya.makes'],
    ]);
    const reasons = Object.fromEntries(p?.postRows?.map((r) => [r.row, r.reason]) ?? []);
    expect(reasons).toMatchObject({
      3: 'Same post as row 8, which is used (the later row wins)',
      5: 'Row 5, Creator handle: "@nobody" is not a creator of Spring Glow (no handle or name matches)',
      6: 'Row 6, Post link: "instagram post" is not a web address starting with http:// or https://',
      7: 'Row 7, Views: "lots" is not a count (write it like 12,500, 12.5K or 1.2M)',
      9: 'Row 9, Creator handle: "Zoe Quinn" is Zoe Quinn, who is on the longlist in Spring Glow; posts are recorded for creators from the shortlist on',
      11: 'Row 11, Posting time: "2026-02-31" is not a real date',
    });
    expect(p?.warnings).toContain(
      '5 rows are rejected and will be left out; the other rows land. Fix them in the file and import it again to add them.',
    );
    expect(bucketCounts(p as NonNullable<typeof p>)).toMatchObject({ added: 4, rejected: 0 });
    // Rejected rows are counted by what was wrong; each row's own reason is on the row.
    expect(p?.buckets.filter((b) => b.bucket === 'rejected').map((b) => [b.reason, b.rows])).toEqual([
      ['creator not found in the pilot', 2],
      ['no usable post link', 1],
      ['number not readable', 1],
      ['posting time not readable', 1],
    ]);
    expect(count(ws, 'posts')).toBe(0);
  });

  it('lands the posts with their counts and times read exactly, matched by any handle or the name', async () => {
    const ws = await pilotWorkspace();
    const done = await importFile(ws, { kind: 'posts', file: fixture('agency-posts.csv'), pilotId: ws.pilot.id });
    expect(bucketCounts(done)).toMatchObject({ added: 4 });
    expect(posts(ws)).toEqual(ADDED);
    const batch = (await ws.ok('imports.list', {}))[0];
    expect(batch).toMatchObject({ id: done.batchId, kind: 'posts', pilotId: ws.pilot.id, added: 4, updated: 0 });
    const log = ws.session.db
      .prepare("SELECT detail FROM activity_log WHERE action = 'import.posts' AND subject_id = ?")
      .pluck()
      .get(done.batchId) as string;
    expect(JSON.parse(log)).toMatchObject({ fileName: 'agency-posts.csv', added: 4, updated: 0 });
    // A backup was made before anything was written.
    expect((await ws.ok('backups.list', {})).length).toBe(1);
  });

  it('lands the same posts from the XLSX and XLS as from the CSV', async () => {
    for (const name of ['agency-posts.xlsx', 'agency-posts.xls']) {
      const ws = await pilotWorkspace();
      const done = await importFile(ws, { kind: 'posts', file: fixture(name), pilotId: ws.pilot.id });
      expect(bucketCounts(done)).toMatchObject({ added: 4 });
      expect(posts(ws)).toEqual(ADDED);
    }
  });

  it('reads a creator report: title row, semicolons, day.month dates, dotted thousands, platform from the link', async () => {
    const ws = await pilotWorkspace();
    const job = await preview(ws, { kind: 'posts', file: fixture('creator-report.csv'), pilotId: ws.pilot.id });
    expect(job.preview?.headerRow).toBe(2);
    expect(job.preview?.dateOrder).toBe('dmy');
    expect(job.preview?.postRows?.map((r) => [r.row, r.bucket, r.postedAt, r.views, r.likes, r.platform])).toEqual([
      [3, 'added', '2026-03-05T18:30', 12_500, 1_204, 'instagram'],
      [4, 'added', '2026-03-17', 8_000, 950, 'instagram'],
      [5, 'rejected', null, null, null, null],
    ]);
    expect(job.preview?.postRows?.[2]?.reason).toBe('Row 5, Posting time: "32.03.2026" is not a real date');
  });

  it('asks for the columns when it knows none of the headers, and remembers the choice', async () => {
    const ws = await pilotWorkspace();
    const file = join(ws.dir, 'beitraege.csv');
    writeFileSync(file, 'Wer,Beitrag,Aufrufe\n@leo.park,https://instagram.com/p/X1/,"1.500"\n');
    const unmapped = await preview(ws, { kind: 'posts', file: { path: file }, pilotId: ws.pilot.id });
    expect(unmapped.preview).toMatchObject({ needsMapping: true, headers: ['Wer', 'Beitrag', 'Aufrufe'] });
    expect(unmapped.preview?.warnings[0]).toMatch(/No column with the posts’ links was found/);
    expect(await ws.call('imports.commit', { jobId: unmapped.id })).toMatchObject({
      ok: false,
      error: { field: 'mapping' },
    });
    const mapping = { handle: 'Wer', url: 'Beitrag', views: 'Aufrufe' };
    const done = await importFile(ws, { kind: 'posts', file: { path: file }, pilotId: ws.pilot.id, mapping });
    expect(bucketCounts(done)).toMatchObject({ added: 1 });
    expect(posts(ws)).toMatchObject([{ creator: 'Leo Park', views: 1_500, platform: 'instagram', format: 'post' }]);

    const next = join(ws.dir, 'beitraege-2.csv');
    writeFileSync(next, 'Aufrufe,Wer,Beitrag\n2K,Ava Brooks,https://www.tiktok.com/@ava.brooks/video/1\n');
    const remembered = await preview(ws, { kind: 'posts', file: { path: next }, pilotId: ws.pilot.id });
    expect(remembered.preview?.needsMapping).toBe(false);
    expect(remembered.preview?.postRows?.[0]).toMatchObject({ creator: 'Ava Brooks', views: 2_000, bucket: 'added' });
  });

  it('refuses to start without a pilot, or with one that does not exist', async () => {
    const ws = await pilotWorkspace();
    expect(await ws.call('imports.start', { kind: 'posts', file: fixture('agency-posts.csv') })).toMatchObject({
      ok: false,
      error: { field: 'pilotId' },
    });
    expect(
      await ws.call('imports.start', { kind: 'posts', file: fixture('agency-posts.csv'), pilotId: 99 }),
    ).toMatchObject({ ok: false, error: { field: 'pilotId', message: 'pilotId: Pilot 99 does not exist' } });
  });
});
