/**
 * A zip archive of a few files, deflated by Node's zlib. SheetJS's own
 * JavaScript deflate is quick but weak (13 MB for a workbook of 87k orders,
 * where zlib writes 4.5 MB in about the same time), and giving SheetJS
 * Node's zlib goes through a deprecated zlib property that prints a warning
 * on every CLI run. No zip64: a workbook stays far below 4 GB.
 */

import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipFile {
  name: string;
  data: Uint8Array;
}

const DEFLATE = 8;
const VERSION = 20;
/** 1980-01-01 00:00 in MS-DOS form: the files carry no meaningful time. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

export function zipFiles(files: readonly ZipFile[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const name = Buffer.from(file.name, 'utf8');
    const packed = deflateRawSync(file.data);
    const crc = crc32(file.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(VERSION, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(DEFLATE, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(file.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    parts.push(local, name, packed);

    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(VERSION, 4);
    entry.writeUInt16LE(VERSION, 6);
    local.copy(entry, 8, 6, 30); // flags, method, time, date, crc, sizes, name length, extra length
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}
