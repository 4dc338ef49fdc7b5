/** The Payouts sheet: each approved payout per creator and period, its status, and the total paid and owed. */

import type { Cell, Sheet } from '../export/table';
import { listPayouts } from '../payouts/records';
import type { ReportContext } from './context';

export function payoutsSheet({ db, pilot }: ReportContext): Sheet {
  const payouts = listPayouts(db, pilot.id);
  const rows: Cell[][] = payouts.map((p) => [
    p.creatorName,
    { date: p.periodStart },
    { date: p.periodEnd },
    { minor: p.amountMinor, currency: p.currency },
    p.orderCount,
    p.paidAt ? 'Paid' : 'Approved, not paid yet',
    p.approvedBy,
    { date: p.approvedAt },
    p.paidBy,
    p.paidAt ? { date: p.paidAt } : null,
  ]);
  // Payouts are in the pilot's currency; a sum over any other would mix currencies.
  const total = payouts.filter((p) => p.currency === pilot.currency).reduce((t, p) => t + p.amountMinor, 0);
  const orders = payouts.reduce((t, p) => t + p.orderCount, 0);
  return {
    name: 'Payouts',
    columns: [
      { header: 'Creator' },
      { header: 'Period start' },
      { header: 'Period end' },
      { header: 'Amount' },
      { header: 'Orders' },
      { header: 'Status' },
      { header: 'Approved by' },
      { header: 'Approved at' },
      { header: 'Paid by' },
      { header: 'Paid at' },
    ],
    rows,
    footer: [['Total', null, null, { minor: total, currency: pilot.currency }, orders]],
  };
}
