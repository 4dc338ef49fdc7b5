import { afterEach, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { openTable } from './open-table';
import { ReadError } from './read-error';
import { editZipPart, failureOf, readAll, TEST_LIMITS } from './testing';

/** The cells shop exports hold, with the number formats Excel gives them. */
function ordersWorkbook(): XLSX.WorkBook {
  const ws = XLSX.utils.aoa_to_sheet([
    ['Id', 'Order', 'Date', 'Created', 'Paid', 'Total', 'Ratio', 'Error', 'Time', 'Huge', 'Refund'],
    ['007', 12133307351371, 46209, 46209.5371412037, true, 1149.5, 0.1 + 0.2, 0, 0.75, 1.5e21, -12.25],
  ]);
  (ws.C2 as XLSX.CellObject).z = 'yyyy-mm-dd';
  (ws.D2 as XLSX.CellObject).z = 'm/d/yy h:mm:ss';
  (ws.I2 as XLSX.CellObject).z = 'h:mm';
  ws.H2 = { t: 'e', v: 0x2a }; // #N/A
  XLSX.utils.sheet_add_aoa(ws, [['after a blank row']], { origin: 'B4' });
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([]), 'Cover');
  XLSX.utils.book_append_sheet(wb, ws, 'Orders');
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['Code'], ['ANNA10']]), 'Codes');
  return wb;
}

const EXPECTED_ROWS = [
  ['Id', 'Order', 'Date', 'Created', 'Paid', 'Total', 'Ratio', 'Error', 'Time', 'Huge', 'Refund'],
  [
    '007',
    '12133307351371',
    '2026-07-06',
    '2026-07-06 12:53:29',
    'TRUE',
    '1149.5',
    '0.3',
    '',
    '18:00:00',
    '1500000000000000000000',
    '-12.25',
  ],
  [],
  ['', 'after a blank row'],
];

describe('workbooks', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTz;
  });

  for (const [bookType, kind] of [
    ['xlsx', 'xlsx'],
    ['biff8', 'xls'],
    ['ods', 'ods'],
  ] as const) {
    it(`reads each ${kind} cell as the text it holds, blank rows included`, async () => {
      const bytes = XLSX.write(ordersWorkbook(), { type: 'buffer', bookType }) as Buffer;
      const { table, rows, numbers } = await readAll(bytes, `orders.${kind}`);
      expect(table).toMatchObject({ kind, encoding: null, delimiter: null, sheet: 'Orders', headerRow: 1 });
      expect(table.sheets).toEqual(['Cover', 'Orders', 'Codes']);
      expect(rows).toEqual(EXPECTED_ROWS);
      expect(numbers).toEqual([1, 2, 3, 4]);
    });
  }

  it('reads date serials the same in every time zone', async () => {
    const bytes = XLSX.write(ordersWorkbook(), { type: 'buffer', bookType: 'xlsx' }) as Buffer;
    for (const tz of ['America/Los_Angeles', 'Asia/Tokyo', 'Pacific/Kiritimati']) {
      process.env.TZ = tz;
      expect((await readAll(bytes, 'orders.xlsx')).rows[1]?.slice(2, 4)).toEqual(['2026-07-06', '2026-07-06 12:53:29']);
    }
  });

  it('reads LibreOffice date cells (office:date-value) as written, in any time zone', async () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['When'], ['DAY'], ['MOMENT']]), 'S');
    const ods = editZipPart(XLSX.write(wb, { type: 'buffer', bookType: 'ods' }) as Buffer, 'content.xml', (xml) =>
      xml
        .replace(
          /<table:table-cell[^>]*><text:p>DAY<\/text:p>/,
          '<table:table-cell office:value-type="date" office:date-value="2026-07-06"><text:p>07/06/26</text:p>',
        )
        .replace(
          /<table:table-cell[^>]*><text:p>MOMENT<\/text:p>/,
          '<table:table-cell office:value-type="date" office:date-value="2026-03-29T02:30:00"><text:p>x</text:p>',
        ),
    );
    for (const tz of ['UTC', 'Europe/Berlin', 'America/Los_Angeles']) {
      process.env.TZ = tz;
      expect((await readAll(ods, 'x.ods')).rows).toEqual([['When'], ['2026-07-06'], ['2026-03-29 02:30:00']]);
    }
  });

  it('reads dates of workbooks on the 1904 date system', async () => {
    const wb = XLSX.utils.book_new();
    const ws = XLSX.utils.aoa_to_sheet([['When'], [44747]]);
    (ws.A2 as XLSX.CellObject).z = 'yyyy-mm-dd';
    XLSX.utils.book_append_sheet(wb, ws, 'S');
    wb.Workbook = { WBProps: { date1904: true } };
    const { rows } = await readAll(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer, 'mac.xlsx');
    expect(rows[1]).toEqual(['2026-07-06']);
  });

  it('reads the sheet asked for, and names the sheets there are when it is not there', async () => {
    const bytes = XLSX.write(ordersWorkbook(), { type: 'buffer', bookType: 'xlsx' }) as Buffer;
    const { table, rows } = await readAll(bytes, 'orders.xlsx', { sheet: 'Codes' });
    expect(table.sheet).toBe('Codes');
    expect(rows).toEqual([['Code'], ['ANNA10']]);
    const error = await failureOf(() => openTable(bytes, 'orders.xlsx', { limits: TEST_LIMITS, sheet: 'Sheet1' }));
    expect(error).toBeInstanceOf(ReadError);
    expect(error).toMatchObject({
      code: 'unknown-sheet',
      message: '"orders.xlsx" has no sheet named "Sheet1". Its sheets are "Cover", "Orders", "Codes".',
    });
  });

  it('refuses a workbook without cells, and an empty sheet asked for', async () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([]), 'Blank');
    const bytes = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
    expect(await failureOf(() => openTable(bytes, 'blank.xlsx', { limits: TEST_LIMITS }))).toMatchObject({
      code: 'empty',
      message: '"blank.xlsx" has no cells in any sheet.',
    });
    const orders = XLSX.write(ordersWorkbook(), { type: 'buffer', bookType: 'xlsx' }) as Buffer;
    expect(await failureOf(() => openTable(orders, 'o.xlsx', { limits: TEST_LIMITS, sheet: 'Cover' }))).toMatchObject({
      code: 'empty',
    });
  });

  it('previews only the first rows when asked, and reports the header row past leading blanks', async () => {
    const ws = XLSX.utils.aoa_to_sheet([]);
    XLSX.utils.sheet_add_aoa(ws, [['Name', 'Total'], ...Array.from({ length: 5000 }, (_, i) => [`#${i}`, i])], {
      origin: 'A3',
    });
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, 'S');
    const bytes = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
    const preview = await readAll(bytes, 'big.xlsx', { maxRows: 10 });
    expect(preview.table.headerRow).toBe(3);
    expect(preview.rows).toHaveLength(10);
    expect(preview.rows[2]).toEqual(['Name', 'Total']);

    const table = await openTable(bytes, 'big.xlsx', { limits: TEST_LIMITS });
    const progress: [number, number][] = [];
    let count = 0;
    await table.rows(() => count++, { onProgress: (done, total) => progress.push([done, total]) });
    expect(count).toBe(5003);
    expect(progress.at(-1)).toEqual([5003, 5003]);
    expect(progress.length).toBeGreaterThan(2);

    const controller = new AbortController();
    controller.abort();
    expect(await failureOf(() => table.rows(() => {}, { signal: controller.signal }))).toMatchObject({
      code: 'cancelled',
    });
  });
});
