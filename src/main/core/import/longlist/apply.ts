/**
 * Writes a longlist plan inside the caller's transaction: new profiles, the
 * merged fields and handles of known ones, and the pilot's new longlist
 * members. Every profile it touches gets a revision (what it was before, and
 * the membership it added), so the import can be undone exactly.
 */

import type { Database } from 'better-sqlite3';
import { reattributePeople } from '../../attribution/taking-part';
import { addHandles, insertProfile, type ProfileFields, updateProfile } from '../../db/profiles';
import { nowIso, sql } from '../../db/statements';
import { joinLonglist } from '../../sourcing/members';
import { nextMoveId } from '../../sourcing/stage-log';
import { currentUser } from '../../user';
import type { LonglistPlan } from './plan';

export interface Applied {
  /** The creator each planned profile landed as, by its first row. */
  creators: Map<number, number>;
  membersAdded: number;
}

export function applyLonglist(db: Database, plan: LonglistPlan, batchId: number): Applied {
  const creators = new Map<number, number>();
  const newHandles: number[] = [];
  const joining = new Longlist(db, plan.pilot?.id ?? null);
  const revision = sql(
    db,
    'INSERT INTO profile_revisions (batch_id, creator_id, previous, member_added) VALUES (?, ?, ?, ?)',
  );
  for (const p of plan.profiles) {
    if (p.bucket === 'unchanged') {
      if (p.owner) creators.set(p.row, p.owner.creatorId);
      continue;
    }
    let creatorId: number;
    if (p.owner) {
      creatorId = p.owner.creatorId;
      const { creatorId: _, updatedAt: __, ...previous } = p.owner;
      updateProfile(db, creatorId, p.update);
      addHandles(db, creatorId, p.newHandles);
      if (p.newHandles.length > 0) newHandles.push(creatorId);
      revision.run(batchId, creatorId, JSON.stringify(previous), p.joins ? joining.add(creatorId) : null);
    } else {
      creatorId = insertProfile(db, p.update as ProfileFields, p.handles);
      revision.run(batchId, creatorId, null, p.joins ? joining.add(creatorId) : null);
    }
    creators.set(p.row, creatorId);
  }
  // A handle new to someone taking part in a pilot can win that pilot's link orders.
  reattributePeople(db, newHandles);
  return { creators, membersAdded: joining.added };
}

/** A pilot's longlist, joined as one logged stage move (from no stage), by whoever imports. */
class Longlist {
  private move: { moveId: number; at: string; by: string } | null = null;
  added = 0;

  constructor(
    private readonly db: Database,
    private readonly pilotId: number | null,
  ) {}

  add(creatorId: number): number {
    if (this.pilotId === null) throw new Error('No pilot to join');
    this.move ??= { moveId: nextMoveId(this.db), at: nowIso(), by: currentUser() };
    this.added++;
    return joinLonglist(this.db, this.pilotId, creatorId, this.move);
  }
}
