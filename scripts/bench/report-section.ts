/**
 * The client report for a pilot with 100k attributed orders (target: at most
 * 1.3x the bare write), beside a bare write of the same Orders rows with the
 * xlsx library alone: the rows read beforehand, then aoa_to_sheet + write
 * (compressed, as the report is) + the file on disk.
 */

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { dispatch } from '../../src/main/core/api';
import { REVENUE, STANDING } from '../../src/main/core/db/order-sql';
import { ORDER_HEADERS } from '../../src/main/core/report/orders-sheet';
import type { Session } from '../../src/main/core/workspace/session';
import type { Section } from './timing';

/** The Orders sheet's values as plain cells: text, a Date, amounts in major units. */
function orderRows(session: Session, pilotId: number): unknown[][] {
  const rows = session.db
    .prepare(
      `SELECT coalesce(o.order_name, o.external_id), o.external_id, o.order_date, c.name, a.rule, a.matched,
         o.currency, ${REVENUE} / 100.0, o.refunded_minor / 100.0, ${STANDING},
         CASE WHEN o.buyer_first = 1 THEN 'New' ELSE 'Repeat' END
       FROM attributions a JOIN orders o ON o.id = a.order_id
       JOIN pilot_creators pc ON pc.id = a.pilot_creator_id JOIN creators c ON c.id = pc.creator_id
       WHERE a.pilot_id = ? ORDER BY o.order_date, o.id`,
    )
    .raw()
    .all(pilotId) as unknown[][];
  for (const row of rows) row[2] = new Date(`${row[2]}T00:00:00Z`);
  return [[...ORDER_HEADERS], ...rows];
}

export function reportSection(ready: () => Promise<Session>, pilotId: () => number, dir: string): Section {
  const folder = join(dir, 'reports');
  let session: Session | undefined;
  let rows: unknown[][] = [];
  let n = 0;
  const file = () => join(folder, `report-${++n}.xlsx`);
  // Each run's file is removed before the next, untimed: a hundred 12 MB files would fill a small /tmp.
  const fresh = () => {
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
  };
  const report = async (input: Record<string, unknown>) => {
    const res = await dispatch(session as Session, 'reports.export', { pilotId: pilotId(), path: file(), ...input });
    if (!res.ok) throw new Error(`reports.export: ${res.error.message}`);
    return res.data;
  };
  return {
    title: 'Report: the client report for 100k attributed orders (target: at most 1.3x the bare write)',
    runs: 3,
    setup: async () => {
      session = await ready();
      rows = orderRows(session, pilotId());
      console.log(`\n(report bench: ${rows.length - 1} attributed orders)`);
    },
    teardown: () => rmSync(folder, { recursive: true, force: true }),
    cases: [
      {
        name: 'bare: xlsx aoa_to_sheet + write of the Orders rows',
        prepare: fresh,
        run: () => {
          const wb = XLSX.utils.book_new();
          XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), 'Orders');
          writeFileSync(file(), XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer);
        },
      },
      { name: 'reports.export: all six sheets', prepare: fresh, run: () => report({}) },
      { name: 'reports.export: without costs', prepare: fresh, run: () => report({ includeCosts: false }) },
    ],
  };
}
