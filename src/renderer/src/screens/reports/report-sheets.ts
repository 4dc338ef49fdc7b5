/** What each sheet of the client report holds, in words a user picks them by. */

import type { ReportSheet } from '../../../../shared/reports';

export const SHEET_NOTES: Record<ReportSheet, string> = {
  summary: 'targets against actuals, the verdict, the lift test',
  creators: 'every figure of the results screen, one row per creator',
  orders: 'the attributed orders, without buyer details',
  content: 'posts with dates, formats, links and disclosure',
  payouts: 'per creator and period',
  method: 'definitions, settings, data coverage and imports used',
};

/** Sheets that are costs themselves, left out with them. */
export const COST_SHEETS: readonly ReportSheet[] = ['payouts'];
