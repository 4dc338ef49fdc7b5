/**
 * For tests of the read layer: a whole table read into memory (production
 * code streams rows instead), and a zip writer to craft hostile workbooks.
 * Nothing outside tests imports this file.
 */

import { crc32, deflateRawSync } from 'node:zlib';
import { openTable } from './open-table';
import type { ReadLimits, TableSource } from './table-source';
import { inflateEntry, readZipDirectory } from './zip-guard';

// A short parse deadline, so a file that hangs SheetJS fails a test in seconds.
export const TEST_LIMITS: ReadLimits = { maxFileBytes: 50 * 1024 * 1024, maxParseMs: 5_000 };

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

export interface ZipPart {
  name: string;
  data: Buffer | string;
  /** Store instead of deflate. */
  stored?: boolean;
  /** Lie about the uncompressed size in the central directory. */
  declaredSize?: number;
  /** Lie about it in the local header (0: as streaming writers do, sizes in a trailing descriptor). */
  localDeclaredSize?: number;
}

/** A real zip file built part by part, so tests can craft the lies hostile files tell. */
export function writeZip(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const data = Buffer.from(part.data);
    const body = part.stored ? data : deflateRawSync(data);
    const name = Buffer.from(part.name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(part.stored ? 0 : 8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(part.localDeclaredSize ?? part.declaredSize ?? data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(part.stored ? 0 : 8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(part.declaredSize ?? data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The parts of a real zip (a workbook SheetJS wrote), to edit one and zip them again. */
export function zipParts(bytes: Buffer): ZipPart[] {
  return readZipDirectory(bytes, 'test.zip', { maxUncompressedBytes: 2 ** 30 }).map((entry) => ({
    name: entry.name,
    data: Buffer.from(inflateEntry(bytes, entry, 'test.zip')),
  }));
}

/** The zip with one part's text changed. */
export function editZipPart(bytes: Buffer, name: string, edit: (text: string) => string): Buffer {
  return writeZip(
    zipParts(bytes).map((p) => (p.name === name ? { ...p, data: edit(Buffer.from(p.data).toString('utf8')) } : p)),
  );
}
