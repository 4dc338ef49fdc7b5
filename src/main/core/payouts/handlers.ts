/** The fraud review and payout methods of the handler table. */

import type { payoutMethods } from '../../../shared/api/payouts-contract';
import type { HandlerTable } from '../handler-table';

export const payoutHandlers: HandlerTable<keyof typeof payoutMethods> = {};
