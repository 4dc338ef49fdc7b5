/**
 * Reads a zip's directory (xlsx and ods are zips) and refuses zip bombs
 * before SheetJS inflates anything: SheetJS unpacks every entry up front and
 * allocates each at the size its local header declares, so the declared
 * sizes are what must be checked, in the central directory and in each local
 * header, plus the actual size of entries whose local header declares none
 * (SheetJS then grows its buffer without bound).
 */

import { inflateRawSync } from 'node:zlib';
import { describeBytes, ReadError } from './read-error';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedBytes: number;
  /** The largest uncompressed size any of its headers declares. */
  declaredBytes: number;
  /** Where its compressed data starts in the file. */
  dataOffset: number;
}

export interface ZipLimits {
  maxUncompressedBytes: number;
}

/** No workbook has this many parts; a directory claiming more is crafted. */
const MAX_ENTRIES = 10_000;
/** Deflate cannot expand data more than ~1032 times; a larger declared ratio is a lie. */
const DEFLATE_MAX_RATIO = 1032;
/**
 * Sheet XML compresses 5-30x, rarely 100x. A big part compressed 200x or more
 * is a bomb, not an export.
 */
const BOMB_RATIO = 200;
const BOMB_MIN_BYTES = 16 * 1024 * 1024;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export function readZipDirectory(bytes: Buffer, fileName: string, limits: ZipLimits): ZipEntry[] {
  const broken = (why: string) => new ReadError(`"${fileName}" is not a readable workbook: ${why}.`);
  const eocd = findEndOfDirectory(bytes);
  if (eocd < 0) throw broken('its zip directory is missing (the file may be cut short)');
  const count = bytes.readUInt16LE(eocd + 10);
  const directoryOffset = bytes.readUInt32LE(eocd + 16);
  if (count === 0xffff || directoryOffset === 0xffffffff) {
    throw new ReadError(`"${fileName}" is a ZIP64 workbook (over 4 GB); save it as CSV to import it.`, 'too-large');
  }
  if (count > MAX_ENTRIES) throw hostile(fileName, `its zip directory lists ${count} parts`);

  const entries: ZipEntry[] = [];
  let total = 0;
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL) throw broken('its zip directory is damaged');
    const flags = bytes.readUInt16LE(at + 8);
    const method = bytes.readUInt16LE(at + 10);
    const compressed = bytes.readUInt32LE(at + 20);
    const declared = bytes.readUInt32LE(at + 24);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const localOffset = bytes.readUInt32LE(at + 42);
    const end = at + 46 + nameLength + extraLength + commentLength;
    if (end > bytes.length) throw broken('its zip directory is damaged');
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
    const central = zip64Sizes(bytes, at + 46 + nameLength, extraLength);
    at = end;

    if (localOffset + 30 > bytes.length || bytes.readUInt32LE(localOffset) !== LOCAL) {
      throw broken(`its part "${name}" is missing`);
    }
    const localDeclared = bytes.readUInt32LE(localOffset + 22);
    const localNameLength = bytes.readUInt16LE(localOffset + 26);
    const localExtraLength = bytes.readUInt16LE(localOffset + 28);
    const local = zip64Sizes(bytes, localOffset + 30 + localNameLength, localExtraLength);
    const dataOffset = localOffset + 30 + localNameLength + localExtraLength;
    const compressedBytes = Math.max(compressed, central.compressed, local.compressed);

    if (flags & 0x1) throw new ReadError(`"${fileName}" is encrypted; remove its password and save it again.`);
    if (method !== 0 && method !== 8) throw broken(`its part "${name}" uses an unsupported compression`);
    if (dataOffset + compressed > bytes.length) throw broken(`its part "${name}" is cut short`);

    let declaredBytes = Math.max(declared, localDeclared, central.uncompressed, local.uncompressed);
    if (method === 8 && declaredBytes > DEFLATE_MAX_RATIO * compressedBytes + 1024) {
      throw hostile(fileName, `its part "${name}" claims sizes no real zip can have`);
    }
    if (method === 8 && declaredBytes > BOMB_MIN_BYTES && declaredBytes > BOMB_RATIO * compressedBytes) {
      throw hostile(
        fileName,
        `its part "${name}" unpacks ${Math.round(declaredBytes / compressedBytes)} times larger, like a zip bomb`,
      );
    }
    if (method === 8 && localDeclared === 0 && compressed > 2) {
      // SheetJS inflates such an entry without a bound: measure it here, capped.
      declaredBytes = Math.max(
        declaredBytes,
        inflatedSize(bytes, dataOffset, compressed, limits.maxUncompressedBytes - total),
      );
    }
    total += declaredBytes;
    if (total > limits.maxUncompressedBytes) throw tooMuch(fileName, limits.maxUncompressedBytes);
    entries.push({ name, method, compressedBytes, declaredBytes, dataOffset });
  }
  return entries;
}

/** One entry's bytes, inflated with a hard cap on the output. */
export function inflateEntry(bytes: Buffer, entry: ZipEntry, fileName: string): Buffer {
  const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedBytes);
  if (entry.method === 0) return data;
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, entry.declaredBytes) });
  } catch {
    throw new ReadError(`"${fileName}" is not a readable workbook: its part "${entry.name}" is damaged.`);
  }
}

function inflatedSize(bytes: Buffer, offset: number, compressed: number, budget: number): number {
  try {
    return inflateRawSync(bytes.subarray(offset, offset + compressed), { maxOutputLength: Math.max(1, budget) }).length;
  } catch {
    // Over the budget, or damaged: either way more than may be unpacked.
    return budget + 1;
  }
}

/** Sizes in a ZIP64 extra field (id 1), read the way SheetJS reads them: usz then csz. */
function zip64Sizes(bytes: Buffer, start: number, length: number): { uncompressed: number; compressed: number } {
  const sizes = { uncompressed: 0, compressed: 0 };
  for (let at = start; at + 4 <= start + length; ) {
    const id = bytes.readUInt16LE(at);
    const size = bytes.readUInt16LE(at + 2);
    if (id === 1) {
      if (size >= 8 && at + 12 <= bytes.length) sizes.uncompressed = readUInt64(bytes, at + 4);
      if (size >= 16 && at + 20 <= bytes.length) sizes.compressed = readUInt64(bytes, at + 12);
    }
    at += 4 + size;
  }
  return sizes;
}

const readUInt64 = (bytes: Buffer, at: number) => bytes.readUInt32LE(at + 4) * 2 ** 32 + bytes.readUInt32LE(at);

function findEndOfDirectory(bytes: Buffer): number {
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= earliest; at--) {
    if (bytes.readUInt32LE(at) === EOCD) return at;
  }
  return -1;
}

function hostile(fileName: string, why: string): ReadError {
  return new ReadError(
    `"${fileName}" was refused: ${why}. It is not a workbook a spreadsheet program saved.`,
    'hostile',
  );
}

function tooMuch(fileName: string, limit: number): ReadError {
  return new ReadError(
    `"${fileName}" would unpack to more than ${describeBytes(limit)}, more than an import can hold. Save it as CSV and import that, or raise the limit if the file is right.`,
    'too-large',
  );
}
