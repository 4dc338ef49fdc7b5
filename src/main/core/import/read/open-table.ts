/**
 * The read layer's door: any imported file's bytes become a TableSource, or a
 * ReadError saying why the file is refused.
 */

import { openCsv } from './csv-table';
import { containerOf } from './file-kind';
import { describeBytes, ReadError } from './read-error';
import { openWorkbook } from './sheet-table';
import type { ReadLimits, TableSource } from './table-source';

export interface OpenTableOptions {
  limits: ReadLimits;
  /** The sheet to read; default the first sheet that has cells. */
  sheet?: string;
  /** Spreadsheets: parse only this many rows, for a cheap preview. */
  maxRows?: number;
  /** Stops a workbook parse at once (csv reads take theirs per rows() call). */
  signal?: AbortSignal;
}

export async function openTable(bytes: Buffer, fileName: string, opts: OpenTableOptions): Promise<TableSource> {
  const { limits } = opts;
  if (bytes.length > limits.maxFileBytes) {
    throw new ReadError(
      `"${fileName}" is ${describeBytes(bytes.length)}, over the ${describeBytes(limits.maxFileBytes)} limit for an import. If the file is right, raise the limit and import it again.`,
      'too-large',
    );
  }
  if (bytes.length === 0) throw new ReadError(`"${fileName}" is empty.`, 'empty');
  try {
    const container = containerOf(bytes);
    if (container === 'text') return openCsv(bytes, fileName);
    return await openWorkbook(bytes, fileName, container, opts);
  } catch (error) {
    if (error instanceof ReadError) throw error;
    throw new ReadError(`"${fileName}" could not be read: ${messageOf(error)}`);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
