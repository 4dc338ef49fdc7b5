/**
 * `tables.export`: a table exactly as the screen shows it (its shown columns,
 * its filtered rows) written as xlsx or CSV, each cell by its column's kind:
 * money in minor units becomes a number with the currency's format (decimal
 * text in CSV), a percent ratio a percent cell ("12.5%" in CSV), a date a
 * real date cell (ISO text in CSV).
 */

import { join } from 'node:path';
import type { ParsedInput } from '../../../shared/api/contract';
import type { ColumnKind, FileWritten, TableFormat } from '../../../shared/reports';
import { csvBytes } from '../export/csv';
import { exportsFolder, safeFileName, writeNewFile } from '../export/output-file';
import type { Cell, Sheet } from '../export/table';
import { xlsxBytes } from '../export/xlsx';

type Value = string | number | null;

/** A value as its column's kind writes it; a value of the wrong type is kept as it was sent. */
export function kindCell(kind: ColumnKind, value: Value, currency: string | undefined): Cell {
  if (value === null) return null;
  if (kind === 'text') return String(value);
  if (typeof value === 'number') {
    if (kind === 'money' && currency && Number.isInteger(value)) return { minor: value, currency };
    if (kind === 'percent') return { ratio: value };
    return value;
  }
  if (kind === 'date') return { date: value };
  return value;
}

/** Writes the sheet as the format asks, to the path asked for or the exports folder. */
export function writeTable(
  sheet: Sheet,
  format: TableFormat,
  name: string,
  path: string | undefined,
  workspacePath: string | null,
): FileWritten {
  const target = path ?? join(exportsFolder(workspacePath), `${safeFileName(name)}.${format}`);
  const bytes = format === 'csv' ? csvBytes(sheet) : xlsxBytes([sheet]);
  return { path: writeNewFile(target, format, bytes), bytes: bytes.length, rows: sheet.rows.length };
}

export function exportTable(input: ParsedInput<'tables.export'>, workspacePath: string | null): FileWritten {
  const kinds = input.columns.map((c) => c.kind);
  const sheet: Sheet = {
    name: input.title,
    columns: input.columns.map((c) => ({ header: c.header })),
    rows: input.rows.map((row) => row.map((value, i) => kindCell(kinds[i] ?? 'text', value, input.currency))),
  };
  return writeTable(sheet, input.format, input.title, input.path, workspacePath);
}
