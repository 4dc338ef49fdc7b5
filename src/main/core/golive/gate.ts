/**
 * The go-live gate: a member may be marked live only when their contract is
 * signed, the code and link the pilot attributes by are set and valid, and
 * their content is approved. It guards the user's own moves (sourcing.move,
 * creators.add / creators.update); imports that record a state the sheet
 * already holds (the tracking sheet, the demo) write through the db layer and
 * are not gated by design.
 */

import type { Database } from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import type { AttributionMethod, Stage } from '../../../shared/entities';
import type { GateProblem, GoLiveCheck } from '../../../shared/signoffs';
import { landingUrlProblem, type Shop } from '../../../shared/tracking-assets';
import { codeProblem } from '../assets/codes';
import { trackingSettings } from '../assets/settings';
import { contentApproved } from '../content/approvals';
import { memberContract } from '../contracts/status';
import { getPilot } from '../db/pilots';
import { sql } from '../db/statements';
import { READYING_SQL } from '../db/taking-part';

interface GateMember {
  id: number;
  pilotId: number;
  name: string;
  stage: Stage;
  code: string | null;
  link: string | null;
}

const SELECT = `SELECT pc.id, pc.pilot_id AS pilotId, c.name, pc.stage, pc.discount_code AS code, pc.landing_url AS link
  FROM pilot_creators pc JOIN creators c ON c.id = pc.creator_id`;

/** The facts about tracking the gate reads: the sign-off "tracking set up" asks the same. */
export function trackingProblems(
  code: string | null,
  link: string | null,
  method: AttributionMethod,
  shop: Shop,
): GateProblem[] {
  const problems: GateProblem[] = [];
  if (method === 'code' || method === 'both') {
    const wrong = code ? codeProblem(code, shop) : null;
    if (!code) problems.push({ step: 'code', message: 'No discount code' });
    else if (wrong) problems.push({ step: 'code', message: `Discount code ${code}: ${wrong}` });
  }
  if (method === 'link' || method === 'both') {
    const wrong = link ? landingUrlProblem(link) : null;
    if (!link) problems.push({ step: 'link', message: 'No tracked link' });
    else if (wrong) problems.push({ step: 'link', message: `Tracked link ${wrong}` });
  }
  return problems;
}

export function contractProblem(db: Database, memberId: number): string | null {
  const status = memberContract(db, memberId).status;
  return status === 'signed' ? null : `Contract not signed (status: ${status ?? 'no contract yet'})`;
}

export function contentProblem(db: Database, memberId: number): string | null {
  const content = contentApproved(db, memberId);
  return content.ok ? null : `Content not approved: ${content.reason}`;
}

function problemsOf(db: Database, m: GateMember, method: AttributionMethod, shop: Shop): GateProblem[] {
  const contract = contractProblem(db, m.id);
  const content = contentProblem(db, m.id);
  return [
    ...(contract ? [{ step: 'contract' as const, message: contract }] : []),
    ...trackingProblems(m.code, m.link, method, shop),
    ...(content ? [{ step: 'content' as const, message: content }] : []),
  ];
}

function gateMember(db: Database, memberId: number): GateMember {
  const row = sql(db, `${SELECT} WHERE pc.id = ?`).get(memberId) as GateMember | undefined;
  if (!row) throw ApiError.field('memberId', `No creator with id ${memberId} in any pilot`);
  return row;
}

/** What stops the member from being marked live, in words; empty when nothing does. */
export function goLiveProblems(db: Database, memberId: number): string[] {
  const m = gateMember(db, memberId);
  const pilot = getPilot(db, m.pilotId);
  return problemsOf(db, m, pilot.attributionMethod, trackingSettings(db, m.pilotId).shop).map((p) => p.message);
}

/** Every member of the pilot but the declined, with what they lack. */
export function goLiveChecks(db: Database, pilotId: number): GoLiveCheck[] {
  const pilot = getPilot(db, pilotId, 'pilotId');
  const shop = trackingSettings(db, pilot.id).shop;
  const rows = sql(db, `${SELECT} WHERE pc.pilot_id = ? AND ${READYING_SQL} ORDER BY c.name COLLATE NOCASE, pc.id`).all(
    pilot.id,
  ) as GateMember[];
  return rows.map((m) => ({
    memberId: m.id,
    name: m.name,
    stage: m.stage,
    problems: problemsOf(db, m, pilot.attributionMethod, shop),
  }));
}

/**
 * Refuses (ApiError on field "stage") when any of the members may not be
 * marked live, naming each with what is missing. Call it inside the change's
 * transaction, after the change, so a refusal undoes it all.
 */
export function refuseUnlessReady(db: Database, memberIds: readonly number[]): void {
  const blocked = memberIds
    .map((id) => ({ name: gateMember(db, id).name, problems: goLiveProblems(db, id) }))
    .filter((b) => b.problems.length > 0);
  if (blocked.length === 0) return;
  const lines = blocked.map((b) => `${b.name}: ${b.problems.join('; ')}`);
  const who = blocked.length === 1 ? (blocked[0]?.name ?? '') : `${blocked.length} creators`;
  throw new ApiError(
    'conflict',
    `${who} cannot be marked live yet. ${lines.join('. ')}`,
    lines.map((message) => ({ field: 'stage', message })),
  );
}

/** creators.add / creators.update: a member the change marks live must pass the gate, or the change is undone. */
export function liveGated<T extends { id: number; stage: Stage }>(
  db: Database,
  before: Stage | null,
  change: () => T,
): T {
  const member = change();
  if (member.stage === 'live' && before !== 'live') refuseUnlessReady(db, [member.id]);
  return member;
}

/** The member's stage before a change; null when there is no such member (the change itself says so). */
export function stageBefore(db: Database, memberId: number): Stage | null {
  return (sql(db, 'SELECT stage FROM pilot_creators WHERE id = ?').pluck().get(memberId) as Stage | undefined) ?? null;
}
