/**
 * Approving a period's payouts and marking them paid. Approval writes each
 * creator's payout and its lines in one transaction with the preview it is
 * computed from, so what was shown is what is recorded. A period must start
 * after the creator's last approved one: two payouts never claim the same days.
 */

import type { Database } from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import type { ApproveResult, Payout } from '../../../shared/payouts';
import { getPilot } from '../db/pilots';
import { logActivity, nowIso, sql } from '../db/statements';
import { previewPayouts } from './preview';
import { getPayout, lastApprovedPeriods } from './records';

export interface ApproveInput {
  pilotId: number;
  periodStart: string;
  periodEnd: string;
  creatorIds?: number[] | undefined;
  by: string;
}

export function todayIso(): string {
  return nowIso().slice(0, 10);
}

export function approvePayouts(db: Database, input: ApproveInput, today = todayIso()): ApproveResult {
  const pilot = getPilot(db, input.pilotId, 'pilotId');
  if (input.periodEnd < input.periodStart) throw ApiError.field('periodEnd', 'must be on or after the period start');
  // The return window is counted to the period's end: a period still running could pay orders still returnable.
  if (input.periodEnd > today) {
    throw ApiError.field('periodEnd', `is after today (${today}); approve a period once it has ended`);
  }
  return db.transaction((): ApproveResult => {
    const preview = previewPayouts(db, pilot.id, input.periodStart, input.periodEnd);
    const chosen = input.creatorIds ? new Set(input.creatorIds) : null;
    if (input.creatorIds) {
      const members = new Set(preview.creators.map((c) => c.creatorId));
      input.creatorIds.forEach((id, i) => {
        if (!members.has(id)) throw ApiError.field(`creatorIds.${i}`, `creator ${id} is not in pilot "${pilot.name}"`);
      });
      // Asked for by name: an approved period is refused, not skipped.
      const approved = lastApprovedPeriods(db, pilot.id);
      for (const c of preview.creators) {
        const last = approved.get(c.creatorId);
        if (chosen?.has(c.creatorId) && last && last.end >= input.periodStart) {
          throw ApiError.field(
            'periodStart',
            `${c.name} already has a payout approved for ${last.start} to ${last.end}; start the period after ${last.end}`,
          );
        }
      }
    }
    const approvedAt = nowIso();
    const insertPayout = sql(
      db,
      `INSERT INTO payouts (pilot_id, pilot_creator_id, period_start, period_end, currency, amount_minor, order_count,
         approved_by, approved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertLine = sql(
      db,
      'INSERT INTO payout_lines (payout_id, line_no, order_id, order_ref, kind, amount_minor) VALUES (?, ?, ?, ?, ?, ?)',
    );
    const result: ApproveResult = { payouts: [], skipped: [] };
    for (const c of preview.creators) {
      if (chosen && !chosen.has(c.creatorId)) continue;
      if (c.blocked) {
        result.skipped.push({ creatorId: c.creatorId, name: c.name, reason: c.blocked });
        continue;
      }
      const id = Number(
        insertPayout.run(
          pilot.id,
          c.creatorId,
          input.periodStart,
          input.periodEnd,
          pilot.currency,
          c.totalMinor,
          c.orderCount,
          input.by,
          approvedAt,
        ).lastInsertRowid,
      );
      c.lines.forEach((l, i) => {
        insertLine.run(id, i + 1, l.orderId, l.orderRef, l.kind, l.amountMinor);
      });
      logActivity(db, 'payout.approve', 'payout', id, {
        pilotId: pilot.id,
        creatorId: c.creatorId,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        amountMinor: c.totalMinor,
        currency: pilot.currency,
        by: input.by,
      });
      result.payouts.push(getPayout(db, id));
    }
    if (result.payouts.length === 0) {
      const reasons = result.skipped.map((s) => `${s.name}: ${s.reason}`).join('; ');
      const overlap = result.skipped.some((s) => s.reason.startsWith('a payout is already approved'));
      const message = `nothing to approve for ${input.periodStart} to ${input.periodEnd}${reasons ? ` (${reasons})` : ''}`;
      if (overlap) throw ApiError.field('periodStart', message);
      throw new ApiError('conflict', `Nothing to approve: ${message}`);
    }
    return result;
  })();
}

export function markPaid(db: Database, payoutIds: readonly number[], by: string): Payout[] {
  return db.transaction(() => {
    const paidAt = nowIso();
    const update = sql(db, 'UPDATE payouts SET paid_by = ?, paid_at = ? WHERE id = ?');
    const seen = new Set<number>();
    return payoutIds.map((id, i) => {
      const field = `payoutIds.${i}`;
      if (seen.has(id)) throw ApiError.field(field, `payout ${id} is listed twice`);
      seen.add(id);
      const payout = getPayout(db, id, field);
      if (payout.paidAt) {
        throw ApiError.field(
          field,
          `payout ${id} (${payout.creatorName}) was already marked paid by ${payout.paidBy} at ${payout.paidAt}`,
        );
      }
      update.run(by, paidAt, id);
      logActivity(db, 'payout.paid', 'payout', id, { amountMinor: payout.amountMinor, currency: payout.currency, by });
      return getPayout(db, id, field);
    });
  })();
}
