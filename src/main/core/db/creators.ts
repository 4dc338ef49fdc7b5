/**
 * Creators and their pilot memberships. A person is stored once per
 * workspace and found again by any of their platform handles, so adding the
 * same @handle to a second pilot reuses the person rather than doubling them.
 */

import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import type { Handle, Pilot, PilotCreator, Stage } from '../../../shared/entities';
import { nextMoveId, recordStageMove } from '../sourcing/stage-log';
import { currentUser } from '../user';
import { type TermRow, termColumnsFrom, termsOf } from './creator-terms';
import { getPilot } from './pilots';
import { logActivity, nowIso, sql } from './statements';

type CreatorFields = Omit<ParsedInput<'creators.add'>, 'pilotId'>;

interface MemberRow extends TermRow {
  id: number;
  pilot_id: number;
  creator_id: number;
  name: string;
  email: string | null;
  region: string | null;
  followers: number | null;
  stage: PilotCreator['stage'];
  discount_code: string | null;
  landing_url: string | null;
  go_live_date: string | null;
  created_at: string;
}

const SELECT = `SELECT pc.*, c.name, c.email, c.region, c.followers
  FROM pilot_creators pc JOIN creators c ON c.id = pc.creator_id`;

function handlesOf(db: Database, creatorId: number): Handle[] {
  return sql(db, 'SELECT platform, handle FROM creator_handles WHERE creator_id = ? ORDER BY position').all(
    creatorId,
  ) as Handle[];
}

function toMember(db: Database, r: MemberRow): PilotCreator {
  return {
    id: r.id,
    pilotId: r.pilot_id,
    creatorId: r.creator_id,
    name: r.name,
    email: r.email,
    region: r.region,
    followers: r.followers,
    handles: handlesOf(db, r.creator_id),
    stage: r.stage,
    ...termsOf(r),
    discountCode: r.discount_code,
    landingUrl: r.landing_url,
    goLiveDate: r.go_live_date,
    createdAt: r.created_at,
  };
}

export function listCreators(db: Database, pilotId: number): PilotCreator[] {
  getPilot(db, pilotId, 'pilotId');
  const rows = sql(db, `${SELECT} WHERE pc.pilot_id = ? ORDER BY c.name COLLATE NOCASE, pc.id`).all(
    pilotId,
  ) as MemberRow[];
  return rows.map((r) => toMember(db, r));
}

export function getMember(db: Database, id: number): PilotCreator {
  const row = sql(db, `${SELECT} WHERE pc.id = ?`).get(id) as MemberRow | undefined;
  if (!row) {
    throw new ApiError('not_found', `No creator with id ${id} in any pilot`, [
      { field: 'id', message: 'No such creator' },
    ]);
  }
  return toMember(db, row);
}

function termColumns(db: Database, pilot: Pilot, f: CreatorFields, memberId: number | null) {
  if (f.goLiveDate && (f.goLiveDate < pilot.startDate || f.goLiveDate > pilot.endDate)) {
    throw ApiError.field(
      'goLiveDate',
      `Go-live date must be inside the pilot (${pilot.startDate} to ${pilot.endDate})`,
    );
  }
  const terms = {
    stage: f.stage,
    ...termColumnsFrom(pilot.currency, f),
    discount_code: f.discountCode,
    landing_url: f.landingUrl,
    go_live_date: f.goLiveDate,
  };
  if (f.discountCode) {
    const taken = sql(
      db,
      `SELECT c.name, p.name AS pilot FROM pilot_creators pc JOIN creators c ON c.id = pc.creator_id
       JOIN pilots p ON p.id = pc.pilot_id WHERE pc.discount_code = ? AND pc.id IS NOT ?`,
    ).get(f.discountCode, memberId) as { name: string; pilot: string } | undefined;
    if (taken) {
      throw ApiError.field('discountCode', `${f.discountCode} is already ${taken.name}'s code in ${taken.pilot}`);
    }
  }
  return terms;
}

/** The person who owns any of these handles, or none; refuses handles split between two people. */
function findPerson(db: Database, handles: Handle[], exceptCreatorId: number | null): number | null {
  let found: number | null = null;
  handles.forEach((h, i) => {
    const row = sql(db, 'SELECT creator_id FROM creator_handles WHERE platform = ? AND handle = ?').get(
      h.platform,
      h.handle,
    ) as { creator_id: number } | undefined;
    if (!row || row.creator_id === exceptCreatorId) return;
    if (found !== null && found !== row.creator_id) {
      throw ApiError.field(`handles.${i}.handle`, `@${h.handle} belongs to another creator`);
    }
    found = row.creator_id;
  });
  return found;
}

