/** One post under links of different shapes (reel or /p/, with the account's name, watch?v= or youtu.be) is one post. */

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bucketCounts, importFile } from '../../helpers/imports';
import { count, pilotWorkspace, type Workspace } from './helpers';

function sheet(ws: Workspace, name: string, rows: string[]): { path: string } {
  const path = join(ws.dir, name);
  writeFileSync(path, `Handle,Link,Views\n${rows.join('\n')}\n`);
  return { path };
}

describe('links of the same post', () => {
  it('keys a post by its platform and id, not the shape of its link', async () => {
    const ws = await pilotWorkspace();
    const file = sheet(ws, 'shapes.csv', [
      '@maya.makes,https://www.instagram.com/p/C1abc/?img_index=2,10',
      '@maya.makes,https://instagram.com/reel/C1abc,20',
      '@maya.makes,https://www.instagram.com/maya.makes/reel/C1abc/?igsh=x,30',
      '@ava.brooks,https://youtu.be/dQw4w9WgXcQ?si=abc,1',
      '@ava.brooks,https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=30s,2',
      '@ava.brooks,https://youtube.com/shorts/dQw4w9WgXcQ,3',
      '@ava.brooks,https://www.tiktok.com/@ava.brooks/video/7300000000000000002?_r=1,4',
      '@ava.brooks,https://www.tiktok.com/video/7300000000000000002,5',
    ]);
    const done = await importFile(ws, { kind: 'posts', file, pilotId: ws.pilot.id });
    expect(bucketCounts(done)).toMatchObject({ added: 3 });
    expect(done.buckets.find((b) => b.bucket === 'excluded')?.rows).toBe(5);
    const maya = await ws.ok('posts.list', { memberId: ws.members.maya });
    expect(maya).toMatchObject([
      { url: 'https://www.instagram.com/maya.makes/reel/C1abc/?igsh=x', format: 'reel', views: 30 },
    ]);
    const ava = await ws.ok('posts.list', { memberId: ws.members.ava });
    expect(ava.map((p) => [p.url, p.views])).toEqual(
      expect.arrayContaining([
        ['https://youtube.com/shorts/dQw4w9WgXcQ', 3],
        ['https://www.tiktok.com/video/7300000000000000002', 5],
      ]),
    );

    // Another shape later updates the recorded post; a different shortcode (case counts) is another post.
    const later = sheet(ws, 'later.csv', [
      '@maya.makes,https://www.instagram.com/p/C1abc/,99',
      '@maya.makes,https://www.instagram.com/p/C1ABC/,5',
      '@ava.brooks,https://www.youtube.com/watch?v=dQw4w9WgXcQ,40',
    ]);
    expect(bucketCounts(await importFile(ws, { kind: 'posts', file: later, pilotId: ws.pilot.id }))).toMatchObject({
      updated: 2,
      added: 1,
    });
    expect(count(ws, 'posts')).toBe(4);
  });
});
