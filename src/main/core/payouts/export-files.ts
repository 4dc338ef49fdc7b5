/** Writes a payout sheet set as CSV (its first sheet) or xlsx, to the path asked for or the exports folder. */

import { join } from 'node:path';
import type { ExportFormat, ExportResult } from '../../../shared/payouts';
import { csvBytes } from '../export/csv';
import { exportsFolder, safeFileName, writeNewFile } from '../export/output-file';
import { xlsxBytes } from '../export/xlsx';
import type { SheetSet } from './finance-file';

export function writeSheetSet(
  set: SheetSet,
  format: ExportFormat,
  path: string | undefined,
  workspacePath: string | null,
): ExportResult {
  const first = set.sheets[0];
  const bytes = format === 'csv' ? csvBytes(first ?? { name: '', columns: [], rows: [] }) : xlsxBytes(set.sheets);
  const target = path ?? join(exportsFolder(workspacePath), `${safeFileName(set.name)}.${format}`);
  const written = writeNewFile(target, format, bytes);
  return { path: written, bytes: bytes.length, rows: set.rows, totalMinor: set.totalMinor, currency: set.currency };
}