function saveHandles(db: Database, creatorId: number, handles: Handle[]): void {
  const seen = new Set<string>();
  handles.forEach((h, i) => {
    const key = `${h.platform}:${h.handle.toLowerCase()}`;
    if (seen.has(key)) throw ApiError.field(`handles.${i}.handle`, `@${h.handle} is listed twice`);
    seen.add(key);
  });
  sql(db, 'DELETE FROM creator_handles WHERE creator_id = ?').run(creatorId);
  const insert = sql(db, 'INSERT INTO creator_handles (creator_id, platform, handle, position) VALUES (?, ?, ?, ?)');
  handles.forEach((h, i) => {
    insert.run(creatorId, h.platform, h.handle, i);
  });
}

function savePerson(db: Database, creatorId: number, f: CreatorFields): void {
  sql(db, 'UPDATE creators SET name = ?, email = ?, region = ?, followers = ? WHERE id = ?').run(
    f.name,
    f.email,
    f.region,
    f.followers,
    creatorId,
  );
}

export function addCreator(db: Database, input: ParsedInput<'creators.add'>): PilotCreator {
  return db.transaction(() => {
    const pilot = getPilot(db, input.pilotId, 'pilotId');
    const terms = termColumns(db, pilot, input, null);
    let creatorId = findPerson(db, input.handles, null);
    const now = nowIso();
    if (creatorId === null) {
      creatorId = Number(
        sql(db, 'INSERT INTO creators (name, email, region, followers, created_at) VALUES (?, ?, ?, ?, ?)').run(
          input.name,
          input.email,
          input.region,
          input.followers,
          now,
        ).lastInsertRowid,
      );
    } else if (sql(db, 'SELECT 1 FROM pilot_creators WHERE pilot_id = ? AND creator_id = ?').get(pilot.id, creatorId)) {
      throw ApiError.field('handles.0.handle', `@${input.handles[0]?.handle} is already in this pilot`);
    } else {
      savePerson(db, creatorId, input);
    }
    saveHandles(db, creatorId, mergeHandles(handlesOf(db, creatorId), input.handles));
    const keys = Object.keys(terms);
    const id = Number(
      sql(
        db,
        `INSERT INTO pilot_creators (pilot_id, creator_id, ${keys.join(', ')}, created_at, updated_at)
         VALUES (@pilot_id, @creator_id, ${keys.map((k) => `@${k}`).join(', ')}, @now, @now)`,
      ).run({ ...terms, pilot_id: pilot.id, creator_id: creatorId, now }).lastInsertRowid,
    );
    logStageChange(db, id, null, input.stage, now);
    logActivity(db, 'creator.add', 'pilot_creator', id, { pilotId: pilot.id, name: input.name });
    return getMember(db, id);
  })();
}

export function updateCreator(db: Database, input: ParsedInput<'creators.update'>): PilotCreator {
  return db.transaction(() => {
    const member = getMember(db, input.id);
    const pilot = getPilot(db, member.pilotId);
    const terms = termColumns(db, pilot, input, member.id);
    findPerson(db, input.handles, member.creatorId);
    savePerson(db, member.creatorId, input);
    saveHandles(db, member.creatorId, input.handles);
    const keys = Object.keys(terms);
    sql(
      db,
      `UPDATE pilot_creators SET ${keys.map((k) => `${k} = @${k}`).join(', ')}, updated_at = @now WHERE id = @id`,
    ).run({ ...terms, now: nowIso(), id: member.id });
    if (member.stage !== input.stage) logStageChange(db, member.id, member.stage, input.stage, nowIso());
    logActivity(db, 'creator.update', 'pilot_creator', member.id);
    return getMember(db, member.id);
  })();
}

/** Takes the creator out of the pilot; the person and their handles stay in the workspace. */
export function removeCreator(db: Database, id: number): { id: number } {
  return db.transaction(() => {
    const member = getMember(db, id);
    // Approved payouts are finance's record and name the membership: it stays.
    if (sql(db, 'SELECT 1 FROM payouts WHERE pilot_creator_id = ? LIMIT 1').get(id)) {
      throw new ApiError('conflict', `${member.name} has approved payouts in this pilot, so they cannot be removed`);
    }
    sql(db, 'DELETE FROM pilot_creators WHERE id = ?').run(id);
    logActivity(db, 'creator.remove', 'pilot_creator', id, { pilotId: member.pilotId, name: member.name });
    return { id };
  })();
}

/** The stage log stays complete whichever screen moved a member. */
function logStageChange(db: Database, memberId: number, from: Stage | null, to: Stage, at: string): void {
  sql(
    db,
    `UPDATE pilot_creators SET stage_changed_at = ?,
       declined_reason = CASE WHEN stage = 'declined' THEN declined_reason END WHERE id = ?`,
  ).run(at, memberId);
  recordStageMove(db, { moveId: nextMoveId(db), memberId, at, by: currentUser(), from, to, reason: null });
}

function mergeHandles(existing: Handle[], added: Handle[]): Handle[] {
  const key = (h: Handle) => `${h.platform}:${h.handle.toLowerCase()}`;
  const have = new Set(added.map(key));
  return [...added, ...existing.filter((h) => !have.has(key(h)))];
}
