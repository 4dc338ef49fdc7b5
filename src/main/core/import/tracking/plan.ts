/**
 * Plans a move-in: which of the pilot's creators each sheet row is (by code,
 * then handle, then name), and what it adds or changes. The same plan is
 * applied in the preview (inside a savepoint that is rolled back) and in the
 * commit, so the two cannot disagree.
 */

import type { Database } from 'better-sqlite3';
import type { Pilot, PilotCreator, Platform } from '../../../../shared/entities';
import type { Bucket, RowProblem } from '../../../../shared/imports';
import { formatMoney } from '../../../../shared/money';
import { listCreators } from '../../db/creators';
import { getPilot } from '../../db/pilots';
import { sql } from '../../db/statements';
import { handleFromName } from './creator-cell';
import type { SheetRow, TrackingRead } from './read-tracking';

export interface MemberChange {
  name?: string;
  handle?: { platform: Platform; handle: string };
  code?: string;
  goLiveDate?: string;
  baselineRevenueMinor?: number;
  feesMinor?: number;
  /** Clicks stored as one click-day, when the creator has none recorded yet. */
  clicks?: { day: string; clicks: number };
}

export interface PlannedRow {
  sheet: SheetRow;
  /** The pilot creator updated, or null for a new one. */
  member: PilotCreator | null;
  bucket: Bucket;
  /** For new creators: who they are. */
  name: string;
  handle: { platform: Platform; handle: string } | null;
  change: MemberChange;
  /** Rejected: why; updated: what changes, in words. */
  reason: string | null;
}

export interface TrackingPlan {
  pilot: Pilot;
  rows: PlannedRow[];
  /** Rows rejected while planning (on top of the ones the reader could not read). */
  problems: RowProblem[];
}

export function planTracking(db: Database, read: TrackingRead): TrackingPlan {
  const pilot = getPilot(db, read.pilotId, 'pilotId');
  const members = listCreators(db, read.pilotId);
  const clicked = new Set(
    sql(
      db,
      'SELECT DISTINCT k.pilot_creator_id FROM clicks k JOIN pilot_creators pc ON pc.id = k.pilot_creator_id WHERE pc.pilot_id = ?',
    )
      .pluck()
      .all(read.pilotId) as number[],
  );
  const claimed = new Map<number, number>();
  const codes = new Map<string, number>();
  const rows: PlannedRow[] = [];
  const problems: RowProblem[] = [];
  const money = (minor: number) => formatMoney(minor, pilot.currency, 'en-US');

  for (const sheet of read.rows) {
    const reject = (field: string, message: string) => {
      problems.push({ row: sheet.row, field, message: `Row ${sheet.row}, ${message}` });
    };
    const member = findMember(members, sheet);
    const display = sheet.creator.name ?? member?.name ?? `@${sheet.creator.handle}`;
    if (member && claimed.has(member.id)) {
      reject('creator', `${display} is the same creator as row ${claimed.get(member.id)}`);
      continue;
    }
    if (sheet.code) {
      const key = sheet.code.toLowerCase();
      const earlier = codes.get(key);
      if (earlier !== undefined) {
        reject('code', `code ${sheet.code} is also on row ${earlier}`);
        continue;
      }
      const owner = codeOwner(db, sheet.code, member?.id ?? null);
      if (owner) {
        reject('code', `code ${sheet.code} is already ${owner}`);
        continue;
      }
    }
    if (sheet.campaignStart && (sheet.campaignStart < pilot.startDate || sheet.campaignStart > pilot.endDate)) {
      reject(
        'campaignStart',
        `campaign start ${sheet.campaignStart} is outside the pilot (${pilot.startDate} to ${pilot.endDate})`,
      );
      continue;
    }
    if (member) claimed.set(member.id, sheet.row);
    if (sheet.code) codes.set(sheet.code.toLowerCase(), sheet.row);

    const platform = sheet.platform ?? member?.handles[0]?.platform ?? 'other';
    const handle = sheet.creator.handle
      ? { platform, handle: sheet.creator.handle }
      : member
        ? null
        : { platform, handle: handleFromName(sheet.creator.name ?? '') };
    const change: MemberChange = {};
    if (sheet.creator.name && sheet.creator.name !== member?.name) change.name = sheet.creator.name;
    if (handle && !member?.handles.some((h) => sameHandle(h, handle))) change.handle = handle;
    if (sheet.code && sheet.code !== member?.discountCode) change.code = sheet.code;
    if (sheet.campaignStart && sheet.campaignStart !== member?.goLiveDate) change.goLiveDate = sheet.campaignStart;
    // A zero baseline where none is set is how sheets leave the cell "empty": it changes nothing.
    const noBaseline = sheet.baselineRevenueMinor === 0 && (member?.baselineRevenueMinor ?? null) === null;
    if (
      sheet.baselineRevenueMinor !== null &&
      !noBaseline &&
      sheet.baselineRevenueMinor !== member?.baselineRevenueMinor
    ) {
      change.baselineRevenueMinor = sheet.baselineRevenueMinor;
    }
    if (sheet.totalCostsMinor !== null) {
      const fees = feesOf(sheet.totalCostsMinor, member);
      if (fees !== (member?.feesMinor ?? null)) change.feesMinor = fees;
    }
    if (sheet.clicks !== null && !(member && clicked.has(member.id))) {
      change.clicks = { day: sheet.campaignStart ?? member?.goLiveDate ?? pilot.startDate, clicks: sheet.clicks };
    }
    const said = describe(change, member, money);
    rows.push({
      sheet,
      member,
      bucket: member ? (said.length > 0 ? 'updated' : 'unchanged') : 'added',
      name: sheet.creator.name ?? sheet.creator.handle ?? '',
      handle,
      change,
      reason: member && said.length > 0 ? said.join('; ') : null,
    });
  }
  return { pilot, rows, problems };
}

