/**
 * Gives members their codes: generated from the pilot's pattern, or set by
 * hand. Either way a code must suit the shop and be free: no other member in
 * the workspace has it, and no imported order carries it (an order with a
 * reused code would be credited to the new creator). Each change
 * re-attributes the pilot in the same transaction.
 */

import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import type { PilotCreator } from '../../../shared/entities';
import type { CodeAssigned, CodesGenerated } from '../../../shared/tracking-assets';
import { attributePilot } from '../attribution/attribute';
import { getMember } from '../db/creators';
import { getPilot } from '../db/pilots';
import { logActivity, nowIso, sql } from '../db/statements';
import { codeProblem, discountToken, freeCode, renderPattern } from './codes';
import { type AssetMember, assetMember, assetMembers, bareHandle, readiedMember } from './members';
import { trackingSettings } from './settings';

/** Every code in use, upper case: members' (but `exceptMember`'s) and those seen in orders. */
function takenCodes(db: Database, exceptMember: number | null): Set<string> {
  const members = sql(
    db,
    'SELECT upper(discount_code) FROM pilot_creators WHERE discount_code IS NOT NULL AND id IS NOT ?',
  )
    .pluck()
    .all(exceptMember) as string[];
  const seen = sql(db, 'SELECT DISTINCT upper(code) FROM order_codes').pluck().all() as string[];
  return new Set([...members, ...seen]);
}

function saveCode(db: Database, memberId: number, code: string | null): void {
  sql(db, 'UPDATE pilot_creators SET discount_code = ?, updated_at = ? WHERE id = ?').run(code, nowIso(), memberId);
}

export function generateCodes(db: Database, input: ParsedInput<'assets.generateCodes'>): CodesGenerated {
  return db.transaction(() => {
    const pilot = getPilot(db, input.pilotId, 'pilotId');
    const settings = trackingSettings(db, pilot.id);
    let members: AssetMember[];
    if (input.memberId !== undefined) {
      const one = readiedMember(db, input.memberId);
      if (one.pilotId !== pilot.id) throw ApiError.field('memberId', `${one.name} is not in ${pilot.name}`);
      members = [one];
    } else {
      members = assetMembers(db, pilot.id).filter((m) => !m.code);
    }
    const taken = takenCodes(db, input.memberId ?? null);
    const discount = discountToken(settings, pilot.currency);
    const assigned: CodeAssigned[] = [];
    for (const m of members) {
      const rendered = renderPattern(settings.codePattern, {
        handle: bareHandle(m.handle),
        name: m.name,
        discount,
        pilot: settings.utmCampaign,
      });
      // A name in a script without Latin letters leaves nothing: fall back to a word a person can say.
      const base = /^[A-Z0-9]/.test(rendered) ? rendered : `CREATOR${rendered}`;
      const code = freeCode(base, settings.codeMaxLength, taken);
      taken.add(code);
      saveCode(db, m.id, code);
      assigned.push({ memberId: m.id, name: m.name, code, note: noteFor(base, code, settings.codeMaxLength) });
    }
    if (assigned.length > 0) {
      attributePilot(db, pilot.id);
      logActivity(db, 'assets.generateCodes', 'pilot', pilot.id, { codes: assigned.length });
    }
    const total = input.memberId !== undefined ? 1 : assetMembers(db, pilot.id).length;
    return { pilotId: pilot.id, assigned, kept: total - assigned.length };
  })();
}

function noteFor(base: string, code: string, maxLength: number): string | null {
  if (code === base) return null;
  if (code === base.slice(0, maxLength)) return `Shortened to ${maxLength} characters`;
  return `${base.slice(0, maxLength)} is taken, so a suffix was added`;
}

/** A code set by hand: upper case, suited to the shop, free (an order's code only when the user confirms it is theirs). */
export function setCode(db: Database, input: ParsedInput<'assets.setCode'>): PilotCreator {
  return db.transaction(() => {
    const member = assetMember(db, input.memberId);
    const code = input.code ? input.code.toUpperCase() : null;
    if (code) {
      const settings = trackingSettings(db, member.pilotId);
      const problem = codeProblem(code, settings.shop);
      if (problem) throw ApiError.field('code', problem);
      const other = sql(
        db,
        `SELECT c.name, p.name AS pilot FROM pilot_creators pc JOIN creators c ON c.id = pc.creator_id
         JOIN pilots p ON p.id = pc.pilot_id WHERE pc.discount_code = ? AND pc.id <> ?`,
      ).get(code, member.id) as { name: string; pilot: string } | undefined;
      if (other) throw ApiError.field('code', `${code} is already ${other.name}'s code in ${other.pilot}`);
      const seen = sql(
        db,
        `SELECT count(DISTINCT oc.order_id) AS orders, min(o.order_date) AS first FROM order_codes oc
         JOIN orders o ON o.id = oc.order_id WHERE oc.code = ?`,
      ).get(code) as { orders: number; first: string | null };
      const own = member.code?.toUpperCase() === code;
      if (seen.orders > 0 && !own && !input.acceptSeenInOrders) {
        throw ApiError.field(
          'code',
          `${code} is already on ${seen.orders} imported order${seen.orders === 1 ? '' : 's'} (first ${seen.first}); pick another, or confirm it is ${member.name}'s own code`,
        );
      }
    }
    saveCode(db, member.id, code);
    attributePilot(db, member.pilotId);
    logActivity(db, 'assets.setCode', 'pilot_creator', member.id, { code });
    return getMember(db, member.id);
  })();
}
