/** Posts import test helpers: the fixtures folder, a pilot with members at several stages, and its posts as data. */

import { join } from 'node:path';
import { newWorkspace } from '../../helpers/workspace';

process.env.PILOTDESK_USER = 'Ana Test';

export const POSTS = join(__dirname, '../../fixtures/posts');
export const fixture = (name: string) => ({ path: join(POSTS, name) });

export type Workspace = ReturnType<typeof newWorkspace>;

/**
 * A pilot with Maya (two handles), Leo and Ava being readied, and Zoe still
 * on the longlist; the member ids by first name.
 */
export async function pilotWorkspace() {
  const ws = newWorkspace();
  const pilot = await ws.ok('pilots.create', {
    name: 'Spring Glow',
    currency: 'USD',
    startDate: '2026-03-01',
    endDate: '2026-03-31',
  });
  const add = (
    name: string,
    handles: Array<{ platform: 'instagram' | 'tiktok'; handle: string }>,
    stage = 'contracted',
  ) => ws.ok('creators.add', { pilotId: pilot.id, name, handles, stage: stage as 'contracted' });
  const members = {
    maya: (
      await add('Maya Lin', [
        { platform: 'instagram', handle: 'maya.makes' },
        { platform: 'tiktok', handle: 'mayamakes' },
      ])
    ).id,
    leo: (await add('Leo Park', [{ platform: 'instagram', handle: 'leo.park' }], 'shortlist')).id,
    ava: (await add('Ava Brooks', [{ platform: 'tiktok', handle: 'ava.brooks' }])).id,
    zoe: (await add('Zoe Quinn', [{ platform: 'instagram', handle: 'zoe.q' }], 'longlist')).id,
  };
  return { ...ws, pilot, members };
}

/** Every post of the workspace, without ids and timestamps (so two workspaces compare). */
export function posts(ws: Workspace) {
  return ws.session.db
    .prepare(
      `SELECT c.name AS creator, p.url, p.platform, p.format, p.posted_at AS postedAt, p.caption, p.views, p.likes,
         p.comments, p.clicks, p.status
       FROM posts p JOIN pilot_creators pc ON pc.id = p.member_id JOIN creators c ON c.id = pc.creator_id
       ORDER BY c.name, p.url`,
    )
    .all();
}

export const count = (ws: Workspace, from: string) =>
  ws.session.db.prepare(`SELECT count(*) FROM ${from}`).pluck().get() as number;
