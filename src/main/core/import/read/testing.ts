/**
 * For tests of the read layer: a whole table read into memory. Production code
 * streams rows instead; nothing outside tests imports this file.
 */

import { openTable } from './open-table';
import type { ReadLimits, TableSource } from './table-source';

export const TEST_LIMITS: ReadLimits = { maxFileBytes: 50 * 1024 * 1024 };

export interface ReadBack {
  table: TableSource;
  rows: string[][];
  numbers: number[];
}

export async function readAll(
  bytes: Buffer,
  fileName: string,
  opts: { limits?: ReadLimits; sheet?: string; maxRows?: number } = {},
): Promise<ReadBack> {
  const table = await openTable(bytes, fileName, { limits: TEST_LIMITS, ...opts });
  const rows: string[][] = [];
  const numbers: number[] = [];
  await table.rows((cells, row) => {
    rows.push([...cells]);
    numbers.push(row);
  });
  return { table, rows, numbers };
}

/** What a thrown value was, for asserting that only ReadErrors escape. */
export async function failureOf(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
    return null;
  } catch (error) {
    return error;
  }
}
