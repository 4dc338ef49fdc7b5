/**
 * Whose post a row is: a member of the pilot being readied (shortlist on,
 * declined left out), found by any of their handles (with or without @, any
 * case) or their exact name. A cell may hold either, or both ("Maya Lin
 * (@maya.makes)"); a TikTok or YouTube link naming an account is tried last.
 */

import type { Database } from 'better-sqlite3';
import type { Platform } from '../../../../shared/entities';
import { sql } from '../../db/statements';
import { READYING_SQL } from '../../db/taking-part';
import { readCreatorName } from '../tracking/creator-cell';
import { handleInUrl } from './post-url';
import type { PostEntry } from './row-reader';

export interface Member {
  id: number;
  name: string;
}

/** ambiguous: the text names more than one creator of the pilot (not: no creator). */
type Found = { member: Member } | { field: 'handle' | 'name'; message: string; ambiguous: boolean };

const fold = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

export class PilotMembers {
  private readonly byHandle = new Map<string, Array<{ member: Member; platform: string }>>();
  private readonly byName = new Map<string, Member[]>();
  /** Members not being readied (longlist, declined), to say why their rows do not land. */
  private readonly others = new Map<string, { name: string; stage: string }>();

  constructor(
    db: Database,
    private readonly pilot: { id: number; name: string },
  ) {
    const rows = sql(
      db,
      `SELECT pc.id, c.name, pc.stage, ${READYING_SQL} AS readying, h.platform, h.handle
       FROM pilot_creators pc JOIN creators c ON c.id = pc.creator_id
       LEFT JOIN creator_handles h ON h.creator_id = c.id
       WHERE pc.pilot_id = ? ORDER BY pc.id`,
    ).all(pilot.id) as Array<{
      id: number;
      name: string;
      stage: string;
      readying: number;
      platform: string | null;
      handle: string | null;
    }>;
    const members = new Map<number, Member>();
    for (const r of rows) {
      if (!r.readying) {
        for (const key of [fold(r.name), ...(r.handle ? [fold(r.handle)] : [])]) {
          this.others.set(key, { name: r.name, stage: r.stage });
        }
        continue;
      }
      let member = members.get(r.id);
      if (!member) {
        member = { id: r.id, name: r.name };
        members.set(r.id, member);
        push(this.byName, fold(r.name), member);
      }
      if (r.handle && r.platform) push(this.byHandle, fold(r.handle), { member, platform: r.platform });
    }
  }

  find(entry: PostEntry): Found {
    const tried: Array<{ field: 'handle' | 'name'; text: string }> = [];
    for (const field of ['handle', 'name'] as const) {
      const text = entry[field];
      if (!text) continue;
      tried.push({ field, text });
      const cell = readCreatorName(text);
      const handle = cell.ok ? cell.value.handle : null;
      const name = cell.ok ? cell.value.name : text;
      // A handle column's plain text is a handle before it is a name: one creator's name may be another's handle.
      const plain = !name
        ? null
        : field === 'handle'
          ? (this.handle(name, entry.platform) ?? this.name(name))
          : (this.name(name) ?? this.handle(name, entry.platform));
      const found = (handle ? this.handle(handle, entry.platform) : null) ?? plain;
      if (found) return found;
    }
    const inLink = handleInUrl(entry.url);
    const fromLink = inLink ? this.handle(inLink, entry.platform) : null;
    if (fromLink) return fromLink;
    const first = tried[0] as { field: 'handle' | 'name'; text: string };
    const other = this.others.get(fold(first.text.replace(/^@/, '')));
    if (other) {
      return {
        field: first.field,
        ambiguous: false,
        message: `"${first.text}" is ${other.name}, who is ${other.stage === 'declined' ? 'declined' : `on the ${other.stage}`} in ${this.pilot.name}; posts are recorded for creators from the shortlist on`,
      };
    }
    return {
      field: first.field,
      ambiguous: false,
      message: `"${first.text}" is not a creator of ${this.pilot.name} (no handle or name matches)`,
    };
  }

  private handle(text: string, platform: Platform): Found | null {
    const all = this.byHandle.get(fold(text.replace(/^@/, ''))) ?? [];
    const people = unique(all.map((h) => h.member));
    if (people.length <= 1) return people[0] ? { member: people[0] } : null;
    const onPlatform = unique(all.filter((h) => h.platform === platform).map((h) => h.member));
    if (onPlatform.length === 1 && onPlatform[0]) return { member: onPlatform[0] };
    return {
      field: 'handle',
      ambiguous: true,
      message: `"${text}" is a handle of ${people.map((p) => p.name).join(' and ')}; add the platform or use the name`,
    };
  }

  private name(text: string): Found | null {
    const people = this.byName.get(fold(text)) ?? [];
    if (people.length <= 1) return people[0] ? { member: people[0] } : null;
    return {
      field: 'name',
      ambiguous: true,
      message: `${people.length} creators of ${this.pilot.name} are named "${text}"; use the handle`,
    };
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const unique = (members: Member[]) => [...new Map(members.map((m) => [m.id, m])).values()];
