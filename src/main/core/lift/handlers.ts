/** The lift test and repeat decision methods of the handler table. */

import type { liftMethods } from '../../../shared/api/lift-contract';
import type { HandlerTable } from '../handler-table';

export const liftHandlers: HandlerTable<keyof typeof liftMethods> = {};
