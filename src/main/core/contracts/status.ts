/**
 * Contract status per member: draft -> sent -> signed, each step with its
 * date and who. It only moves forward (a step may be skipped, e.g. a contract
 * signed on the spot); a step's date cannot come before the step before it.
 */

import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { CONTRACT_STATUSES, type ContractStatus, type MemberContract } from '../../../shared/contracts';
import { getPilot } from '../db/pilots';
import { logActivity, sql } from '../db/statements';
import { localDay } from '../outreach/settings';
import { currentUser } from '../user';
import { findMember } from './member';

interface Row {
  member_id: number;
  name: string;
  status: ContractStatus | null;
  drafted_at: string | null;
  drafted_by: string | null;
  sent_at: string | null;
  sent_by: string | null;
  signed_at: string | null;
  signed_by: string | null;
  file_path: string | null;
}

const SELECT = `SELECT pc.id AS member_id, c.name, mc.status, mc.drafted_at, mc.drafted_by, mc.sent_at, mc.sent_by,
    mc.signed_at, mc.signed_by, mc.file_path
  FROM pilot_creators pc JOIN creators c ON c.id = pc.creator_id
  LEFT JOIN member_contracts mc ON mc.member_id = pc.id`;

function toContract(r: Row): MemberContract {
  return {
    memberId: r.member_id,
    name: r.name,
    status: r.status,
    draft: { date: r.drafted_at, by: r.drafted_by },
    sent: { date: r.sent_at, by: r.sent_by },
    signed: { date: r.signed_at, by: r.signed_by },
    filePath: r.file_path,
  };
}

export function memberContract(db: Database, memberId: number): MemberContract {
  findMember(db, memberId);
  return toContract(sql(db, `${SELECT} WHERE pc.id = ?`).get(memberId) as Row);
}

export function listContracts(db: Database, pilotId: number): MemberContract[] {
  getPilot(db, pilotId, 'pilotId');
  const rows = sql(db, `${SELECT} WHERE pc.pilot_id = ? ORDER BY c.name COLLATE NOCASE, pc.id`).all(pilotId) as Row[];
  return rows.map(toContract);
}

const rank = (s: ContractStatus | null) => (s === null ? -1 : CONTRACT_STATUSES.indexOf(s));
const COLUMN: Record<ContractStatus, string> = { draft: 'drafted', sent: 'sent', signed: 'signed' };

export function setContractStatus(db: Database, input: ParsedInput<'contracts.setStatus'>): MemberContract {
  const { memberId, status } = input;
  const date = input.date ?? localDay();
  const by = input.by ?? currentUser();
  return db.transaction(() => {
    const now = memberContract(db, memberId);
    if (rank(status) <= rank(now.status)) {
      const when = now.status ? now[now.status].date : null;
      throw new ApiError(
        'conflict',
        status === now.status
          ? `${now.name}'s contract is already ${status}${when ? ` (${when})` : ''}`
          : `${now.name}'s contract is ${now.status}${when ? ` since ${when}` : ''}; it cannot go back to ${status}`,
        [{ field: 'status', message: `already ${now.status}` }],
      );
    }
    const earlier = CONTRACT_STATUSES.slice(0, rank(status))
      .map((s) => ({ s, date: now[s].date }))
      .filter((e): e is { s: ContractStatus; date: string } => e.date !== null)
      .at(-1);
    if (earlier && date < earlier.date.slice(0, 10)) {
      throw ApiError.field(
        'date',
        `${date} is before the contract was ${earlier.s === 'draft' ? 'drafted' : earlier.s} (${earlier.date})`,
      );
    }
    const column = COLUMN[status];
    sql(
      db,
      `INSERT INTO member_contracts (member_id, status) VALUES (?, ?) ON CONFLICT(member_id) DO UPDATE SET status = excluded.status`,
    ).run(memberId, status);
    sql(db, `UPDATE member_contracts SET ${column}_at = ?, ${column}_by = ? WHERE member_id = ?`).run(
      date,
      by,
      memberId,
    );
    logActivity(db, `contracts.${status}`, 'pilot_creator', memberId, { date, by });
    return memberContract(db, memberId);
  })();
}

/** A contract file was generated: the first one makes a draft; a signed contract is not redrafted. */
export function recordDraft(db: Database, memberId: number, filePath: string): void {
  const now = memberContract(db, memberId);
  if (now.status === null) {
    sql(db, 'INSERT INTO member_contracts (member_id, status, drafted_at, drafted_by) VALUES (?, ?, ?, ?)').run(
      memberId,
      'draft',
      localDay(),
      currentUser(),
    );
  }
  sql(db, 'UPDATE member_contracts SET file_path = ? WHERE member_id = ?').run(filePath, memberId);
}

/** Refuses to draft over a signed contract. */
export function refuseIfSigned(db: Database, memberId: number): void {
  const now = memberContract(db, memberId);
  if (now.status === 'signed') {
    throw new ApiError(
      'conflict',
      `${now.name}'s contract was signed on ${now.signed.date}; a new draft would not be signed`,
      [{ field: 'memberId', message: 'contract already signed' }],
    );
  }
}
