/**
 * What a file's bytes are, whatever its name says: a zip (xlsx, ods), an OLE
 * compound file (xls), or text. Shops and old plugins name TSV or HTML ".xls",
 * and people rename files, so the name only shapes the messages.
 */

import { ReadError } from './read-error';

export type Container = 'zip' | 'cfb' | 'text';

export function containerOf(bytes: Uint8Array): Container {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'zip';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'cfb';
  return 'text';
}

const BINARY_SIGNATURES: [number[], string][] = [
  [[0x50, 0x4b, 0x05, 0x06], 'an empty zip archive'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0x52, 0x61, 0x72, 0x21], 'a RAR archive'],
  [[0x37, 0x7a, 0xbc, 0xaf], 'a 7-Zip archive'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'an RTF document'],
];

/**
 * Refuses text-route files that are not a table of text: known binary
 * formats, HTML or XML (Excel's "web page" and 2003 XML saves), and bytes
 * with control characters no text export contains.
 * `sample` is the decoded start of the file, BOM removed.
 */
export function checkLooksLikeText(bytes: Uint8Array, sample: string, fileName: string): void {
  for (const [signature, what] of BINARY_SIGNATURES) {
    if (startsWith(bytes, signature)) throw notATable(fileName, `it looks like ${what}`);
  }
  if (/^\s*<(\?xml|!doctype|html|table|head|body|workbook)\b/i.test(sample.slice(0, 512))) {
    throw notATable(
      fileName,
      'it holds a web page or XML, as some programs write for ".xls"; open it in Excel or another spreadsheet program and save it as .xlsx or CSV',
    );
  }
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) throw notATable(fileName, 'it holds binary data');
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) controls++;
  }
  if (controls > 8 && controls > sample.length / 100) throw notATable(fileName, 'it holds binary data');
}

function notATable(fileName: string, why: string): ReadError {
  return new ReadError(`"${fileName}" is not a CSV, text or spreadsheet file: ${why}.`);
}

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}
