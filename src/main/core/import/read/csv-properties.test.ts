/**
 * Property tests of the CSV reader: any table a spreadsheet program could
 * write comes back cell for cell, and no bytes at all make it throw anything
 * but a ReadError.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { ReadError } from './read-error';
import { failureOf, readAll } from './testing';

const SPECIAL = fc.constantFrom(',', ';', '\t', '|', '"', '""', '\n', '\r\n', '\r', ' ', '#', "'");
const PLAIN = fc.constantFrom('a', 'Z', '0', '9', '.', '-', 'é', '€', '’', '😀', '中', 'ß');
const cellText = fc.string({
  unit: fc.oneof(SPECIAL, PLAIN, fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })),
});
const headerText = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 _]{0,12}$/);

/** Quotes what a careful writer quotes: any candidate delimiter, quote or line break. */
function field(text: string): string {
  return /[,;\t|"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be';

function encode(text: string, encoding: Encoding): Buffer {
  if (encoding === 'utf-8') return Buffer.from(text, 'utf8');
  if (encoding === 'utf-8-bom') return Buffer.from(`\ufeff${text}`, 'utf8');
  const le = Buffer.from(`\ufeff${text}`, 'utf16le');
  return encoding === 'utf-16le' ? le : Buffer.from(le).swap16();
}

const table = fc.integer({ min: 1, max: 6 }).chain((columns) =>
  fc.record({
    header: fc.array(headerText, { minLength: columns, maxLength: columns }),
    rows: fc.array(fc.array(cellText, { minLength: columns, maxLength: columns }), { maxLength: 25 }),
    delimiter: fc.constantFrom(',', ';', '\t'),
    newline: fc.constantFrom('\n', '\r\n'),
    finalNewline: fc.boolean(),
    encoding: fc.constantFrom<Encoding>('utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be'),
  }),
);

describe('CSV round trip', () => {
  it('reads back every table a writer could write, cell for cell and row for row', async () => {
    await fc.assert(
      fc.asyncProperty(table, async ({ header, rows, delimiter, newline, finalNewline, encoding }) => {
        // A lone CR ending a row's last cell reads as part of its line end (csv-table.ts trims it to read mixed
        // line ends), so no generated row ends that way.
        const written = [header, ...rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c.replace(/\r+$/, '') : c)))];
        const lastIsBlank =
          written.length > 1 && (written.at(-1) as string[]).join('') === '' && written[0]?.length === 1;
        const text = written.map((r) => r.map(field).join(delimiter)).join(newline);
        const bytes = encode(finalNewline || lastIsBlank ? text + newline : text, encoding);
        const read = await readAll(bytes, 'random.csv');
        expect(read.rows).toEqual(written);
        expect(read.numbers).toEqual(written.map((_, i) => i + 1));
        if (header.length > 1) expect(read.table.delimiter).toBe(delimiter);
      }),
      { numRuns: 300 },
    );
  });
});

async function onlyReadErrors(bytes: Uint8Array, name: string): Promise<void> {
  const error = await failureOf(() => readAll(Buffer.from(bytes), name));
  if (error !== null && !(error instanceof ReadError)) throw error;
}

describe('garbage in', () => {
  const prefixes = [
    [],
    [0x50, 0x4b, 0x03, 0x04],
    [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    [0xef, 0xbb, 0xbf],
    [0xff, 0xfe],
    [0xfe, 0xff],
  ];

  it('throws nothing but ReadError for random bytes under any name', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...prefixes),
        fc.uint8Array({ maxLength: 3000 }),
        fc.constantFrom('x.csv', 'x.xlsx', 'x.xls', 'x.ods', 'x'),
        async (prefix, rest, name) => onlyReadErrors(Buffer.concat([Buffer.from(prefix), rest]), name),
      ),
      { numRuns: 400 },
    );
  });

  it('throws nothing but ReadError for random text, quotes and line breaks', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: fc.oneof(SPECIAL, PLAIN, fc.string({ unit: 'binary', maxLength: 1 })) }),
        (text) => onlyReadErrors(Buffer.from(text, 'utf8'), 'x.csv'),
      ),
      { numRuns: 400 },
    );
  });

  for (const bookType of ['xlsx', 'biff8', 'ods'] as const) {
    it(`throws nothing but ReadError for a real ${bookType} workbook with bytes damaged or cut`, async () => {
      const wb = XLSX.utils.book_new();
      XLSX.utils.book_append_sheet(
        wb,
        XLSX.utils.aoa_to_sheet([
          ['Name', 'Total'],
          ['#1001', 12.5],
          ['#1002', true],
        ]),
        'S',
      );
      const real = XLSX.write(wb, { type: 'buffer', bookType }) as Buffer;
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.tuple(fc.nat({ max: real.length - 1 }), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
          fc.nat({ max: real.length }),
          async (damage, cut) => {
            const bytes = Buffer.from(real);
            for (const [at, value] of damage) bytes[at] = value;
            await onlyReadErrors(bytes.subarray(0, Math.max(cut, 8)), `damaged.${bookType}`);
          },
        ),
        { numRuns: 200 },
      );
    });
  }
});