/** By tracked code, then by any handle, then by name (case and spacing aside). */
function findMember(members: PilotCreator[], sheet: SheetRow): PilotCreator | null {
  const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');
  const code = sheet.code?.toLowerCase();
  const handle = sheet.creator.handle?.toLowerCase();
  const name = sheet.creator.name ? norm(sheet.creator.name) : null;
  return (
    (code && members.find((m) => m.discountCode?.toLowerCase() === code)) ||
    (handle && members.find((m) => m.handles.some((h) => h.handle.toLowerCase() === handle))) ||
    (name && members.find((m) => norm(m.name) === name)) ||
    // A name cell may hold a bare handle without the @ ("jonahskin").
    (name && members.find((m) => m.handles.some((h) => h.handle.toLowerCase() === name))) ||
    null
  );
}

/**
 * The sheet's total costs, kept as the creator's fees. A creator whose terms
 * already hold a stipend, product or shipping cost keeps those, so only the
 * part of the total above them becomes fees and nothing is counted twice.
 */
export function feesOf(totalMinor: number, member: PilotCreator | null): number {
  if (!member) return totalMinor;
  const fixed =
    (member.stipendMinor ?? 0) +
    (member.productUnits ?? 0) * (member.productUnitCostMinor ?? 0) +
    (member.seedingShippingMinor ?? 0);
  return Math.max(0, totalMinor - fixed);
}

function codeOwner(db: Database, code: string, memberId: number | null): string | null {
  const row = sql(
    db,
    `SELECT c.name, p.name AS pilot FROM pilot_creators pc JOIN creators c ON c.id = pc.creator_id
     JOIN pilots p ON p.id = pc.pilot_id WHERE pc.discount_code = ? COLLATE NOCASE AND pc.id IS NOT ?`,
  ).get(code, memberId) as { name: string; pilot: string } | undefined;
  return row ? `${row.name}'s code in ${row.pilot}` : null;
}

function sameHandle(a: { platform: string; handle: string }, b: { platform: string; handle: string }): boolean {
  return a.platform === b.platform && a.handle.toLowerCase() === b.handle.toLowerCase();
}

function describe(c: MemberChange, m: PilotCreator | null, money: (minor: number) => string): string[] {
  const out: string[] = [];
  const was = (v: string | null | undefined) => (v ? ` (was ${v})` : '');
  if (c.name !== undefined) out.push(`name ${c.name}${was(m?.name)}`);
  if (c.handle) out.push(`adds @${c.handle.handle} on ${c.handle.platform}`);
  if (c.code !== undefined) out.push(`code ${c.code}${was(m?.discountCode)}`);
  if (c.goLiveDate !== undefined) out.push(`go-live ${c.goLiveDate}${was(m?.goLiveDate)}`);
  if (c.baselineRevenueMinor !== undefined) {
    const before = m?.baselineRevenueMinor;
    out.push(`baseline revenue ${money(c.baselineRevenueMinor)}${was(before == null ? null : money(before))}`);
  }
  if (c.feesMinor !== undefined) {
    out.push(`fees ${money(c.feesMinor)}${was(m?.feesMinor == null ? null : money(m.feesMinor))}`);
  }
  if (c.clicks) out.push(`${c.clicks.clicks} clicks on ${c.clicks.day}`);
  return out;
}
