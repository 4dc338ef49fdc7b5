/** A pilot's sourcing board: members with their profiles, fit and outreach state. */

import type { Database } from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import type { Stage } from '../../../shared/entities';
import { scoreProfile } from '../../../shared/fit';
import type { Prospect, SourcingBoard } from '../../../shared/sourcing';
import { profilesByIds } from '../db/profiles';
import { sql } from '../db/statements';
import { capWarnings, emptyCounts } from './caps';
import { type PilotSourcing, pilotSourcing } from './criteria';

interface MemberRow {
  id: number;
  creator_id: number;
  stage: Stage;
  declined_reason: string | null;
  reviewer: string | null;
  stage_changed_at: string | null;
  follow_up_date: string | null;
  last_contact_at: string | null;
  replied: number;
}

const byName = new Intl.Collator('en').compare;

// Contacts are read per member through their index: one pass, no grouping of the whole table.
const MEMBERS = `SELECT pc.id, pc.creator_id, pc.stage, pc.declined_reason, pc.reviewer, pc.stage_changed_at,
    pc.follow_up_date,
    (SELECT max(at) FROM contacts WHERE pilot_creator_id = pc.id) AS last_contact_at,
    EXISTS (SELECT 1 FROM contacts WHERE pilot_creator_id = pc.id AND kind = 'reply') AS replied
  FROM pilot_creators pc WHERE pc.pilot_id = ?`;

/** The pilot's members as prospects (only `memberIds` when given, in that order; ApiError for one not in the pilot). */
export function prospectsOf(db: Database, pilotId: number, memberIds?: readonly number[]): Prospect[] {
  return prospectsFor(db, pilotSourcing(db, pilotId), memberIds);
}

export function sourcingBoard(db: Database, pilotId: number): SourcingBoard {
  const pilot = pilotSourcing(db, pilotId);
  const prospects = prospectsFor(db, pilot);
  const counts = emptyCounts();
  for (const p of prospects) counts[p.stage]++;
  return {
    pilotId: pilot.pilotId,
    market: pilot.market,
    criteria: pilot.criteria,
    shortlistCap: pilot.shortlistCap,
    counts,
    warnings: capWarnings(counts, pilot.shortlistCap),
    prospects,
  };
}

/** Best fit first, then by name; members picked by id keep the order asked for. */
function prospectsFor(db: Database, pilot: PilotSourcing, memberIds?: readonly number[]): Prospect[] {
  let rows = sql(db, MEMBERS).all(pilot.pilotId) as MemberRow[];
  if (memberIds) rows = pick(rows, memberIds, pilot.name);
  const profiles = profilesByIds(
    db,
    rows.map((r) => r.creator_id),
  );
  const prospects = rows.map((r): Prospect => {
    const profile = profiles.get(r.creator_id);
    if (!profile) throw new Error(`Member ${r.id} has no creator ${r.creator_id}`);
    return {
      memberId: r.id,
      pilotId: pilot.pilotId,
      stage: r.stage,
      declinedReason: r.declined_reason,
      reviewer: r.reviewer,
      stageChangedAt: r.stage_changed_at,
      profile,
      fit: scoreProfile(profile, pilot.criteria, pilot.market),
      lastContactAt: r.last_contact_at,
      followUpDate: r.follow_up_date,
      replied: r.replied === 1,
    };
  });
  if (!memberIds) {
    prospects.sort((a, b) => b.fit.score - a.fit.score || byName(a.profile.name, b.profile.name));
  }
  return prospects;
}

function pick(rows: MemberRow[], memberIds: readonly number[], pilotName: string): MemberRow[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return memberIds.map((id) => {
    const row = byId.get(id);
    if (!row) throw notAMember(id, pilotName);
    return row;
  });
}

export function notAMember(memberId: number, pilotName: string): ApiError {
  return ApiError.field('memberIds', `Profile ${memberId} is not in the pilot ${pilotName}`);
}
