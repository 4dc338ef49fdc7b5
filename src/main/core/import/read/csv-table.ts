/**
 * A text export (CSV, TSV, Excel "Unicode text") read as a table: decoded and
 * parsed 64 KB at a time, so a 100 MB file never exists as one string or as
 * an array of all its rows, and the event loop breathes between chunks.
 */

import Papa from 'papaparse';
import { sniffDelimiter } from './delimiter';
import { checkLooksLikeText } from './file-kind';
import { cancelled, ReadError } from './read-error';
import type { RowsOptions, TableSource } from './table-source';
import { chunkDecoder, detectEncoding, type TextEncoding } from './text-encoding';

/**
 * Small chunks keep each chunk's rows young for the garbage collector: 64 KB
 * parses as fast as papaparse's own per-row step mode (1 MB chunks are ~70%
 * slower on a 90 MB export, their rows outlive the young generation).
 */
const CHUNK_BYTES = 64 * 1024;

/** The sample decoded up front to sniff the layout and check the bytes are text. */
const SAMPLE_BYTES = 64 * 1024;

/**
 * One record may not run on longer than this: past it, a quote that never
 * closes is swallowing the file, and re-reading the open record each chunk
 * would cost time quadratic in its length.
 */
const MAX_RECORD_CHARS = 8 * 1024 * 1024;

const BOM = '\ufeff';

export function openCsv(bytes: Buffer, fileName: string): TableSource {
  const { encoding, bomBytes } = detectEncoding(bytes);
  const sampleEnd = Math.min(bytes.length, bomBytes + SAMPLE_BYTES);
  const sample = stripBoms(chunkDecoder(encoding).decode(bytes.subarray(bomBytes, sampleEnd), true));
  if (sample === '') throw new ReadError(`"${fileName}" is empty.`, 'empty');
  checkLooksLikeText(bytes, sample, fileName);
  const { delimiter, headerRow } = sniffDelimiter(sample);
  // '\n' also reads '\r\n' and mixed endings: papaparse takes the '\r' before a
  // quoted field's newline as padding, and rows() trims it from unquoted last cells.
  const newline = sample.includes('\n') || !sample.includes('\r') ? '\n' : '\r';
  return {
    fileName,
    fileBytes: bytes.length,
    kind: 'csv',
    encoding,
    delimiter,
    sheets: [],
    sheet: null,
    headerRow,
    rows: (onRow, opts) => readRows(bytes, fileName, { encoding, bomBytes, delimiter, newline }, onRow, opts ?? {}),
  };
}

interface Layout {
  encoding: TextEncoding;
  bomBytes: number;
  delimiter: string;
  newline: '\n' | '\r';
}

async function readRows(
  bytes: Buffer,
  fileName: string,
  layout: Layout,
  onRow: (cells: string[], row: number) => void,
  opts: RowsOptions,
): Promise<void> {
  const { signal, onProgress, maxRows = Number.POSITIVE_INFINITY } = opts;
  const decoder = chunkDecoder(layout.encoding);
  const config = { delimiter: layout.delimiter, newline: layout.newline, quoteChar: '"' };
  const trimCr = layout.newline === '\n';
  let partial = '';
  let row = 0;
  for (let offset = layout.bomBytes; offset < bytes.length; ) {
    if (signal?.aborted) throw cancelled();
    const end = Math.min(offset + CHUNK_BYTES, bytes.length);
    const last = end === bytes.length;
    let text = partial + decoder.decode(bytes.subarray(offset, end), last);
    if (offset === layout.bomBytes) text = stripBoms(text);
    offset = end;

    // Every chunk keeps its last, possibly cut, record for the next one; the
    // file's last record is parsed alone below, so a final newline does not
    // make a phantom empty row.
    const parsed = parse(config, text, true, fileName);
    partial = text.slice(parsed.meta.cursor);
    if (last && partial !== '') {
      const tail = parse(config, partial, false, fileName);
      if (tail.errors.some((e) => e.code === 'MissingQuotes'))
        throw unclosedQuote(fileName, row + parsed.data.length + 1);
      parsed.data.push(...tail.data);
    } else if (partial.length > MAX_RECORD_CHARS) {
      const at = row + parsed.data.length + 1;
      if (partial.includes('"')) throw unclosedQuote(fileName, at);
      throw new ReadError(
        `Row ${at} of "${fileName}" runs on for millions of characters without a line break: the file is not a CSV, or its line breaks were lost.`,
      );
    }

    for (const cells of parsed.data) {
      if (trimCr) {
        const at = cells.length - 1;
        const cell = cells[at] as string;
        if (cell.charCodeAt(cell.length - 1) === 13) cells[at] = cell.slice(0, -1);
      }
      row++;
      if (row === 1) cells[0] = stripBoms(cells[0] as string);
      onRow(cells, row);
      if (row >= maxRows) return;
    }
    onProgress?.(end, bytes.length);
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  if (signal?.aborted) throw cancelled();
}

interface Parsed {
  data: string[][];
  errors: { code: string }[];
  meta: { cursor: number };
}

function parse(config: Papa.ParseConfig, text: string, keepLastRecord: boolean, fileName: string): Parsed {
  try {
    return new Papa.Parser(config).parse(text, 0, keepLastRecord) as unknown as Parsed;
  } catch (error) {
    throw new ReadError(`"${fileName}" could not be read as CSV: ${(error as Error).message}`);
  }
}

function unclosedQuote(fileName: string, row: number): ReadError {
  return new ReadError(
    `Row ${row} of "${fileName}" opens a quoted cell (one starting with ") that never closes, so the rest of the file would be one cell. The file may be cut short, or its quotes are broken.`,
  );
}

function stripBoms(text: string): string {
  let i = 0;
  while (text[i] === BOM) i++;
  return i === 0 ? text : text.slice(i);
}
