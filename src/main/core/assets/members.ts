/** What codes, links and exports need of a pilot's members: name, first handle and its platform, code, link. */

import type { Database } from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import { beingReadied, type Platform, type Stage } from '../../../shared/entities';
import { sql } from '../db/statements';
import { READYING_SQL } from '../db/taking-part';

export interface AssetMember {
  id: number;
  pilotId: number;
  name: string;
  stage: Stage;
  handle: string | null;
  platform: Platform | null;
  code: string | null;
  landingUrl: string | null;
}

const SELECT = `SELECT pc.id, pc.pilot_id AS pilotId, c.name, pc.stage, pc.discount_code AS code,
    pc.landing_url AS landingUrl, h.handle, h.platform
  FROM pilot_creators pc JOIN creators c ON c.id = pc.creator_id
  LEFT JOIN creator_handles h ON h.creator_id = pc.creator_id
    AND h.position = (SELECT min(position) FROM creator_handles WHERE creator_id = pc.creator_id)`;

/** A pilot's members being readied (shortlist on): longlisted and declined ones get no code or link. */
export function assetMembers(db: Database, pilotId: number): AssetMember[] {
  return sql(db, `${SELECT} WHERE pc.pilot_id = ? AND ${READYING_SQL} ORDER BY c.name COLLATE NOCASE, pc.id`).all(
    pilotId,
  ) as AssetMember[];
}

export function assetMember(db: Database, memberId: number, field = 'memberId'): AssetMember {
  const row = sql(db, `${SELECT} WHERE pc.id = ?`).get(memberId) as AssetMember | undefined;
  if (!row) throw ApiError.field(field, `No creator with id ${memberId} in any pilot`);
  return row;
}

/** One member to make a code, link or QR for: refused while longlisted or declined, as the pilot-wide paths skip them. */
export function readiedMember(db: Database, memberId: number): AssetMember {
  const member = assetMember(db, memberId);
  if (!beingReadied(member.stage)) {
    throw ApiError.field(
      'memberId',
      `${member.name} is ${member.stage === 'declined' ? 'declined' : 'on the longlist'}: codes and links are for creators from the shortlist on`,
    );
  }
  return member;
}

/** The handle as written in links and codes: without a leading @. */
export const bareHandle = (handle: string | null): string => (handle ?? '').trim().replace(/^@+/, '');
