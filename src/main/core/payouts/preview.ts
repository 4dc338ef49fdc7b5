/** The payout preview of a pilot for a period: per creator, the lines approving would pay and what is pending. */

import type { Database } from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import type { PayoutPreview } from '../../../shared/payouts';
import { heldOrderIds, rejectedOrderIds } from '../fraud/decisions';
import { pilotFlags } from '../fraud/detect';
import { pilotLedger } from '../results/ledger';
import { amountBlock, creatorPayout, NOTHING_PAID, payableThrough } from './payable';
import { lastApprovedPeriods, paidSoFar } from './records';

export function previewPayouts(db: Database, pilotId: number, periodStart: string, periodEnd: string): PayoutPreview {
  if (periodEnd < periodStart) throw ApiError.field('periodEnd', 'must be on or after the period start');
  const { pilot, creators } = pilotLedger(db, pilotId);
  const flags = pilotFlags(db, pilotId).orders;
  const held = new Map<number, string>();
  for (const id of heldOrderIds(db, pilotId)) held.set(id, (flags.get(id) ?? []).map((r) => r.text).join('; '));
  const terms = {
    periodEnd,
    returnWindowDays: pilot.returnWindowDays,
    currency: pilot.currency,
    held,
    rejected: rejectedOrderIds(db, pilotId),
  };
  const paid = paidSoFar(db, pilotId);
  const approved = lastApprovedPeriods(db, pilotId);
  const previews = creators.map((ledger) => {
    const draft = creatorPayout(ledger, terms, paid.get(ledger.pilotCreatorId) ?? NOTHING_PAID);
    const last = approved.get(ledger.pilotCreatorId);
    const blocked =
      last && last.end >= periodStart
        ? `a payout is already approved through ${last.end}; start the period after it`
        : amountBlock(draft, pilot.currency);
    return { ...draft, blocked };
  });
  return {
    pilotId,
    currency: pilot.currency,
    periodStart,
    periodEnd,
    returnWindowDays: pilot.returnWindowDays,
    payableThrough: payableThrough(periodEnd, pilot.returnWindowDays),
    creators: previews,
    totalMinor: previews.reduce((sum, c) => sum + (c.blocked ? 0 : c.totalMinor), 0),
  };
}
