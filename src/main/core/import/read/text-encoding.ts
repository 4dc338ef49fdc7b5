/**
 * Which character encoding a text export uses, and decoding it chunk by
 * chunk. Shops write UTF-8 (sometimes with a BOM), Excel's "Unicode text" is
 * UTF-16LE with a BOM, and Excel's plain "CSV" on Windows is Windows-1252.
 */

import { isAscii, isUtf8 } from 'node:buffer';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DetectedEncoding {
  encoding: TextEncoding;
  /** Bytes of byte-order mark to skip before decoding. */
  bomBytes: number;
}

export function detectEncoding(bytes: Uint8Array): DetectedEncoding {
  const [b0, b1, b2] = [bytes[0], bytes[1], bytes[2]];
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: 'utf-8', bomBytes: 3 };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', bomBytes: 2 };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', bomBytes: 2 };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { encoding: utf16, bomBytes: 0 };
  return { encoding: looksUtf8(bytes) ? 'utf-8' : 'windows-1252', bomBytes: 0 };
}

/**
 * Valid UTF-8, allowing a last character cut short (a truncated download)
 * when the rest holds UTF-8 characters; "Café" ending a Windows-1252 file
 * also looks like a cut character, but its rest is plain ASCII.
 */
function looksUtf8(bytes: Uint8Array): boolean {
  if (isUtf8(bytes)) return true;
  let end = bytes.length;
  for (let back = 0; back < 3 && end > 0 && ((bytes[end - 1] as number) & 0xc0) === 0x80; back++) end--;
  if (end === 0 || ((bytes[end - 1] as number) & 0xc0) !== 0xc0) return false;
  const rest = bytes.subarray(0, end - 1);
  return isUtf8(rest) && !isAscii(rest);
}

/**
 * UTF-16 text that lost its BOM still shows itself: ASCII characters leave a
 * zero byte in every other position.
 */
function utf16WithoutBom(bytes: Uint8Array): TextEncoding | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros * 5 < oddZeros) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros * 5 < evenZeros) return 'utf-16be';
  return null;
}

export interface ChunkDecoder {
  /** Decodes the next bytes; `final` flushes a character cut at the end. */
  decode(bytes: Uint8Array, final: boolean): string;
}

export function chunkDecoder(encoding: TextEncoding): ChunkDecoder {
  if (encoding === 'windows-1252') return { decode: decodeWindows1252 };
  const decoder = new TextDecoder(encoding, { ignoreBOM: true });
  return { decode: (bytes, final) => decoder.decode(bytes, { stream: !final }) };
}

// Windows-1252 is Latin-1 except 0x80-0x9F, which hold € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ.
// Decoded by hand: Node 20's TextDecoder('windows-1252') maps those bytes to C1 controls in one-shot mode.
const C1_TO_1252 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

const HAS_C1 = /[\u0080-\u009f]/;
const C1 = /[\u0080-\u009f]/g;

function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return HAS_C1.test(latin1) ? latin1.replace(C1, (c) => C1_TO_1252[c.charCodeAt(0) - 0x80] as string) : latin1;
}
