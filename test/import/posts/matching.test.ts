/** Whose post a handle cell names: handles before names, and a handle of two creators is ambiguous, not unknown. */

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bucketCounts, preview } from '../../helpers/imports';
import { pilotWorkspace } from './helpers';

describe('matching a handle cell', () => {
  it('tries handles first, and rejects a handle two creators share as ambiguous, naming both', async () => {
    const ws = await pilotWorkspace();
    const add = (name: string, platform: 'instagram' | 'tiktok', handle: string) =>
      ws.ok('creators.add', { pilotId: ws.pilot.id, name, handles: [{ platform, handle }], stage: 'contracted' });
    // A creator whose name is Maya's TikTok handle, and two creators sharing a handle on different platforms.
    await add('mayamakes', 'instagram', 'someone.else');
    await add('Sam One', 'instagram', 'twin');
    await add('Sam Two', 'tiktok', 'twin');
    const path = join(ws.dir, 'handles.csv');
    writeFileSync(
      path,
      [
        'Handle,Link',
        'mayamakes,https://www.tiktok.com/video/7300000000000000009',
        'twin,https://youtu.be/abcdefghijk',
        'twin,https://www.tiktok.com/video/7300000000000000010',
      ].join('\n'),
    );
    const job = await preview(ws, { kind: 'posts', file: { path }, pilotId: ws.pilot.id });
    const rows = job.preview?.postRows ?? [];
    expect(rows.map((r) => [r.row, r.bucket, r.creator])).toEqual([
      [2, 'added', 'Maya Lin'],
      [3, 'rejected', 'twin'],
      [4, 'added', 'Sam Two'],
    ]);
    expect(rows[1]?.reason).toBe(
      'Row 3, Creator handle: "twin" is a handle of Sam One and Sam Two; add the platform or use the name',
    );
    expect(bucketCounts(job.preview as NonNullable<typeof job.preview>)).toMatchObject({ added: 2 });
    expect(job.preview?.buckets.find((b) => b.bucket === 'rejected')?.reason).toBe(
      'creator matches more than one in the pilot',
    );
  });
});
