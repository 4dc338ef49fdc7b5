/**
 * The Method sheet: the pilot's settings, the definitions of every figure
 * (METRICS.md, with those settings written in), the order data's coverage,
 * and the import batches the figures come from.
 */

import type { Database } from 'better-sqlite3';
import { ATTRIBUTION_LABELS, BASELINE_LABELS } from '../../../shared/entities';
import { sql } from '../db/statements';
import type { Cell, Sheet } from '../export/table';
import type { ReportContext } from './context';
import { definitions } from './definitions';

interface BatchUsed {
  fileName: string;
  format: string;
  kind: string;
  importedAt: string;
  rowsRead: number;
  ordersAdded: number;
}

/** Order batches with an order credited in the pilot, and the pilot's click batches; undone ones aside. */
function batchesUsed(db: Database, pilotId: number): BatchUsed[] {
  return sql(
    db,
    `SELECT file_name AS fileName, format, kind, imported_at AS importedAt, rows_read AS rowsRead,
       orders_added AS ordersAdded
     FROM import_batches b
     WHERE b.undone_at IS NULL AND (
       (b.kind = 'clicks' AND b.pilot_id = @pilot)
       OR b.id IN (SELECT o.batch_id FROM attributions a JOIN orders o ON o.id = a.order_id WHERE a.pilot_id = @pilot)
       OR b.id IN (SELECT r.batch_id FROM attributions a JOIN order_revisions r ON r.order_id = a.order_id
                   WHERE a.pilot_id = @pilot))
     ORDER BY b.imported_at, b.id`,
  ).all({ pilot: pilotId }) as BatchUsed[];
}

export function methodSheet({ db, pilot, results, includeCosts }: ReportContext): Sheet {
  const p = results.pilot;
  const target = (minor: number | null): Cell =>
    minor === null ? 'not set' : includeCosts ? { minor, currency: pilot.currency } : 'set (amount left out)';
  const bp = (v: number | null): Cell => (v === null ? 'not set' : { ratio: v / 10_000 });
  const rows: Cell[][] = [
    ['Settings'],
    ['Pilot', pilot.name],
    ['Period', { date: pilot.startDate }, { date: pilot.endDate }],
    ['Currency', pilot.currency],
    ['Attribution method', ATTRIBUTION_LABELS[pilot.attributionMethod]],
    ['Attribution window (days)', pilot.attributionWindowDays],
    ['Orders count until', { date: p.windowEnd }],
    ['Return window (days)', pilot.returnWindowDays],
    ['Baseline method', BASELINE_LABELS[pilot.baselineMethod]],
    ['Repeat windows (days)', '30, 60, 90'],
    ['Minimum sample (net orders)', pilot.minSample],
    ['Target CAC', target(pilot.targetCacMinor)],
    [
      'Target AOV',
      pilot.targetAovMinor === null ? 'not set' : { minor: pilot.targetAovMinor, currency: pilot.currency },
    ],
    ['Target conversion', bp(pilot.targetConversionBp)],
    ['Target 90-day repeat rate', bp(pilot.targetRepeatRateBp)],
    [],
    ['Data coverage'],
    ['Order data from', p.dataFrom ? { date: p.dataFrom } : 'no orders imported'],
    ['Order data to', p.dataTo ? { date: p.dataTo } : 'no orders imported'],
    [],
    ['Definitions'],
    ...definitions(pilot, p.dataFrom, p.windowEnd, includeCosts).map((d): Cell[] => [d.term, d.text]),
    [],
    ['Import batches used'],
    ['File', 'Format', 'Kind', 'Imported at', 'Rows read', 'Orders added'],
    ...batchesUsed(db, pilot.id).map((b): Cell[] => [
      b.fileName,
      b.format,
      b.kind,
      { date: b.importedAt },
      b.rowsRead,
      b.ordersAdded,
    ]),
  ];
  return {
    name: 'Method',
    columns: [
      { header: 'Item', width: 30 },
      { header: 'Value', width: 60 },
      { header: '' },
      { header: '' },
      { header: '' },
      { header: '' },
    ],
    rows,
    filter: false,
  };
}
