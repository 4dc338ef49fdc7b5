/** A workspace with a pilot for a brand and one creator in it, and a post input to vary. */

import type { InputOf } from '../../src/shared/api/contract';
import { newWorkspace } from '../helpers/workspace';

export async function pilotWithCreator() {
  const ws = newWorkspace();
  const pilot = await ws.ok('pilots.create', {
    name: 'Spring glow',
    brand: 'Lumen Skin',
    currency: 'USD',
    startDate: '2026-03-01',
    endDate: '2026-04-30',
  });
  const member = await ws.ok('creators.add', {
    pilotId: pilot.id,
    name: 'Maya Chen',
    handles: [{ platform: 'instagram', handle: 'mayaglows' }],
  });
  return { ws, pilot, member };
}

export const reel = (memberId: number, fields: Partial<InputOf<'posts.save'>> = {}): InputOf<'posts.save'> => ({
  memberId,
  url: 'https://www.instagram.com/reel/Cx1',
  platform: 'instagram',
  format: 'reel',
  postedAt: '2026-03-05T18:30',
  caption: '#ad My morning glow with @lumen',
  views: 12000,
  likes: '840',
  comments: 31,
  clicks: 0,
  ...fields,
});
