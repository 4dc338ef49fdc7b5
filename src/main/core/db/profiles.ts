/**
 * Creator profiles: a person once per workspace, with what sourcing knows of
 * them. Hand edits (profiles.save) and longlist imports both write through
 * here, so a profile reads the same whichever way it came in. Lists are kept
 * as JSON arrays of text.
 */

import type { Database } from 'better-sqlite3';
import type { Handle } from '../../../shared/entities';
import type { Profile } from '../../../shared/sourcing';
import { nowIso, sql } from './statements';

/** The writable fields of a profile (everything but its id and timestamps). */
export type ProfileFields = Omit<Profile, 'creatorId' | 'handles' | 'updatedAt'>;

interface ProfileRow {
  id: number;
  name: string;
  email: string | null;
  profile_url: string | null;
  followers: number | null;
  engagement_bp: number | null;
  avg_views: number | null;
  country: string | null;
  region: string | null;
  city: string | null;
  categories: string;
  audience_notes: string | null;
  past_brands: string;
  shopping_links: number | null;
  updated_at: string | null;
}

const COLUMNS = `id, name, email, profile_url, followers, engagement_bp, avg_views, country, region, city,
  categories, audience_notes, past_brands, shopping_links, updated_at`;

function toProfile(r: ProfileRow, handles: Handle[]): Profile {
  return {
    creatorId: r.id,
    name: r.name,
    email: r.email,
    handles,
    profileUrl: r.profile_url,
    followers: r.followers,
    engagementBp: r.engagement_bp,
    avgViews: r.avg_views,
    country: r.country,
    region: r.region,
    city: r.city,
    categories: JSON.parse(r.categories) as string[],
    audienceNotes: r.audience_notes,
    pastBrands: JSON.parse(r.past_brands) as string[],
    shoppingLinks: r.shopping_links === null ? null : r.shopping_links === 1,
    updatedAt: r.updated_at,
  };
}

/** Profiles by id, in one query each for people and handles (the sourcing board reads thousands). */
export function profilesByIds(db: Database, creatorIds: readonly number[]): Map<number, Profile> {
  const out = new Map<number, Profile>();
  if (creatorIds.length === 0) return out;
  const ids = JSON.stringify(creatorIds);
  const handles = new Map<number, Handle[]>();
  const handleRows = sql(
    db,
    `SELECT creator_id, platform, handle FROM creator_handles
     WHERE creator_id IN (SELECT value FROM json_each(?)) ORDER BY creator_id, position`,
  ).all(ids) as { creator_id: number; platform: Handle['platform']; handle: string }[];
  for (const h of handleRows) {
    const list = handles.get(h.creator_id);
    const handle = { platform: h.platform, handle: h.handle };
    if (list) list.push(handle);
    else handles.set(h.creator_id, [handle]);
  }
  const rows = sql(db, `SELECT ${COLUMNS} FROM creators WHERE id IN (SELECT value FROM json_each(?))`).all(
    ids,
  ) as ProfileRow[];
  for (const r of rows) out.set(r.id, toProfile(r, handles.get(r.id) ?? []));
  return out;
}

export function getProfile(db: Database, creatorId: number): Profile | null {
  return profilesByIds(db, [creatorId]).get(creatorId) ?? null;
}

/** The people who own any of these handles (platform and handle, any case). */
export function ownersOfHandles(db: Database, handles: readonly Handle[]): Map<string, number> {
  const owners = new Map<string, number>();
  const find = sql(db, 'SELECT creator_id FROM creator_handles WHERE platform = ? AND handle = ?').pluck();
  for (const h of handles) {
    const id = find.get(h.platform, h.handle) as number | undefined;
    if (id !== undefined) owners.set(handleKey(h), id);
  }
  return owners;
}

export function handleKey(h: Handle): string {
  return `${h.platform}:${h.handle.toLowerCase()}`;
}

const FIELD_COLUMNS: Record<keyof ProfileFields, string> = {
  name: 'name',
  email: 'email',
  profileUrl: 'profile_url',
  followers: 'followers',
  engagementBp: 'engagement_bp',
  avgViews: 'avg_views',
  country: 'country',
  region: 'region',
  city: 'city',
  categories: 'categories',
  audienceNotes: 'audience_notes',
  pastBrands: 'past_brands',
  shoppingLinks: 'shopping_links',
};

function columnValue(field: keyof ProfileFields, value: ProfileFields[keyof ProfileFields]): unknown {
  if (field === 'categories' || field === 'pastBrands') return JSON.stringify(value ?? []);
  if (field === 'shoppingLinks') return value === null || value === undefined ? null : value ? 1 : 0;
  return value ?? null;
}

export function insertProfile(db: Database, fields: ProfileFields, handles: readonly Handle[]): number {
  const now = nowIso();
  const keys = Object.keys(FIELD_COLUMNS) as (keyof ProfileFields)[];
  const id = Number(
    sql(
      db,
      `INSERT INTO creators (${keys.map((k) => FIELD_COLUMNS[k]).join(', ')}, created_at, updated_at)
       VALUES (${keys.map(() => '?').join(', ')}, ?, ?)`,
    ).run(...keys.map((k) => columnValue(k, fields[k])), now, now).lastInsertRowid,
  );
  addHandles(db, id, handles);
  return id;
}

/** Writes only the fields given; the others keep their values. */
export function updateProfile(db: Database, creatorId: number, fields: Partial<ProfileFields>): void {
  const keys = (Object.keys(fields) as (keyof ProfileFields)[]).filter((k) => k in FIELD_COLUMNS);
  if (keys.length === 0) return;
  db.prepare(
    `UPDATE creators SET ${keys.map((k) => `${FIELD_COLUMNS[k]} = ?`).join(', ')}, updated_at = ? WHERE id = ?`,
  ).run(...keys.map((k) => columnValue(k, fields[k] as ProfileFields[typeof k])), nowIso(), creatorId);
}

/** Adds the handles this person does not have yet, after the ones they have. */
export function addHandles(db: Database, creatorId: number, handles: readonly Handle[]): void {
  const have = sql(db, 'SELECT platform, handle, position FROM creator_handles WHERE creator_id = ?').all(
    creatorId,
  ) as (Handle & { position: number })[];
  const known = new Set(have.map(handleKey));
  let position = have.reduce((max, h) => Math.max(max, h.position + 1), 0);
  const insert = sql(db, 'INSERT INTO creator_handles (creator_id, platform, handle, position) VALUES (?, ?, ?, ?)');
  for (const h of handles) {
    if (known.has(handleKey(h))) continue;
    known.add(handleKey(h));
    insert.run(creatorId, h.platform, h.handle, position++);
  }
}

/** Replaces a person's handles with these, in this order. */
export function replaceHandles(db: Database, creatorId: number, handles: readonly Handle[]): void {
  sql(db, 'DELETE FROM creator_handles WHERE creator_id = ?').run(creatorId);
  addHandles(db, creatorId, handles);
}
