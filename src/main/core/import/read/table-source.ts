/**
 * What the importer reads a file through: a table of text cells, streamed row
 * by row in file order, whatever the file's kind.
 */

export interface ReadLimits {
  /** Refuse files larger than this; the user can raise it per import. */
  maxFileBytes: number;
  /** Zip-based workbooks (xlsx, ods): most bytes their entries may declare uncompressed, all together. */
  maxUncompressedBytes?: number;
  /** Most cells a sheet may claim or deliver. */
  maxCells?: number;
  /** Workbooks: how long SheetJS may parse before the file is refused as damaged. */
  maxParseMs?: number;
}

export type TableKind = 'csv' | 'xlsx' | 'xls' | 'ods';

export interface RowsOptions {
  signal?: AbortSignal;
  /** Bytes read (csv) or rows delivered (sheets), against the total. */
  onProgress?: (done: number, total: number) => void;
  /** Stop quietly after this many rows: a cheap preview. */
  maxRows?: number;
}

export interface TableSource {
  fileName: string;
  fileBytes: number;
  kind: TableKind;
  /** csv: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'; sheets: null. */
  encoding: string | null;
  /** csv: ',' ';' '\t' '|'; sheets: null. */
  delimiter: string | null;
  /** Spreadsheets: every sheet name in workbook order; csv: []. */
  sheets: string[];
  /** The sheet being read; csv: null. */
  sheet: string | null;
  /**
   * 1-based row of the first line that looks like a header: after a csv's
   * leading '#' comment lines (GA4's preamble) and blank lines, or a sheet's
   * first row with cells. A hint; rows() still delivers every row before it.
   */
  headerRow: number;
  /**
   * Streams every record in file order as text cells, with its 1-based row
   * number as a spreadsheet program would show it (a csv record with a quoted
   * multi-line field is one row). Blank rows are delivered too (cells [] or all
   * ''). Yields to the event loop between chunks, reports progress, and stops
   * with ReadError code 'cancelled' when the signal aborts. Errors thrown by
   * onRow propagate unchanged. May be called again to read from the start.
   */
  rows(onRow: (cells: string[], row: number) => void, opts?: RowsOptions): Promise<void>;
}

const MIB = 1024 * 1024;

/**
 * Default cap on a workbook's declared uncompressed size: twenty times the
 * file limit (sheet XML compresses about 5-15x), at least 256 MiB so a small
 * file limit does not refuse ordinary workbooks, at most 1 GiB because
 * SheetJS holds each part as one string and V8 strings stop near 512M chars.
 */
export function maxUncompressedBytes(limits: ReadLimits): number {
  return limits.maxUncompressedBytes ?? Math.min(1024 * MIB, Math.max(256 * MIB, 20 * limits.maxFileBytes));
}

/**
 * Default cap on cells: 50 million is ~250k rows of 200 columns, beyond any
 * shop export, and about what SheetJS can hold in a few GB of memory.
 */
export const DEFAULT_MAX_CELLS = 50_000_000;

export const maxCells = (limits: ReadLimits): number => limits.maxCells ?? DEFAULT_MAX_CELLS;

/**
 * Default parse deadline: 30 s plus 3 s per MiB, well past what a real
 * workbook takes on a slow laptop (a 20 MiB xlsx parses in about 15 s), so
 * only a file that sends SheetJS into a loop meets it.
 */
export function maxParseMs(limits: ReadLimits, fileBytes: number): number {
  return limits.maxParseMs ?? 30_000 + Math.ceil((3_000 * fileBytes) / MIB);
}

/** What a preview says about the file, kept after its bytes are let go. */
export type TableFacts = Pick<TableSource, 'fileName' | 'fileBytes' | 'sheet' | 'sheets'>;
