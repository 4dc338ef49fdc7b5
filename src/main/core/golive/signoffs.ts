/**
 * Sign-offs: five checkpoints per member, each signed off with who and when
 * or cleared (both logged), and an SLA per checkpoint per pilot.
 *
 * When a checkpoint falls due: the clock of the first (brief approved) starts
 * when the member first reached a taking-part stage (contracted, or live /
 * completed when recorded that way); each later one's clock starts when the
 * one before it was signed off (not due while that one is open), and results
 * reviewed never before the day after the pilot ends. Due = start + SLA hours.
 */

import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { addDays } from '../../../shared/dates';
import { takesPart } from '../../../shared/entities';
import {
  CHECKPOINT_LABELS,
  CHECKPOINTS,
  type Checkpoint,
  DEFAULT_SLA_HOURS,
  type MemberSignoffs,
  type OverdueSignoff,
  type SignoffState,
  type SlaSettings,
} from '../../../shared/signoffs';
import { trackingSettings } from '../assets/settings';
import { findMember } from '../contracts/member';
import { getPilot } from '../db/pilots';
import { logActivity, nowIso, sql } from '../db/statements';
import { READYING_SQL } from '../db/taking-part';
import { currentUser } from '../user';
import { contentProblem, contractProblem, trackingProblems } from './gate';

export function slaSettings(db: Database, pilotId: number): SlaSettings {
  const pilot = getPilot(db, pilotId, 'pilotId');
  const rows = sql(db, 'SELECT checkpoint, hours FROM pilot_signoff_sla WHERE pilot_id = ?').all(pilot.id) as {
    checkpoint: Checkpoint;
    hours: number;
  }[];
  const hours = { ...DEFAULT_SLA_HOURS };
  for (const r of rows) hours[r.checkpoint] = r.hours;
  return { pilotId: pilot.id, hours };
}

export function setSla(db: Database, pilotId: number, hours: Partial<Record<Checkpoint, number>>): SlaSettings {
  return db.transaction(() => {
    getPilot(db, pilotId, 'pilotId');
    const upsert = sql(
      db,
      `INSERT INTO pilot_signoff_sla (pilot_id, checkpoint, hours) VALUES (?, ?, ?)
       ON CONFLICT(pilot_id, checkpoint) DO UPDATE SET hours = excluded.hours`,
    );
    for (const c of CHECKPOINTS) {
      const h = hours[c];
      if (h !== undefined) upsert.run(pilotId, c, h);
    }
    logActivity(db, 'signoffs.sla', 'pilot', pilotId, hours);
    return slaSettings(db, pilotId);
  })();
}

interface MemberRow {
  id: number;
  pilotId: number;
  name: string;
  stage: MemberSignoffs['stage'];
  stageChangedAt: string | null;
  createdAt: string;
  endDate: string;
}

const MEMBER = `SELECT pc.id, pc.pilot_id AS pilotId, c.name, pc.stage, pc.stage_changed_at AS stageChangedAt,
    pc.created_at AS createdAt, p.end_date AS endDate
  FROM pilot_creators pc JOIN creators c ON c.id = pc.creator_id JOIN pilots p ON p.id = pc.pilot_id`;

/** When the member first took part: the sign-off clock's start; null while they are a prospect. */
function clockStart(db: Database, m: MemberRow): string | null {
  if (!takesPart(m.stage)) return null;
  const moved = sql(
    db,
    `SELECT min(at) FROM stage_moves WHERE pilot_creator_id = ? AND undone_at IS NULL
       AND to_stage IN ('contracted', 'live', 'completed')`,
  )
    .pluck()
    .get(m.id) as string | null;
  return moved ?? m.stageChangedAt ?? m.createdAt;
}

const later = (a: string, b: string) => (Date.parse(a) >= Date.parse(b) ? a : b);
const plusHours = (iso: string, hours: number) => new Date(Date.parse(iso) + hours * 3_600_000).toISOString();

function states(db: Database, m: MemberRow, sla: SlaSettings): SignoffState[] {
  const rows = sql(db, 'SELECT checkpoint, signed_by, signed_at, note FROM member_signoffs WHERE member_id = ?').all(
    m.id,
  ) as { checkpoint: Checkpoint; signed_by: string; signed_at: string; note: string | null }[];
  const signed = new Map(rows.map((r) => [r.checkpoint, r]));
  let start = clockStart(db, m);
  return CHECKPOINTS.map((checkpoint) => {
    const row = signed.get(checkpoint);
    const hours = sla.hours[checkpoint];
    if (start && checkpoint === 'results_reviewed') start = later(start, `${addDays(m.endDate, 1)}T00:00:00.000Z`);
    const dueAt = !row && start ? plusHours(start, hours) : null;
    start = row && start ? later(start, row.signed_at) : null;
    return {
      checkpoint,
      label: CHECKPOINT_LABELS[checkpoint],
      signedBy: row?.signed_by ?? null,
      signedAt: row?.signed_at ?? null,
      note: row?.note ?? null,
      slaHours: hours,
      dueAt,
      noLongerHolds: row ? factProblem(db, m.id, checkpoint) : null,
    };
  });
}

