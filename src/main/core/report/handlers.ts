/** The report and table export methods of the handler table. */

import type { reportMethods } from '../../../shared/api/reports-contract';
import type { HandlerTable } from '../handler-table';
import { exportOrders } from './orders-export';
import { exportReport } from './report';
import { exportTable } from './table-export';

export const reportHandlers: HandlerTable<keyof typeof reportMethods> = {
  'reports.export': (input, s) => exportReport(s.db, s.path, input),
  'tables.export': (input, s) => exportTable(input, s.path),
  'orders.export': (input, s) => exportOrders(s.db, input, s.path),
};
