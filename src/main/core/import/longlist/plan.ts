/**
 * Plans a longlist import: which person each row is, and what it adds or
 * changes. A row is the same person as a profile when any of its handles
 * match (platform and handle, any case), across imports and pilots; later
 * rows of the same person in the file are merged into the first. The plan is
 * the preview, and the commit applies the same plan made again inside its
 * transaction, so the two cannot disagree.
 */

import type { Database } from 'better-sqlite3';
import type { Handle } from '../../../../shared/entities';
import type { RowProblem } from '../../../../shared/imports';
import { type Profile, unknownDetails } from '../../../../shared/sourcing';
import { getPilot } from '../../db/pilots';
import { handleKey, ownersOfHandles, type ProfileFields, profilesByIds } from '../../db/profiles';
import { sql } from '../../db/statements';
import { describeChanges } from './changes';
import type { LonglistRead } from './read-longlist';
import type { ImportedFields, LonglistEntry } from './row-reader';

/** One person of the file: the first row naming them, with what later rows of them add. */
export interface PlannedProfile {
  row: number;
  name: string | null;
  handles: Handle[];
  fields: ImportedFields;
  /** The profile it merges into; null when it adds one. */
  owner: Profile | null;
  /** The fields written: all of them for a new profile, only the changed ones for a merge. */
  update: Partial<ProfileFields>;
  newHandles: Handle[];
  /** Joins the pilot's longlist. */
  joins: boolean;
  changes: string[];
  bucket: 'added' | 'updated' | 'unchanged';
}

export interface LonglistPlan {
  pilot: { id: number; name: string } | null;
  profiles: PlannedProfile[];
  /** Later rows of a person already in the file. */
  excluded: Array<{ entry: LonglistEntry; profile: PlannedProfile; reason: string }>;
  /** Rows rejected while planning (on top of the ones the reader could not read). */
  problems: RowProblem[];
}

interface Group {
  entry: LonglistEntry;
  ownerId: number | null;
  handles: Handle[];
  fields: ImportedFields;
  name: string | null;
}

export function planLonglist(db: Database, read: LonglistRead, pilotId: number | null): LonglistPlan {
  const pilot = pilotId === null ? null : getPilot(db, pilotId, 'pilotId');
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  const byOwner = new Map<number, Group>();
  const excluded: Array<{ entry: LonglistEntry; group: Group }> = [];
  const problems: RowProblem[] = [];
  const names = new PeopleNames(db);

  for (const entry of read.entries) {
    const owners = ownersOfHandles(db, entry.handles);
    const ownerIds = [...new Set(owners.values())];
    const matched = new Set<Group>();
    for (const h of entry.handles) {
      const g = byKey.get(handleKey(h));
      if (g) matched.add(g);
    }
    for (const id of ownerIds) {
      const g = byOwner.get(id);
      if (g) matched.add(g);
    }
    const reject = (message: string) =>
      problems.push({ row: entry.row, field: 'handle', message: `Row ${entry.row}, ${message}` });
    const [group, ...more] = [...matched];
    const everyOwner = new Set([...ownerIds, ...(group?.ownerId ? [group.ownerId] : [])]);
    if (everyOwner.size > 1) {
      reject(`its handles belong to different people: ${names.of([...everyOwner], owners)}`);
      continue;
    }
    if (group && more.length > 0) {
      const rows = [group, ...more].map((g) => g.entry.row).sort((a, b) => a - b);
      reject(`its handles are on rows ${rows.join(' and ')}, which are different people; put each person on one row`);
      continue;
    }
    const ownerId = ownerIds[0] ?? group?.ownerId ?? null;
    if (group) {
      mergeInto(group, entry);
      group.ownerId = ownerId;
      excluded.push({ entry, group });
    } else {
      const fresh: Group = {
        entry,
        ownerId,
        handles: [...entry.handles],
        fields: { ...entry.fields },
        name: entry.name,
      };
      groups.push(fresh);
    }
    const target = group ?? (groups.at(-1) as Group);
    for (const h of entry.handles) byKey.set(handleKey(h), target);
    if (ownerId !== null) byOwner.set(ownerId, target);
  }

  const owners = profilesByIds(
    db,
    groups.flatMap((g) => (g.ownerId === null ? [] : [g.ownerId])),
  );
  const members = new Set(
    pilot
      ? (sql(db, 'SELECT creator_id FROM pilot_creators WHERE pilot_id = ?').pluck().all(pilot.id) as number[])
      : [],
  );
  const planned = new Map<Group, PlannedProfile>();
  for (const g of groups) {
    const owner = g.ownerId === null ? null : (owners.get(g.ownerId) ?? null);
    planned.set(g, planProfile(g, owner, pilot, owner ? members.has(owner.creatorId) : false));
  }
  return {
    pilot: pilot ? { id: pilot.id, name: pilot.name } : null,
    profiles: [...planned.values()],
    excluded: excluded.map(({ entry, group }) => ({
      entry,
      profile: planned.get(group) as PlannedProfile,
      reason: `Same profile as row ${group.entry.row}`,
    })),
    problems,
  };
}

