/**
 * What one creator is owed for a period, from their ledger (what each order
 * earns now) and what earlier approved payouts already paid. Pure: the same
 * ledger, holds and payments always give the same lines.
 *
 * - An order not paid before is payable when it is dated on or before the
 *   period's end minus the return window, is not fully refunded, not held and
 *   earns something; otherwise it is pending, with the reason.
 * - An order paid before is settled again: (earned now - paid so far) becomes
 *   an adjustment line when it differs (a refund after payout is negative).
 *   An order paid before that no longer counts (rejected, undone) gives back
 *   all it was paid.
 * - The bonus is paid once, in the first period ending on or after the day it
 *   was reached; a change to it later is settled like an adjustment.
 */

import { addDays } from '../../../shared/dates';
import { moneyText } from '../../../shared/money';
import type { CreatorPayoutPreview, PayoutLineDraft, PendingOrder } from '../../../shared/payouts';
import type { CreatorLedger } from '../results/ledger';

export interface PaidOrder {
  orderRef: string;
  /** Commission and adjustment lines of approved payouts, summed. */
  paidMinor: number;
}

export interface PaidSoFar {
  orders: ReadonlyMap<number, PaidOrder>;
  bonusMinor: number;
}

export const NOTHING_PAID: PaidSoFar = { orders: new Map(), bonusMinor: 0 };

export interface PeriodTerms {
  periodEnd: string;
  returnWindowDays: number;
  currency: string;
  /** Held order id -> why it is flagged. */
  held: ReadonlyMap<number, string>;
  rejected: ReadonlySet<number>;
}

/** The last order date past the return window at the period's end. */
export function payableThrough(periodEnd: string, returnWindowDays: number): string {
  return addDays(periodEnd, -returnWindowDays);
}

export function creatorPayout(
  ledger: CreatorLedger,
  terms: PeriodTerms,
  paid: PaidSoFar,
): Omit<CreatorPayoutPreview, 'blocked'> {
  const money = (minor: number) => moneyText(minor, terms.currency);
  const through = payableThrough(terms.periodEnd, terms.returnWindowDays);
  const lines: PayoutLineDraft[] = [];
  const pending: PendingOrder[] = [];
  const settled = new Set<number>();
  const orders = [...ledger.orders].sort((a, b) =>
    a.orderDate < b.orderDate ? -1 : a.orderDate > b.orderDate ? 1 : a.orderId - b.orderId,
  );

  for (const o of orders) {
    if (o.orderDate > terms.periodEnd) continue;
    const ref = o.orderName ?? o.externalId;
    const earned = o.fullyRefunded ? 0 : o.commissionMinor;
    const heldFor = terms.held.get(o.orderId);
    const before = paid.orders.get(o.orderId);
    const base = { orderId: o.orderId, orderRef: ref, orderDate: o.orderDate };
    if (before) {
      settled.add(o.orderId);
      const diff = earned - before.paidMinor;
      if (diff === 0) continue;
      if (heldFor !== undefined) {
        pending.push({ ...base, amountMinor: diff, reason: 'held', text: `held for fraud review: ${heldFor}` });
        continue;
      }
      const why = o.fullyRefunded ? 'refunded after payout' : 'commission changed after payout';
      lines.push({
        ...base,
        kind: 'adjustment',
        amountMinor: diff,
        note: `${why}: ${money(before.paidMinor)} paid, ${money(earned)} earned now`,
      });
      continue;
    }
    if (o.fullyRefunded) {
      pending.push({ ...base, amountMinor: 0, reason: 'refunded', text: 'fully refunded' });
      continue;
    }
    if (earned === 0) continue;
    if (heldFor !== undefined) {
      pending.push({ ...base, amountMinor: earned, reason: 'held', text: `held for fraud review: ${heldFor}` });
    } else if (o.orderDate > through) {
      const until = addDays(o.orderDate, terms.returnWindowDays);
      pending.push({ ...base, amountMinor: earned, reason: 'return_window', text: `in return window until ${until}` });
    } else {
      lines.push({ ...base, kind: 'commission', amountMinor: earned, note: 'commission' });
    }
  }

  // Paid before, gone from the ledger now: rejected in review, or no longer counted for this creator.
  for (const [orderId, before] of paid.orders) {
    if (settled.has(orderId) || before.paidMinor === 0) continue;
    const why = terms.rejected.has(orderId)
      ? 'rejected in fraud review after payout'
      : 'no longer counts for this creator (cancelled, undone or credited elsewhere)';
    lines.push({
      kind: 'adjustment',
      orderId,
      orderRef: before.orderRef,
      orderDate: null,
      amountMinor: -before.paidMinor,
      note: `${why}: ${money(before.paidMinor)} paid back`,
    });
  }

  const bonusDue = ledger.bonusReachedOn !== null && ledger.bonusReachedOn <= terms.periodEnd ? ledger.bonusMinor : 0;
  const bonusDiff = bonusDue - paid.bonusMinor;
  if (bonusDiff !== 0) {
    lines.push({
      kind: 'bonus',
      orderId: null,
      orderRef: null,
      orderDate: ledger.bonusReachedOn,
      amountMinor: bonusDiff,
      note:
        paid.bonusMinor === 0
          ? `bonus reached on ${ledger.bonusReachedOn}`
          : `bonus changed after payout: ${money(paid.bonusMinor)} paid, ${money(bonusDue)} earned now`,
    });
  }

  const sum = (kind: PayoutLineDraft['kind']) =>
    lines.filter((l) => l.kind === kind).reduce((total, l) => total + l.amountMinor, 0);
  const payableMinor = sum('commission');
  const adjustmentMinor = sum('adjustment');
  const bonusMinor = sum('bonus');
  return {
    creatorId: ledger.pilotCreatorId,
    name: ledger.name,
    handle: ledger.handle,
    payeeRef: ledger.payeeRef,
    payableMinor,
    orderCount: lines.filter((l) => l.kind === 'commission').length,
    adjustmentMinor,
    bonusMinor,
    totalMinor: payableMinor + adjustmentMinor + bonusMinor,
    pendingMinor: pending.reduce((total, p) => total + (p.reason === 'refunded' ? 0 : p.amountMinor), 0),
    pending,
    lines,
  };
}

/** Why approving would not create a payout, from the drafted amounts; null when it would. */
export function amountBlock(
  draft: { lines: readonly PayoutLineDraft[]; totalMinor: number },
  currency: string,
): string | null {
  if (draft.lines.length === 0) return 'nothing is payable for this period';
  if (draft.totalMinor < 0) {
    return `nets to ${moneyText(draft.totalMinor, currency)}: carried forward until new commission covers it`;
  }
  return null;
}