function toSignoffs(db: Database, m: MemberRow, sla: SlaSettings): MemberSignoffs {
  return { memberId: m.id, pilotId: m.pilotId, name: m.name, stage: m.stage, checkpoints: states(db, m, sla) };
}

export function memberSignoffs(db: Database, memberId: number): MemberSignoffs {
  findMember(db, memberId);
  const m = sql(db, `${MEMBER} WHERE pc.id = ?`).get(memberId) as MemberRow;
  return toSignoffs(db, m, slaSettings(db, m.pilotId));
}

export function listSignoffs(db: Database, pilotId: number): MemberSignoffs[] {
  const sla = slaSettings(db, pilotId);
  const rows = sql(db, `${MEMBER} WHERE pc.pilot_id = ? AND ${READYING_SQL} ORDER BY c.name COLLATE NOCASE, pc.id`).all(
    pilotId,
  ) as MemberRow[];
  return rows.map((m) => toSignoffs(db, m, sla));
}

/** Why the facts disagree with signing this checkpoint off, or null. */
function factProblem(db: Database, memberId: number, checkpoint: Checkpoint): string | null {
  if (checkpoint === 'contract_signed') return contractProblem(db, memberId);
  if (checkpoint === 'content_approved') return contentProblem(db, memberId);
  if (checkpoint === 'tracking_set_up') {
    const m = findMember(db, memberId);
    const method = getPilot(db, m.pilotId).attributionMethod;
    const problems = trackingProblems(m.discountCode, m.landingUrl, method, trackingSettings(db, m.pilotId).shop);
    return problems.length > 0 ? `Tracking not set up: ${problems.map((p) => p.message).join('; ')}` : null;
  }
  return null;
}

export function setSignoff(db: Database, input: ParsedInput<'signoffs.set'>): MemberSignoffs {
  return db.transaction(() => {
    const member = findMember(db, input.memberId);
    const label = CHECKPOINT_LABELS[input.checkpoint];
    const current = sql(
      db,
      'SELECT signed_by, signed_at FROM member_signoffs WHERE member_id = ? AND checkpoint = ?',
    ).get(member.id, input.checkpoint) as { signed_by: string; signed_at: string } | undefined;
    if (!input.signed) {
      if (!current) throw ApiError.field('signed', `${label} is not signed off for ${member.name}`);
      sql(db, 'DELETE FROM member_signoffs WHERE member_id = ? AND checkpoint = ?').run(member.id, input.checkpoint);
      logActivity(db, 'signoffs.clear', 'pilot_creator', member.id, {
        checkpoint: input.checkpoint,
        by: input.by ?? currentUser(),
        was: current,
      });
      return memberSignoffs(db, member.id);
    }
    if (current) {
      throw new ApiError(
        'conflict',
        `${label} was already signed off for ${member.name} by ${current.signed_by} (${current.signed_at.slice(0, 10)})`,
        [{ field: 'checkpoint', message: 'already signed off' }],
      );
    }
    const problem = factProblem(db, member.id, input.checkpoint);
    if (problem) {
      throw new ApiError('conflict', `${label} cannot be signed off for ${member.name}: ${problem}`, [
        { field: 'checkpoint', message: problem },
      ]);
    }
    const by = input.by ?? currentUser();
    const at = nowIso();
    sql(
      db,
      'INSERT INTO member_signoffs (member_id, checkpoint, signed_by, signed_at, note) VALUES (?, ?, ?, ?, ?)',
    ).run(member.id, input.checkpoint, by, at, input.note);
    logActivity(db, 'signoffs.sign', 'pilot_creator', member.id, {
      checkpoint: input.checkpoint,
      by,
      note: input.note,
    });
    return memberSignoffs(db, member.id);
  })();
}

/** Open checkpoints past due at `at` across pilots not archived, most overdue first. */
export function overdueSignoffs(db: Database, at: string = nowIso()): OverdueSignoff[] {
  const pilots = sql(db, 'SELECT id, name FROM pilots WHERE archived_at IS NULL').all() as {
    id: number;
    name: string;
  }[];
  const now = Date.parse(at);
  const out: OverdueSignoff[] = [];
  for (const p of pilots) {
    for (const m of listSignoffs(db, p.id)) {
      for (const c of m.checkpoints) {
        if (c.dueAt === null || Date.parse(c.dueAt) >= now) continue;
        out.push({
          pilotId: p.id,
          pilotName: p.name,
          memberId: m.memberId,
          name: m.name,
          checkpoint: c.checkpoint,
          label: c.label,
          dueAt: c.dueAt,
          hoursOverdue: Math.floor((now - Date.parse(c.dueAt)) / 3_600_000),
        });
      }
    }
  }
  return out.sort((a, b) => b.hoursOverdue - a.hoursOverdue || a.name.localeCompare(b.name));
}
