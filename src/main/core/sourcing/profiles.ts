/**
 * Profiles added and edited by hand. A handle names one person per platform
 * across the workspace, so a handle already someone else's is refused with
 * their name rather than silently merging two people.
 */

import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import type { Handle, Stage } from '../../../shared/entities';
import { parsePercent } from '../../../shared/money';
import type { Profile, ProfileListItem } from '../../../shared/sourcing';
import { reattributePeople } from '../attribution/taking-part';
import {
  getProfile,
  handleKey,
  insertProfile,
  ownersOfHandles,
  type ProfileFields,
  profilesByIds,
  replaceHandles,
  updateProfile,
} from '../db/profiles';
import { logActivity, nowIso, sql } from '../db/statements';
import { pilotSourcing } from './criteria';
import { joinLonglist } from './members';
import { nextMoveId } from './stage-log';

type ProfileInput = ParsedInput<'profiles.save'>;

export function saveProfile(db: Database, input: ProfileInput, by: string): Profile {
  return db.transaction(() => {
    const { creatorId, pilotId } = input;
    if (creatorId !== undefined && !getProfile(db, creatorId)) {
      throw new ApiError('not_found', `There is no profile ${creatorId}`, [
        { field: 'creatorId', message: 'No such profile' },
      ]);
    }
    if (pilotId !== undefined) pilotSourcing(db, pilotId);
    checkHandles(db, input.handles, creatorId ?? null);
    const fields = fieldsOf(input);
    let id: number;
    if (creatorId === undefined) {
      id = insertProfile(db, fields, input.handles);
    } else {
      id = creatorId;
      updateProfile(db, id, fields);
      replaceHandles(db, id, input.handles);
      // Handles are link identities wherever this person takes part.
      reattributePeople(db, [id]);
    }
    let memberId: number | null = null;
    const alreadyIn =
      pilotId !== undefined &&
      sql(db, 'SELECT 1 FROM pilot_creators WHERE pilot_id = ? AND creator_id = ?').get(pilotId, id);
    if (pilotId !== undefined && !alreadyIn) {
      memberId = joinLonglist(db, pilotId, id, { moveId: nextMoveId(db), at: nowIso(), by });
    }
    logActivity(db, creatorId === undefined ? 'profile.add' : 'profile.edit', 'creator', id, {
      name: input.name,
      ...(memberId !== null ? { pilotId, memberId } : {}),
    });
    return getProfile(db, id) as Profile;
  })();
}

/** Refuses a handle listed twice, or one that is already another person's. */
function checkHandles(db: Database, handles: readonly Handle[], creatorId: number | null): void {
  const seen = new Set<string>();
  handles.forEach((h, i) => {
    if (seen.has(handleKey(h))) throw ApiError.field(`handles.${i}.handle`, `@${h.handle} is listed twice`);
    seen.add(handleKey(h));
  });
  const owners = ownersOfHandles(db, handles);
  handles.forEach((h, i) => {
    const owner = owners.get(handleKey(h));
    if (owner === undefined || owner === creatorId) return;
    const name = getProfile(db, owner)?.name ?? 'another person';
    throw ApiError.field(`handles.${i}.handle`, `@${h.handle} on ${h.platform} is already ${name}'s profile`);
  });
}

function fieldsOf(input: ProfileInput): ProfileFields {
  let engagementBp: number | null = null;
  if (input.engagementRate !== null) {
    const parsed = parsePercent(input.engagementRate);
    if (!parsed.ok) throw ApiError.field('engagementRate', parsed.message);
    engagementBp = parsed.value;
  }
  return {
    name: input.name,
    email: input.email,
    profileUrl: input.profileUrl,
    followers: input.followers,
    engagementBp,
    avgViews: input.avgViews,
    country: input.country,
    region: input.region,
    city: input.city,
    categories: input.categories,
    audienceNotes: input.audienceNotes,
    pastBrands: input.pastBrands,
    shoppingLinks: input.shoppingLinks,
  };
}

/** Every profile (or those whose name, handle, email or city holds `search`), by name, with their pilots. */
export function listProfiles(db: Database, search: string | null): ProfileListItem[] {
  const term = search?.replace(/^@/, '').trim() ?? '';
  const like = `%${term.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
  const ids = sql(
    db,
    `SELECT id FROM creators WHERE ? = '' OR name LIKE ? ESCAPE '\\' OR email LIKE ? ESCAPE '\\'
       OR city LIKE ? ESCAPE '\\' OR id IN (SELECT creator_id FROM creator_handles WHERE handle LIKE ? ESCAPE '\\')
     ORDER BY name COLLATE NOCASE, id`,
  )
    .pluck()
    .all(term, like, like, like, like) as number[];
  const profiles = profilesByIds(db, ids);
  const pilots = new Map<number, ProfileListItem['pilots']>();
  const memberships = sql(
    db,
    `SELECT pc.creator_id, p.id AS pilot_id, p.name, pc.stage FROM pilot_creators pc JOIN pilots p ON p.id = pc.pilot_id
     WHERE pc.creator_id IN (SELECT value FROM json_each(?)) ORDER BY p.name COLLATE NOCASE`,
  ).all(JSON.stringify(ids)) as { creator_id: number; pilot_id: number; name: string; stage: Stage }[];
  for (const m of memberships) {
    const list = pilots.get(m.creator_id) ?? [];
    list.push({ pilotId: m.pilot_id, pilotName: m.name, stage: m.stage });
    pilots.set(m.creator_id, list);
  }
  return ids.map((id) => ({ ...(profiles.get(id) as Profile), pilots: pilots.get(id) ?? [] }));
}
