/**
 * `reports.export`: the client report workbook. Its sheets are read in one
 * read transaction, so the Summary, the Creators and the Orders agree even
 * while an import lands; the workbook is written through SheetJS once, and
 * lands in a new file (the path asked for, or exports/ beside the workspace).
 */

import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { REPORT_SHEET_LABELS, REPORT_SHEETS, type ReportSheet, type ReportWritten } from '../../../shared/reports';
import { logActivity } from '../db/statements';
import { exportsFolder, safeFileName, writeNewFile } from '../export/output-file';
import type { Sheet } from '../export/table';
import { type BuiltSheet, xlsxBytes } from '../export/xlsx';
import { computePilot } from '../results/pilot-results';
import { contentSheet } from './content-sheet';
import type { ReportContext } from './context';
import { creatorsSheet } from './creators-sheet';
import { methodSheet } from './method-sheet';
import { ordersSheet } from './orders-sheet';
import { payoutsSheet } from './payouts-sheet';
import { summarySheet } from './summary-sheet';

const BUILDERS: Record<ReportSheet, (ctx: ReportContext) => Sheet | BuiltSheet> = {
  summary: summarySheet,
  creators: creatorsSheet,
  orders: ordersSheet,
  content: contentSheet,
  payouts: payoutsSheet,
  method: methodSheet,
};

const dataRows = (sheet: Sheet | BuiltSheet): number =>
  typeof sheet.rows === 'number' ? sheet.rows : sheet.rows.length;

export function exportReport(
  db: Database,
  workspacePath: string | null,
  input: ParsedInput<'reports.export'>,
): ReportWritten {
  const folder = input.path ? null : exportsFolder(workspacePath);
  const asked = new Set<ReportSheet>(input.sheets ?? REPORT_SHEETS);
  // Payouts are costs: a report without costs has no Payouts sheet, whatever was asked.
  if (!input.includeCosts) asked.delete('payouts');
  const chosen = REPORT_SHEETS.filter((s) => asked.has(s));
  if (chosen.length === 0)
    throw ApiError.field('sheets', 'A report without costs has no Payouts sheet; pick another sheet as well');

  const { pilot, built } = db.transaction(() => {
    const { pilot, results } = computePilot(db, input.pilotId);
    const ctx: ReportContext = { db, pilot, results, includeCosts: input.includeCosts };
    return { pilot, built: chosen.map((s) => BUILDERS[s](ctx)) };
  })();
  const bytes = xlsxBytes(built);
  const target = input.path ?? join(folder as string, `${safeFileName(`${pilot.name} report`)}.xlsx`);
  const path = writeNewFile(target, 'xlsx', bytes);
  const sheets = chosen.map((s) => REPORT_SHEET_LABELS[s]);
  logActivity(db, 'report.export', 'pilot', pilot.id, { path, sheets, includeCosts: input.includeCosts });
  const orders = chosen.indexOf('orders');
  return {
    path,
    bytes: bytes.length,
    rows: Math.max(0, ...built.map(dataRows)),
    sheets,
    orders: orders >= 0 ? dataRows(built[orders] as BuiltSheet) : 0,
    costsLeftOut: !input.includeCosts,
  };
}
