/**
 * The finance payout file (one row per approved payout) and a creator's
 * statement (the orders and corrections behind one payout's amount), as
 * format-free sheets for the CSV and xlsx writers.
 */

import type { Database } from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import type { Payout } from '../../../shared/payouts';
import { REVENUE } from '../db/order-sql';
import { getPilot } from '../db/pilots';
import { sql } from '../db/statements';
import type { Cell, Sheet } from '../export/table';
import { getPayout, listPayouts } from './records';

export interface SheetSet {
  sheets: Sheet[];
  rows: number;
  totalMinor: number;
  currency: string;
  /** A file name without extension. */
  name: string;
}

const FINANCE_COLUMNS = [
  'Creator',
  'Payee reference',
  'Period start',
  'Period end',
  'Currency',
  'Amount',
  'Order count',
  'GL code',
  'Approved by',
  'Approved at',
  'Paid by',
  'Paid at',
].map((header) => ({ header }));

/** The pilot's payouts, or the ones asked for (each must be the pilot's). */
function choosePayouts(db: Database, pilotId: number, payoutIds?: number[]): Payout[] {
  const all = listPayouts(db, pilotId);
  if (!payoutIds) return all;
  const byId = new Map(all.map((p) => [p.id, p]));
  return payoutIds.map((id, i) => {
    const payout = byId.get(id);
    if (!payout) throw ApiError.field(`payoutIds.${i}`, `payout ${id} is not a payout of this pilot`);
    return payout;
  });
}

export function financeFile(db: Database, pilotId: number, payoutIds?: number[]): SheetSet {
  const pilot = getPilot(db, pilotId, 'pilotId');
  const payouts = choosePayouts(db, pilotId, payoutIds);
  if (payouts.length === 0) throw ApiError.field('pilotId', `pilot "${pilot.name}" has no approved payouts to export`);
  const rows: Cell[][] = payouts.map((p) => [
    p.creatorName,
    p.payeeRef,
    p.periodStart,
    p.periodEnd,
    p.currency,
    { minor: p.amountMinor, currency: p.currency },
    p.orderCount,
    pilot.glCode,
    p.approvedBy,
    p.approvedAt,
    p.paidBy,
    p.paidAt,
  ]);
  const totalMinor = payouts.reduce((sum, p) => sum + p.amountMinor, 0);
  const periods = payouts.map((p) => p.periodEnd).sort();
  return {
    sheets: [{ name: 'Payouts', columns: FINANCE_COLUMNS, rows }],
    rows: rows.length,
    totalMinor,
    currency: pilot.currency,
    name: `Payouts - ${pilot.name} - to ${periods[periods.length - 1]}`,
  };
}

const STATEMENT_COLUMNS = ['Order', 'Date', 'Revenue', 'Refunded', 'Amount', 'Line'].map((header) => ({ header }));

const KIND_LABELS = { commission: 'Commission', adjustment: 'Adjustment', bonus: 'Bonus' } as const;

export function statement(db: Database, payoutId: number): SheetSet {
  const payout = getPayout(db, payoutId, 'payoutId');
  const lines = sql(
    db,
    `SELECT l.order_ref AS orderRef, l.kind, l.amount_minor AS amountMinor, o.order_date AS orderDate,
       ${REVENUE} AS revenueMinor, o.refunded_minor AS refundedMinor
     FROM payout_lines l LEFT JOIN orders o ON o.id = l.order_id
     WHERE l.payout_id = ? ORDER BY l.line_no`,
  ).all(payoutId) as {
    orderRef: string | null;
    kind: keyof typeof KIND_LABELS;
    amountMinor: number;
    orderDate: string | null;
    revenueMinor: number | null;
    refundedMinor: number | null;
  }[];
  const money = (minor: number | null): Cell => (minor === null ? null : { minor, currency: payout.currency });
  const rows: Cell[][] = lines.map((l) => [
    l.orderRef ?? (l.kind === 'bonus' ? 'Bonus' : null),
    l.orderDate,
    money(l.revenueMinor),
    money(l.refundedMinor),
    money(l.amountMinor),
    KIND_LABELS[l.kind],
  ]);
  const summary: Sheet = {
    name: 'Payout',
    columns: [{ header: 'Field' }, { header: 'Value' }],
    rows: [
      ['Creator', payout.creatorName],
      ['Payee reference', payout.payeeRef],
      ['Period start', payout.periodStart],
      ['Period end', payout.periodEnd],
      ['Currency', payout.currency],
      ['Amount', money(payout.amountMinor)],
      ['Order count', payout.orderCount],
      ['Approved by', payout.approvedBy],
      ['Approved at', payout.approvedAt],
      ['Paid by', payout.paidBy],
      ['Paid at', payout.paidAt],
    ],
  };
  return {
    sheets: [
      {
        name: 'Statement',
        columns: STATEMENT_COLUMNS,
        rows,
        footer: [['Total', null, null, null, money(payout.amountMinor), null]],
      },
      summary,
    ],
    rows: rows.length,
    totalMinor: payout.amountMinor,
    currency: payout.currency,
    name: `Statement - ${payout.creatorName} - ${payout.periodStart} to ${payout.periodEnd}`,
  };
}
