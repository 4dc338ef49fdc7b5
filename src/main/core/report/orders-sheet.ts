/**
 * The Orders sheet: every order credited to a creator of the pilot, straight
 * from SQL into spreadsheet cells (100k orders: no row objects, no spreading,
 * one cell object per value). No buyer data leaves the workspace: the buyer
 * hash is only read as "new or repeat customer".
 */

import type { CellObject } from 'xlsx';
import type { OrderStanding } from '../../../shared/orders';
import { REVENUE, STANDING } from '../db/order-sql';
import { sql } from '../db/statements';
import { type BuiltSheet, CellGrid, DATE_FORMAT, dateSerial, majorUnits, moneyFormat } from '../export/xlsx';
import { heldOrderIds, rejectedOrderIds } from '../fraud/decisions';
import type { ReportContext } from './context';
import { RULE_LABELS, standingLabel } from './words';

export const ORDER_HEADERS = [
  'Order',
  'Order id',
  'Date',
  'Creator',
  'Rule',
  'Code or link',
  'Currency',
  'Revenue',
  'Refunded',
  'Status',
  'Customer',
] as const;

type OrderFact = [
  name: string,
  externalId: string,
  orderDate: string,
  creator: string,
  rule: 'code' | 'link',
  matched: string,
  currency: string,
  revenueMinor: number,
  refundedMinor: number,
  standing: OrderStanding,
  id: number,
  /** 1 new, 0 repeat (for a counted order), null: no buyer email. */
  firstOrder: number | null,
];

const HELD = 'Held for review';
const REJECTED = 'Rejected in review';

export function ordersSheet({ db, pilot }: ReportContext): BuiltSheet {
  const held = heldOrderIds(db, pilot.id);
  const rejected = rejectedOrderIds(db, pilot.id);
  const grid = new CellGrid('Orders', ORDER_HEADERS);
  const formats = new Map<string, string>();
  const serials = new Map<string, number | null>();
  const statement = sql(
    db,
    `SELECT coalesce(o.order_name, o.external_id), o.external_id, o.order_date, c.name, a.rule, a.matched, o.currency,
       ${REVENUE}, o.refunded_minor, ${STANDING}, o.id, CASE WHEN o.buyer_hash IS NULL THEN NULL ELSE o.buyer_first END
     FROM attributions a JOIN orders o ON o.id = a.order_id
     JOIN pilot_creators pc ON pc.id = a.pilot_creator_id JOIN creators c ON c.id = pc.creator_id
     WHERE a.pilot_id = ? ORDER BY o.order_date, o.id`,
  ).raw();
  for (const row of statement.iterate(pilot.id) as IterableIterator<OrderFact>) {
    const [name, externalId, day, creator, rule, matched, currency, revenue, refunded, standing, id, first] = row;
    let format = formats.get(currency);
    if (format === undefined) {
      format = moneyFormat(currency);
      formats.set(currency, format);
    }
    let serial = serials.get(day);
    if (serial === undefined) {
      serial = dateSerial(day);
      serials.set(day, serial);
    }
    grid.text(0, name);
    grid.text(1, externalId);
    grid.set(2, serial === null ? { t: 's', v: day } : { t: 'n', v: serial, z: DATE_FORMAT }, 10);
    grid.text(3, creator);
    grid.set(4, { t: 's', v: RULE_LABELS[rule] }, 4);
    grid.text(5, matched);
    grid.set(6, { t: 's', v: currency }, 3);
    grid.set(7, moneyCell(revenue, currency, format), 12);
    grid.set(8, moneyCell(refunded, currency, format), 12);
    const counts = standing === 'counts';
    const status = !counts ? standingLabel(standing) : rejected.has(id) ? REJECTED : held.has(id) ? HELD : 'Counts';
    grid.set(9, { t: 's', v: status }, status.length);
    // New or repeat is known for counted orders of buyers with an email only.
    grid.set(10, { t: 's', v: !counts || first === null ? '—' : first === 1 ? 'New' : 'Repeat' }, 6);
    grid.nextRow();
  }
  return grid.build();
}

const moneyCell = (minor: number, currency: string, z: string): CellObject => ({
  t: 'n',
  v: majorUnits(minor, currency),
  z,
});