/** A later row of the same person fills in what the first row left blank, and adds its handles and list items. */
function mergeInto(g: Group, entry: LonglistEntry): void {
  const known = new Set(g.handles.map(handleKey));
  for (const h of entry.handles) if (!known.has(handleKey(h))) g.handles.push(h);
  g.name ??= entry.name;
  for (const [key, value] of Object.entries(entry.fields) as [keyof ImportedFields, unknown][]) {
    const had = g.fields[key];
    if (had === undefined) (g.fields as Record<string, unknown>)[key] = value;
    else if (Array.isArray(had)) (g.fields as Record<string, unknown>)[key] = union(had, value as string[]);
  }
}

/**
 * Readings a discovery tool takes afresh each time: a newer file's value
 * replaces the profile's (undo restores it). Every other field is something
 * a person wrote or checked (name, email, place, notes), so a merge only
 * fills it when blank, and lists only gain items: a merge never drops a
 * value the user had.
 */
const MEASURED: ReadonlySet<keyof ImportedFields> = new Set(['followers', 'engagementBp', 'avgViews', 'shoppingLinks']);

/** The items of `had`, then those of `more` it lacks (any case). */
function union(had: readonly string[], more: readonly string[]): string[] {
  const seen = new Set(had.map((item) => item.toLowerCase()));
  return [...had, ...more.filter((item) => !seen.has(item.toLowerCase()))];
}

/** What merging `value` into the profile's `before` writes, or undefined when it keeps what is there. */
function merged(key: keyof ImportedFields, before: unknown, value: unknown): unknown {
  if (Array.isArray(before)) {
    const all = union(before, value as string[]);
    return all.length > before.length ? all : undefined;
  }
  if (before !== null && !MEASURED.has(key)) return undefined;
  return value === before ? undefined : value;
}

function planProfile(
  g: Group,
  owner: Profile | null,
  pilot: { id: number; name: string } | null,
  member: boolean,
): PlannedProfile {
  const base = { row: g.entry.row, name: g.name, handles: g.handles, fields: g.fields };
  if (!owner) {
    const update: ProfileFields = { ...unknownDetails(), ...g.fields, name: g.name ?? (g.handles[0] as Handle).handle };
    return { ...base, owner, update, newHandles: g.handles, joins: pilot !== null, changes: [], bucket: 'added' };
  }
  const update: Partial<ProfileFields> = {};
  for (const [key, value] of Object.entries(g.fields) as [keyof ImportedFields, unknown][]) {
    const next = merged(key, owner[key], value);
    if (next !== undefined) (update as Record<string, unknown>)[key] = next;
  }
  const have = new Set(owner.handles.map(handleKey));
  const newHandles = g.handles.filter((h) => !have.has(handleKey(h)));
  const joins = pilot !== null && !member;
  const changes = describeChanges(owner, update, newHandles, joins ? pilot : null);
  return { ...base, owner, update, newHandles, joins, changes, bucket: changes.length > 0 ? 'updated' : 'unchanged' };
}

/** People named in a rejection: "Maya Lin (@maya.makes) and Leo Park (@leo.park)". */
class PeopleNames {
  constructor(private readonly db: Database) {}

  of(ids: number[], owners: Map<string, number>): string {
    const profiles = profilesByIds(this.db, ids);
    const said = ids.map((id) => {
      const p = profiles.get(id);
      const key = [...owners].find(([, owner]) => owner === id)?.[0];
      const handle = key ? key.slice(key.indexOf(':') + 1) : (p?.handles[0]?.handle ?? '');
      return `${p?.name ?? `profile ${id}`} (@${handle})`;
    });
    return said.length <= 2 ? said.join(' and ') : `${said.slice(0, -1).join(', ')} and ${said.at(-1)}`;
  }
}
