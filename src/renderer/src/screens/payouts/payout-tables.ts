/** The payouts tables as shown on screen, for an export: raw values (minor units, ISO dates) and how to write them. */

import type { Payout, PayoutPreview } from '../../../../shared/payouts';
import type { ShownTable } from '../../components/shown-table';

export function payableShown(preview: PayoutPreview): ShownTable {
  return {
    columns: [
      { header: 'Creator', kind: 'text' },
      { header: 'Payee reference', kind: 'text' },
      { header: 'Orders', kind: 'number' },
      { header: 'Commission', kind: 'money' },
      { header: 'Adjustments', kind: 'money' },
      { header: 'Bonus', kind: 'money' },
      { header: 'Payable', kind: 'money' },
      { header: 'Pending', kind: 'money' },
      { header: 'Pending orders', kind: 'number' },
      { header: 'Status', kind: 'text' },
    ],
    rows: preview.creators.map((p) => [
      p.name,
      p.payeeRef,
      p.orderCount,
      p.payableMinor,
      p.adjustmentMinor,
      p.bonusMinor,
      p.totalMinor,
      p.pendingMinor,
      p.pending.length,
      p.blocked,
    ]),
  };
}

export function pastPayoutsShown(payouts: Payout[]): ShownTable {
  return {
    columns: [
      { header: 'Creator', kind: 'text' },
      { header: 'Payee reference', kind: 'text' },
      { header: 'Period start', kind: 'date' },
      { header: 'Period end', kind: 'date' },
      { header: 'Orders', kind: 'number' },
      { header: 'Amount', kind: 'money' },
      { header: 'Approved by', kind: 'text' },
      { header: 'Approved at', kind: 'date' },
      { header: 'Paid by', kind: 'text' },
      { header: 'Paid at', kind: 'date' },
    ],
    rows: payouts.map((p) => [
      p.creatorName,
      p.payeeRef,
      p.periodStart,
      p.periodEnd,
      p.orderCount,
      p.amountMinor,
      p.approvedBy,
      p.approvedAt,
      p.paidBy,
      p.paidAt,
    ]),
  };
}
