/**
 * A workbook (xlsx, xls, ods) read as a table with SheetJS: raw cell values
 * only (no formatted text, no HTML, no formulas), after the zip and range
 * guards have refused anything crafted to exhaust memory.
 */

import type * as XLSX from 'xlsx';
import { cellText, type SheetCell } from './cell-text';
import type { Container } from './file-kind';
import { checkOdsRepeats } from './ods-repeats';
import { cancelled, ReadError } from './read-error';
import { checkSheetRange } from './sheet-range';
import {
  maxCells,
  maxParseMs,
  maxUncompressedBytes,
  type ReadLimits,
  type TableKind,
  type TableSource,
} from './table-source';
import { ParseStopped, parseWorkbookInWorker } from './workbook-worker';
import { inflateEntry, readZipDirectory } from './zip-guard';

/** Rows delivered between yields to the event loop. */
const ROWS_PER_CHUNK = 2000;

export interface WorkbookOptions {
  limits: ReadLimits;
  sheet?: string;
  maxRows?: number;
  signal?: AbortSignal;
}

export async function openWorkbook(
  bytes: Buffer,
  fileName: string,
  container: Exclude<Container, 'text'>,
  opts: WorkbookOptions,
): Promise<TableSource> {
  const kind = container === 'cfb' ? 'xls' : zipKind(bytes, fileName, opts.limits);
  const truncated = opts.maxRows !== undefined;
  const workbook = await parseWorkbook(bytes, fileName, kind, opts);
  const names = workbook.SheetNames;
  const name = opts.sheet ?? names.find((n) => hasCells(workbook.Sheets[n]));
  if (opts.sheet !== undefined && !names.includes(opts.sheet)) {
    throw new ReadError(
      `"${fileName}" has no sheet named "${opts.sheet}". Its sheets are ${names.map((n) => `"${n}"`).join(', ')}.`,
      'unknown-sheet',
    );
  }
  const sheet = name === undefined ? undefined : workbook.Sheets[name];
  if (name === undefined || !sheet || !hasCells(sheet)) {
    throw new ReadError(
      name === undefined ? `"${fileName}" has no cells in any sheet.` : `Sheet "${name}" of "${fileName}" is empty.`,
      'empty',
    );
  }
  const shape = checkSheetRange(sheet, name, fileName, maxCells(opts.limits), truncated);
  const date1904 = Boolean(workbook.Workbook?.WBProps?.date1904);
  const rows = (sheet['!data'] ?? []) as (SheetCell[] | undefined)[];
  return {
    fileName,
    fileBytes: bytes.length,
    kind,
    encoding: null,
    delimiter: null,
    sheets: names,
    sheet: name,
    headerRow: shape.firstRow + 1,
    rows: async (onRow, rowOpts = {}) => {
      const { signal, onProgress, maxRows = Number.POSITIVE_INFINITY } = rowOpts;
      const total = Math.min(rows.length, maxRows);
      for (let r = 0; r < total; r++) {
        if (r % ROWS_PER_CHUNK === 0) {
          if (r > 0) {
            onProgress?.(r, total);
            await new Promise<void>((resolve) => setImmediate(resolve));
          }
          if (signal?.aborted) throw cancelled();
        }
        onRow(rowText(rows[r], date1904), r + 1);
      }
      onProgress?.(total, total);
    },
  };
}

function rowText(row: (SheetCell | undefined)[] | undefined, date1904: boolean): string[] {
  if (!row) return [];
  const cells = new Array<string>(row.length);
  for (let c = 0; c < row.length; c++) cells[c] = cellText(row[c], date1904);
  return cells;
}

function hasCells(sheet: XLSX.WorkSheet | undefined): boolean {
  const rows = sheet?.['!data'] as unknown[][] | undefined;
  return Boolean(rows?.some((row) => row?.some((cell) => cell)));
}

/** Checks the zip before SheetJS unpacks it, and tells xlsx from ods by its parts. */
function zipKind(bytes: Buffer, fileName: string, limits: ReadLimits): TableKind {
  const entries = readZipDirectory(bytes, fileName, { maxUncompressedBytes: maxUncompressedBytes(limits) });
  const named = (name: string) => entries.find((e) => e.name === name);
  if (named('xl/workbook.xml') || named('xl/workbook.bin')) return 'xlsx';
  const content = named('content.xml');
  if (content) {
    checkOdsRepeats(inflateEntry(bytes, content, fileName), fileName, maxCells(limits));
    return 'ods';
  }
  const inside = entries.find((e) => /\.(csv|tsv|txt|xlsx|xls|ods)$/i.test(e.name));
  throw new ReadError(
    inside
      ? `"${fileName}" is a zip archive holding "${inside.name}"; unzip it and import that file.`
      : `"${fileName}" is a zip archive, not an Excel or OpenDocument workbook.`,
  );
}

async function parseWorkbook(
  bytes: Buffer,
  fileName: string,
  kind: TableKind,
  opts: WorkbookOptions,
): Promise<XLSX.WorkBook> {
  const deadlineMs = maxParseMs(opts.limits, bytes.length);
  try {
    const options: XLSX.ParsingOptions = {
      type: 'buffer',
      dense: true,
      cellText: false,
      cellHTML: false,
      cellFormula: false,
      cellNF: true,
      cellDates: false,
      cellStyles: false,
      sheetStubs: false,
      bookVBA: false,
      ...(opts.maxRows !== undefined ? { sheetRows: opts.maxRows } : {}),
      // Only the xlsx reader honours this: it skips the other sheets' XML.
      ...(opts.sheet !== undefined && kind === 'xlsx' ? { sheets: opts.sheet } : {}),
    };
    return await parseWorkbookInWorker(bytes, options, { deadlineMs, signal: opts.signal });
  } catch (error) {
    if (error instanceof ParseStopped) {
      if (error.reason === 'cancelled') throw cancelled();
      throw new ReadError(
        `"${fileName}" could not be read: the spreadsheet reader was still working after ${Math.round(deadlineMs / 1000)} s, which happens with damaged files. Open it in your spreadsheet program and save it again, or export it as CSV.`,
      );
    }
    const message = error instanceof Error ? error.message : String(error);
    if (/password/i.test(message)) {
      throw new ReadError(`"${fileName}" is password-protected; remove its password and save it again.`);
    }
    throw new ReadError(`"${fileName}" is not a readable ${kind} workbook (${message}).`);
  }
}
