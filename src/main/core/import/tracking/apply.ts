/**
 * Writes a move-in plan: adds the new creators (through the same code as
 * the Creators screen, so handles, codes and go-live dates obey the same
 * rules), updates the matched ones, stores sheet clicks as one click-day, and
 * re-attributes the pilot. Runs inside the caller's transaction.
 */

import type { Database } from 'better-sqlite3';
import type { PilotCreator } from '../../../../shared/entities';
import { minorToDecimal } from '../../../../shared/money';
import { attributePilot } from '../../attribution/attribute';
import { addCreator } from '../../db/creators';
import { nowIso, sql } from '../../db/statements';
import type { MemberChange, TrackingPlan } from './plan';

/** Applies the plan; returns the pilot creator of each sheet row that landed, by row. */
export function applyTracking(db: Database, plan: TrackingPlan, batchId: number | null): Map<number, number> {
  const { pilot } = plan;
  const landed = new Map<number, number>();
  const amount = (minor: number | undefined) => (minor === undefined ? null : minorToDecimal(minor, pilot.currency));
  for (const p of plan.rows) {
    if (p.bucket === 'rejected') continue;
    if (!p.member) {
      const added = addCreator(db, {
        pilotId: pilot.id,
        name: p.name,
        handles: p.handle ? [p.handle] : [],
        email: null,
        region: null,
        followers: null,
        stage: 'live',
        stipend: null,
        productUnits: null,
        productUnitCost: null,
        commissionRate: null,
        cpa: null,
        cpaBasis: 'net_order',
        commissionTiers: [],
        seedingShipping: null,
        fees: amount(p.change.feesMinor),
        bonusMetric: null,
        bonusThreshold: null,
        bonusAmount: null,
        baselineRevenue: amount(p.change.baselineRevenueMinor),
        payeeRef: null,
        discountCode: p.change.code ?? null,
        landingUrl: null,
        goLiveDate: p.change.goLiveDate ?? null,
      });
      writeClicks(db, added.id, p.change, batchId);
      landed.set(p.sheet.row, added.id);
      continue;
    }
    if (p.bucket === 'updated') updateMember(db, p.member, p.change, batchId);
    landed.set(p.sheet.row, p.member.id);
  }
  attributePilot(db, pilot.id);
  return landed;
}

function updateMember(db: Database, m: PilotCreator, c: MemberChange, batchId: number | null): void {
  if (c.name !== undefined) sql(db, 'UPDATE creators SET name = ? WHERE id = ?').run(c.name, m.creatorId);
  if (c.handle) {
    sql(
      db,
      `INSERT INTO creator_handles (creator_id, platform, handle, position)
       VALUES (?, ?, ?, (SELECT coalesce(max(position), -1) + 1 FROM creator_handles WHERE creator_id = ?))`,
    ).run(m.creatorId, c.handle.platform, c.handle.handle, m.creatorId);
  }
  sql(
    db,
    `UPDATE pilot_creators SET discount_code = ?, go_live_date = ?, baseline_revenue_minor = ?, fees_minor = ?,
       updated_at = ? WHERE id = ?`,
  ).run(
    c.code ?? m.discountCode,
    c.goLiveDate ?? m.goLiveDate,
    c.baselineRevenueMinor ?? m.baselineRevenueMinor,
    c.feesMinor ?? m.feesMinor,
    nowIso(),
    m.id,
  );
  writeClicks(db, m.id, c, batchId);
}

/** One click-day, recorded with what it replaced like a click import's, so a later click import's undo stays exact. */
function writeClicks(db: Database, memberId: number, c: MemberChange, batchId: number | null): void {
  if (!c.clicks) return;
  if (batchId !== null) {
    sql(
      db,
      `INSERT INTO click_revisions (batch_id, pilot_creator_id, day, previous_clicks, previous_batch_id)
       VALUES (?, ?, ?, NULL, NULL)`,
    ).run(batchId, memberId, c.clicks.day);
  }
  sql(
    db,
    `INSERT INTO clicks (pilot_creator_id, day, clicks, batch_id, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (pilot_creator_id, day) DO UPDATE SET clicks = excluded.clicks, batch_id = excluded.batch_id,
       updated_at = excluded.updated_at`,
  ).run(memberId, c.clicks.day, c.clicks.clicks, batchId, nowIso());
}
