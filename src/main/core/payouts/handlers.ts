/** The fraud review and payout methods of the handler table. */

import type { payoutMethods } from '../../../shared/api/payouts-contract';
import { getPilot } from '../db/pilots';
import { decideOrder, fraudReview } from '../fraud/review';
import type { HandlerTable } from '../handler-table';
import { approvePayouts, markPaid } from './approve';
import { writeSheetSet } from './export-files';
import { financeFile, statement } from './finance-file';
import { previewPayouts } from './preview';
import { listPayouts } from './records';

export const payoutHandlers: HandlerTable<keyof typeof payoutMethods> = {
  'fraud.list': ({ pilotId }, s) => fraudReview(s.db, pilotId),
  'fraud.decide': (input, s) => decideOrder(s.db, input),
  'payouts.preview': ({ pilotId, periodStart, periodEnd }, s) =>
    previewPayouts(s.db, getPilot(s.db, pilotId, 'pilotId').id, periodStart, periodEnd),
  'payouts.approve': (input, s) => approvePayouts(s.db, input),
  'payouts.markPaid': ({ payoutIds, by }, s) => markPaid(s.db, payoutIds, by),
  'payouts.list': ({ pilotId }, s) => listPayouts(s.db, getPilot(s.db, pilotId, 'pilotId').id),
  'payouts.export': ({ pilotId, payoutIds, format, path }, s) =>
    writeSheetSet(financeFile(s.db, pilotId, payoutIds), format, path, s.path),
  'payouts.statement': ({ payoutId, format, path }, s) =>
    writeSheetSet(statement(s.db, payoutId), format, path, s.path),
};
