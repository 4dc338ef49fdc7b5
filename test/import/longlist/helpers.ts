/** Longlist test helpers: the fixtures folder, and every profile of a workspace as plain data. */

import { join } from 'node:path';
import { profilesByIds } from '../../../src/main/core/db/profiles';
import type { Profile } from '../../../src/shared/sourcing';
import type { newWorkspace } from '../../helpers/workspace';

export const LONGLISTS = join(__dirname, '../../fixtures/longlists');
export const fixture = (name: string) => ({ path: join(LONGLISTS, name) });

type Workspace = ReturnType<typeof newWorkspace>;

/** Every profile, by name, without ids and timestamps (so two workspaces compare). */
export function profiles(ws: Workspace): Array<Omit<Profile, 'creatorId' | 'updatedAt'>> {
  const ids = ws.session.db.prepare('SELECT id FROM creators ORDER BY id').pluck().all() as number[];
  return [...profilesByIds(ws.session.db, ids).values()]
    .map(({ creatorId: _, updatedAt: __, ...rest }) => rest)
    .sort((a, b) => a.name.localeCompare(b.name));
}

export const count = (ws: Workspace, from: string) =>
  ws.session.db.prepare(`SELECT count(*) FROM ${from}`).pluck().get() as number;

export async function pilot(ws: Workspace, name: string) {
  return ws.ok('pilots.create', {
    name,
    brand: 'Fernleaf',
    currency: 'EUR',
    startDate: '2026-09-01',
    endDate: '2026-09-30',
  });
}
