/** A member's compensation model and usage rights window; a pilot's contract settings. */

import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../shared/api/contract';
import type { CompensationModel, MemberTerms, PilotContractSettings } from '../../../shared/contracts';
import { DEFAULT_PAYMENT_NET_DAYS, DEFAULT_USAGE_RIGHTS_DAYS } from '../../../shared/contracts';

import { getPilot } from '../db/pilots';
import { logActivity, sql } from '../db/statements';
import { checkModel, compensationSummary } from './compensation';
import { findMember } from './member';

interface Row {
  compensation_model: CompensationModel | null;
  usage_rights_days: number | null;
  pilot_usage_rights_days: number;
}

function row(db: Database, memberId: number): Row {
  return sql(
    db,
    `SELECT pc.compensation_model, pc.usage_rights_days, p.usage_rights_days AS pilot_usage_rights_days
     FROM pilot_creators pc JOIN pilots p ON p.id = pc.pilot_id WHERE pc.id = ?`,
  ).get(memberId) as Row;
}

export function memberTerms(db: Database, memberId: number): MemberTerms {
  const member = findMember(db, memberId);
  const r = row(db, memberId);
  const currency = getPilot(db, member.pilotId).currency;
  return {
    memberId,
    model: r.compensation_model,
    summary: compensationSummary(r.compensation_model, member, currency),
    usageRightsDays: r.usage_rights_days ?? r.pilot_usage_rights_days,
    ownUsageRights: r.usage_rights_days !== null,
  };
}

export function setMemberTerms(db: Database, input: ParsedInput<'contracts.terms'>): MemberTerms {
  const { memberId, model, usageRightsDays } = input;
  if (model === undefined && usageRightsDays === undefined) return memberTerms(db, memberId);
  return db.transaction(() => {
    const member = findMember(db, memberId);
    if (model) checkModel(model, member);
    if (model !== undefined) {
      sql(db, 'UPDATE pilot_creators SET compensation_model = ? WHERE id = ?').run(model, memberId);
    }
    if (usageRightsDays !== undefined) {
      sql(db, 'UPDATE pilot_creators SET usage_rights_days = ? WHERE id = ?').run(usageRightsDays, memberId);
    }
    logActivity(db, 'contracts.terms', 'pilot_creator', memberId, { model, usageRightsDays });
    return memberTerms(db, memberId);
  })();
}

export function contractSettings(db: Database, input: ParsedInput<'contracts.settings'>): PilotContractSettings {
  const { pilotId, usageRightsDays, paymentNetDays } = input;
  getPilot(db, pilotId, 'pilotId');
  if (usageRightsDays !== undefined || paymentNetDays !== undefined) {
    db.transaction(() => {
      if (usageRightsDays !== undefined) {
        sql(db, 'UPDATE pilots SET usage_rights_days = ? WHERE id = ?').run(
          usageRightsDays ?? DEFAULT_USAGE_RIGHTS_DAYS,
          pilotId,
        );
      }
      if (paymentNetDays !== undefined) {
        sql(db, 'UPDATE pilots SET payment_net_days = ? WHERE id = ?').run(
          paymentNetDays ?? DEFAULT_PAYMENT_NET_DAYS,
          pilotId,
        );
      }
      logActivity(db, 'contracts.settings', 'pilot', pilotId, { usageRightsDays, paymentNetDays });
    })();
  }
  const r = sql(db, 'SELECT usage_rights_days, payment_net_days FROM pilots WHERE id = ?').get(pilotId) as {
    usage_rights_days: number;
    payment_net_days: number;
  };
  return { pilotId, usageRightsDays: r.usage_rights_days, paymentNetDays: r.payment_net_days };
}
