import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { openTable } from './open-table';
import { ReadError } from './read-error';
import { editZipPart, failureOf, readAll, TEST_LIMITS, writeZip, zipParts } from './testing';

/** A ten-cell workbook as Excel would save it. */
function smallXlsx(): Buffer {
  const wb = XLSX.utils.book_new();
  const rows = [['Name', 'Total'], ...Array.from({ length: 4 }, (_, i) => [`#${1001 + i}`, `${i}.00`])];
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), 'Orders');
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

const SHEET = 'xl/worksheets/sheet1.xml';
const withDimension = (ref: string) =>
  editZipPart(smallXlsx(), SHEET, (xml) => xml.replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="${ref}"/>`));

async function refusal(bytes: Buffer, name: string, limits = TEST_LIMITS): Promise<ReadError> {
  const started = performance.now();
  const error = await failureOf(() => readAll(bytes, name, { limits }));
  expect(error).toBeInstanceOf(ReadError);
  // Refused before any heavy work: no walking of claimed ranges, no unpacking of bombs.
  expect(performance.now() - started).toBeLessThan(2000);
  return error as ReadError;
}

describe('sheet ranges', () => {
  it('refuses a sheet claiming A1:XFD1048576 around ten cells', async () => {
    const error = await refusal(withDimension('A1:XFD1048576'), 'hostile.xlsx');
    expect(error.code).toBe('hostile');
    expect(error.message).toBe(
      '"hostile.xlsx" was refused: sheet "Orders" claims 17,179,869,184 cells around only 10 real ones. If the workbook is right, copy its data into a new workbook or save it as CSV.',
    );
  });

  it('refuses a claim over a million cells a thousand times its real cells', async () => {
    expect((await refusal(withDimension('A1:C1048576'), 'tall.xlsx')).code).toBe('hostile');
  });

  it('reads a sheet formatted past its data, as ordinary workbooks are', async () => {
    const { rows } = await readAll(withDimension('A1:Z5000'), 'formatted.xlsx');
    expect(rows).toHaveLength(5);
    expect(rows[4]).toEqual(['#1004', '3.00']);
  });

  it('refuses far-right cells that would pad rows out to millions of empty cells, whatever the range says', async () => {
    const farRight = Array.from({ length: 100 }, (_, i) => `<row r="${i + 10}"><c r="XFD${i + 10}"><v>1</v></c></row>`);
    const bytes = editZipPart(withDimension('A1:B5'), SHEET, (xml) =>
      xml.replace('</sheetData>', `${farRight.join('')}</sheetData>`),
    );
    const error = await refusal(bytes, 'padded.xlsx');
    expect(error.code).toBe('hostile');
    expect(error.message).toMatch(/claims 1,638,\d{3} cells around only 110 real ones/);
  });

  it('refuses a bogus range in a preview too', async () => {
    const error = await failureOf(() => readAll(withDimension('A1:XFD1048576'), 'hostile.xlsx', { maxRows: 10 }));
    expect(error).toMatchObject({ code: 'hostile' });
  });

  it('refuses a sheet whose real cells pass the cell limit, as too large rather than hostile', async () => {
    const error = await refusal(smallXlsx(), 'orders.xlsx', { ...TEST_LIMITS, maxCells: 8 });
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/^"orders\.xlsx" is too large to import: sheet "Orders" holds about 10 cells/);
  });

  it('refuses the lead fixture claiming A1:XFD1048576', async () => {
    const bytes = readFileSync('test/fixtures/orders/hostile-range.xlsx');
    expect((await refusal(bytes, 'hostile-range.xlsx')).code).toBe('hostile');
  });
});

describe('OpenDocument repeats', () => {
  const ods = (row: string) => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['Name'], ['#1001']]), 'S');
    const bytes = XLSX.write(wb, { type: 'buffer', bookType: 'ods' }) as Buffer;
    return editZipPart(bytes, 'content.xml', (xml) => xml.replace('</table:table>', `${row}</table:table>`));
  };

  it('refuses a row repeated a million times holding a cell repeated 16384 times', async () => {
    const bomb = ods(
      '<table:table-row table:number-rows-repeated="1048576"><table:table-cell table:number-columns-repeated="16384" office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>',
    );
    const error = await refusal(bomb, 'bomb.ods');
    expect(error.code).toBe('hostile');
    expect(error.message).toMatch(/repeat cells into more than 50,000,000 cells/);
  });

  it('sees through another namespace prefix', async () => {
    const bomb = ods(
      '<t:table-row xmlns:t="urn:oasis:names:tc:opendocument:xmlns:table:1.0" t:number-rows-repeated="1e7"><t:table-cell t:number-columns-repeated="10" office:value-type="string"><text:p>x</text:p></t:table-cell></t:table-row>',
    );
    expect((await refusal(bomb, 'prefixed.ods')).code).toBe('hostile');
  });

  it('reads the empty repeated rows and cells LibreOffice writes to the sheet end', async () => {
    const tail = ods(
      '<table:table-row table:number-rows-repeated="1048574"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>',
    );
    expect((await readAll(tail, 'libre.ods')).rows).toEqual([['Name'], ['#1001']]);
  });
});

describe('zip bombs and broken zips', () => {
  const workbookWith = (extra: Parameters<typeof writeZip>[0][number]) => writeZip([...zipParts(smallXlsx()), extra]);

  it('refuses a part declaring 4 GB from a few bytes, without unpacking it', async () => {
    const bytes = workbookWith({ name: 'xl/media/huge.bin', data: 'tiny', declaredSize: 0xfffffff0 });
    const error = await refusal(bytes, 'bomb.xlsx');
    expect(error.code).toBe('hostile');
    expect(error.message).toMatch(/part "xl\/media\/huge\.bin" claims sizes no real zip can have/);
  });

  it('refuses a size lie told only in the local header, where SheetJS looks', async () => {
    const bytes = workbookWith({ name: 'xl/media/a.bin', data: 'tiny', localDeclaredSize: 0xfffffff0 });
    expect((await refusal(bytes, 'local.xlsx')).code).toBe('hostile');
  });

  it('refuses a part that really unpacks a thousand times larger', async () => {
    const bytes = workbookWith({ name: 'xl/sharedStrings2.xml', data: Buffer.alloc(40 * 1024 * 1024, 0x41) });
    expect(bytes.length).toBeLessThan(200 * 1024);
    const error = await refusal(bytes, 'ratio.xlsx');
    expect(error.code).toBe('hostile');
    expect(error.message).toMatch(/unpacks \d+ times larger, like a zip bomb/);
  });

  it('measures a part whose local header declares no size, and refuses it past the limit', async () => {
    const bytes = workbookWith({
      name: 'xl/printerSettings.bin',
      data: Buffer.alloc(3 * 1024 * 1024, 0x41),
      declaredSize: 100,
      localDeclaredSize: 0,
    });
    const error = await refusal(bytes, 'stream.xlsx', { ...TEST_LIMITS, maxUncompressedBytes: 1024 * 1024 });
    expect(error.code).toBe('too-large');
  });

  it('refuses a workbook unpacking past the uncompressed limit, saying what to do', async () => {
    const error = await refusal(smallXlsx(), 'orders.xlsx', { ...TEST_LIMITS, maxUncompressedBytes: 2000 });
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/^"orders\.xlsx" would unpack to more than 2 KB.*Save it as CSV/);
  });

  it('checks the file size first, whatever else is wrong', async () => {
    const bytes = workbookWith({ name: 'x.bin', data: 'tiny', declaredSize: 0xfffffff0 });
    const error = await refusal(bytes, 'both.xlsx', { maxFileBytes: 1024, maxUncompressedBytes: 10 });
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/over the 1 KB limit for an import/);
  });

  it('refuses the lead fixture whose zip declares a 4 GB sheet', async () => {
    expect((await refusal(readFileSync('test/fixtures/orders/zip-bomb.xlsx'), 'zip-bomb.xlsx')).code).toBe('hostile');
  });

  it('refuses an xls whose damaged formula record sends SheetJS into an endless loop, and stays responsive', async () => {
    // Found by the property test below: parse_Rgce loops forever on it. The parse runs in a worker with a deadline.
    const started = Date.now();
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 50);
    const error = await refusal(readFileSync('test/fixtures/orders/formula-loop.xls'), 'formula-loop.xls', {
      ...TEST_LIMITS,
      maxParseMs: 1_500,
    });
    clearInterval(ticker);
    expect(error.message).toMatch(
      /^"formula-loop\.xls" could not be read: .*still working after 2 s.*export it as CSV/,
    );
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(ticks).toBeGreaterThan(10);
  });

  it('stops a workbook parse at once when the import is cancelled', async () => {
    const controller = new AbortController();
    const reading = failureOf(() =>
      openTable(readFileSync('test/fixtures/orders/formula-loop.xls'), 'formula-loop.xls', {
        limits: TEST_LIMITS,
        signal: controller.signal,
      }),
    );
    setTimeout(() => controller.abort(), 100);
    const error = await reading;
    expect(error).toBeInstanceOf(ReadError);
    expect((error as ReadError).code).toBe('cancelled');
  });

  it('refuses garbage, cut-short and foreign files named .xlsx or .xls with a ReadError', async () => {
    const real = smallXlsx();
    const cases: [Buffer, string, RegExp][] = [
      [Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(500, 7)]), 'garbage.xlsx', /zip directory is missing/],
      [real.subarray(0, Math.floor(real.length / 2)), 'cut.xlsx', /cut short/],
      [writeZip([{ name: 'readme.md', data: 'hello' }]), 'archive.xlsx', /zip archive, not an Excel or OpenDocument/],
      [
        writeZip([{ name: 'orders_export_1.csv', data: 'a,b' }]),
        'orders.zip',
        /holding "orders_export_1\.csv"; unzip it/,
      ],
      [
        Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(2000, 3)]),
        'broken.xls',
        /not a readable xls/,
      ],
    ];
    for (const [bytes, name, message] of cases) {
      const error = await refusal(bytes, name);
      expect(error.message).toMatch(message);
    }
  });

  it('refuses an encrypted zip entry', async () => {
    const bytes = Buffer.from(smallXlsx());
    // Set the "encrypted" flag on the first central directory entry.
    const central = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bytes.writeUInt16LE(bytes.readUInt16LE(central + 8) | 1, central + 8);
    expect((await refusal(bytes, 'locked.xlsx')).message).toMatch(/encrypted/);
  });
});
