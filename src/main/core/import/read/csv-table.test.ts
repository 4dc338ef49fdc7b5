import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTable } from './open-table';
import { ReadError } from './read-error';
import { failureOf, readAll, TEST_LIMITS } from './testing';

/** Writes the bytes to a real file in a temp folder and reads them back, as an import does. */
function fixture(name: string, bytes: Buffer): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'pilotdesk-read-'));
  writeFileSync(join(dir, name), bytes);
  return readFileSync(join(dir, name));
}

const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const utf16be = (text: string) => Buffer.from(utf16le(text).swap16());

describe('CSV encodings', () => {
  it('strips a UTF-8 BOM so the first header is clean', async () => {
    const bytes = fixture('bom.csv', Buffer.from('\ufeffName,Total\n#1001,12.50\n', 'utf8'));
    const { table, rows } = await readAll(bytes, 'bom.csv');
    expect(table.encoding).toBe('utf-8');
    expect(rows).toEqual([
      ['Name', 'Total'],
      ['#1001', '12.50'],
    ]);
  });

  it('strips a BOM doubled by a careless re-save, and one inside the first quoted header', async () => {
    const { rows } = await readAll(Buffer.from('\ufeff\ufeffName,Total\n1,2\n', 'utf8'), 'double.csv');
    expect(rows[0]).toEqual(['Name', 'Total']);
    const quoted = await readAll(Buffer.from('"\ufeffName",Total\n1,2\n', 'utf8'), 'quoted.csv');
    expect(quoted.rows[0]).toEqual(['Name', 'Total']);
  });

  it('reads Excel "Unicode text": UTF-16LE with BOM, tab-delimited, CRLF', async () => {
    const text = 'Order\tProduct\tTotal\r\n1001\tWomen’s tee ×2\t€12,00\r\n';
    const { table, rows } = await readAll(fixture('unicode.txt', utf16le(text)), 'unicode.txt');
    expect(table.encoding).toBe('utf-16le');
    expect(table.delimiter).toBe('\t');
    expect(rows).toEqual([
      ['Order', 'Product', 'Total'],
      ['1001', 'Women’s tee ×2', '€12,00'],
    ]);
  });

  it('reads UTF-16BE with BOM and UTF-16LE that lost its BOM', async () => {
    const text = 'a,b\r\nçé,😀\r\n';
    expect((await readAll(utf16be(text), 'be.csv')).rows).toEqual([
      ['a', 'b'],
      ['çé', '😀'],
    ]);
    const noBom = await readAll(Buffer.from(text, 'utf16le'), 'le.csv');
    expect(noBom.table.encoding).toBe('utf-16le');
    expect(noBom.rows[1]).toEqual(['çé', '😀']);
  });

  it('reads Windows-1252 (Excel "CSV" on Windows) with é, € and curly quotes', async () => {
    // "Café;€12,50;“x”" in Windows-1252: é=E9, €=80, “=93, ”=94.
    const bytes = Buffer.concat([
      Buffer.from('Name;Price;Note\r\nCaf', 'latin1'),
      Buffer.from([0xe9, 0x3b, 0x80]),
      Buffer.from('12,50;', 'latin1'),
      Buffer.from([0x93, 0x78, 0x94]),
      Buffer.from('\r\n', 'latin1'),
    ]);
    const { table, rows } = await readAll(fixture('cp1252.csv', bytes), 'cp1252.csv');
    expect(table.encoding).toBe('windows-1252');
    expect(table.delimiter).toBe(';');
    expect(rows).toEqual([
      ['Name', 'Price', 'Note'],
      ['Café', '€12,50', '“x”'],
    ]);
  });

  it('keeps UTF-8 whose last character was cut short, rather than reading it as Windows-1252', async () => {
    const whole = Buffer.from('name\nCafé\nNaïve', 'utf8');
    const { table, rows } = await readAll(whole.subarray(0, whole.length - 2), 'cut.csv');
    expect(table.encoding).toBe('utf-8');
    expect(rows[1]).toEqual(['Café']);
  });
});

describe('CSV layout', () => {
  it('reads ";" with decimal commas, as European Excel writes', async () => {
    const { table, rows } = await readAll(Buffer.from('Datum;Betrag;Menge\n06.07.2026;"12,00";1\n', 'utf8'), 'eu.csv');
    expect(table.delimiter).toBe(';');
    expect(rows[1]).toEqual(['06.07.2026', '12,00', '1']);
  });

  it('sniffs "|" and ignores delimiters inside quoted headers', async () => {
    const { table } = await readAll(Buffer.from('a|b|"c, d, e"\n1|2|3\n', 'utf8'), 'pipe.csv');
    expect(table.delimiter).toBe('|');
  });

  it('skips a GA4 "#" preamble and blank lines when sniffing, but delivers them as rows', async () => {
    const text = [
      '# ----------------------------------------',
      '# Traffic acquisition: Session source / medium',
      '# Start date: 20260601',
      '# End date: 20260630',
      '',
      'Session source / medium;Sessions;Engaged sessions',
      'instagram / social;1,204;800',
      '',
    ].join('\n');
    const { table, rows, numbers } = await readAll(Buffer.from(text, 'utf8'), 'ga4.csv');
    expect(table.delimiter).toBe(';');
    expect(table.headerRow).toBe(6);
    expect(rows[5]).toEqual(['Session source / medium', 'Sessions', 'Engaged sessions']);
    expect(numbers[5]).toBe(6);
    expect(rows[6]).toEqual(['instagram / social', '1,204', '800']);
    expect(rows).toHaveLength(7);
  });

  it('reads quoted fields with commas, newlines and "" escapes as one row each', async () => {
    const text =
      'Name,Notes,Total\r\n#1001,"gorgias.guest_id: 1\r\nb2b2cdata: {""quizid"" => """"}",12.00\r\n#1002,"3360 Wiley Post Road, Suite 100",5.00\r\n';
    const { rows, numbers } = await readAll(Buffer.from(text, 'utf8'), 'shopify.csv');
    expect(rows).toEqual([
      ['Name', 'Notes', 'Total'],
      ['#1001', 'gorgias.guest_id: 1\r\nb2b2cdata: {"quizid" => ""}', '12.00'],
      ['#1002', '3360 Wiley Post Road, Suite 100', '5.00'],
    ]);
    expect(numbers).toEqual([1, 2, 3]);
  });

  it('reads a last line without a newline, and keeps blank trailing rows without inventing one', async () => {
    expect((await readAll(Buffer.from('a,b\n1,2', 'utf8'), 'x.csv')).rows).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    const blank = await readAll(Buffer.from('a,b\r\n1,2\r\n\r\n,\r\n', 'utf8'), 'x.csv');
    expect(blank.rows).toEqual([['a', 'b'], ['1', '2'], [''], ['', '']]);
    expect(blank.numbers).toEqual([1, 2, 3, 4]);
  });

  it('reads files mixing CRLF and LF line ends, and old Mac CR-only files', async () => {
    expect((await readAll(Buffer.from('a,b\r\n1,2\n3,"4"\r\n5,6', 'utf8'), 'mixed.csv')).rows).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
      ['5', '6'],
    ]);
    expect((await readAll(Buffer.from('a,b\r1,"x\ry"\r', 'utf8'), 'mac.csv')).rows).toEqual([
      ['a', 'b'],
      ['1', 'x\ry'],
    ]);
  });

  it('keeps every cell as its exact text: no numbers, no trimming', async () => {
    const { rows } = await readAll(Buffer.from("Id,Zip,Amount\n007,'07103, 1.21E+13 \n", 'utf8'), 'x.csv');
    expect(rows[1]).toEqual(['007', "'07103", ' 1.21E+13 ']);
  });

  it('reads the real Shopify samples: 79 columns on every record', async () => {
    // Byte-for-byte copies of ../shared/formats/samples, kept with the project's fixtures.
    for (const sample of ['shopify-2026-real.csv', 'shopify-tiktok-refunds.csv']) {
      const bytes = readFileSync(join(__dirname, '../../../../../test/fixtures/orders', sample));
      const { rows } = await readAll(bytes, sample);
      expect(rows[0]?.[0]).toBe('Name');
      for (const row of rows) expect(row).toHaveLength(79);
    }
  });
});

describe('CSV streaming', () => {
  const big = () => {
    const lines = ['id,note,amount'];
    for (let i = 0; i < 20_000; i++) lines.push(`${i},"line one, ${i}\nline ""two""",${i}.50`);
    return Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8');
  };

  it('reads records that straddle its chunks intact, numbering them in order', async () => {
    const { rows, numbers } = await readAll(big(), 'big.csv');
    expect(rows).toHaveLength(20_001);
    rows.slice(1).forEach((row, i) => {
      expect(row).toEqual([String(i), `line one, ${i}\nline "two"`, `${i}.50`]);
    });
    expect(numbers.every((n, i) => n === i + 1)).toBe(true);
  });

  it('reports progress in bytes, yields between chunks, and stops at maxRows', async () => {
    const bytes = big();
    const table = await openTable(bytes, 'big.csv', { limits: TEST_LIMITS });
    const progress: number[] = [];
    let timerRan = false;
    setImmediate(() => {
      timerRan = true;
    });
    let seen = 0;
    let rowsWhenTimerRan = -1;
    await table.rows(
      () => {
        seen++;
        if (timerRan && rowsWhenTimerRan < 0) rowsWhenTimerRan = seen;
      },
      { onProgress: (done, total) => progress.push(done / total) },
    );
    expect(rowsWhenTimerRan).toBeGreaterThan(0);
    expect(rowsWhenTimerRan).toBeLessThan(seen);
    expect(progress.at(-1)).toBe(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));

    const firstRows: number[] = [];
    await table.rows((_, row) => firstRows.push(row), { maxRows: 3 });
    expect(firstRows).toEqual([1, 2, 3]);
  });

  it('stops with a cancelled ReadError when the signal aborts', async () => {
    const table = await openTable(big(), 'big.csv', { limits: TEST_LIMITS });
    const controller = new AbortController();
    let seen = 0;
    const error = await failureOf(() =>
      table.rows(
        () => {
          if (++seen === 100) controller.abort();
        },
        { signal: controller.signal },
      ),
    );
    expect(error).toBeInstanceOf(ReadError);
    expect((error as ReadError).code).toBe('cancelled');
    expect(seen).toBeLessThan(20_001);
  });

  it('lets an error thrown by the row callback through unchanged', async () => {
    const table = await openTable(Buffer.from('a\n1\n'), 'x.csv', { limits: TEST_LIMITS });
    const mine = new TypeError('planner bug');
    expect(
      await failureOf(() =>
        table.rows(() => {
          throw mine;
        }),
      ),
    ).toBe(mine);
  });
});

describe('CSV refusals', () => {
  it('refuses a file over the size limit before reading it, saying the limit can be raised', async () => {
    const error = await failureOf(() =>
      openTable(Buffer.alloc(2048, 'a'), 'orders.csv', { limits: { maxFileBytes: 1024 } }),
    );
    expect(error).toBeInstanceOf(ReadError);
    expect((error as ReadError).code).toBe('too-large');
    expect((error as ReadError).message).toMatch(/"orders\.csv" is 2 KB, over the 1 KB limit.*raise the limit/);
  });

  it('refuses an empty file', async () => {
    expect(await failureOf(() => openTable(Buffer.alloc(0), 'e.csv', { limits: TEST_LIMITS }))).toMatchObject({
      code: 'empty',
    });
    expect(
      await failureOf(() => openTable(Buffer.from([0xef, 0xbb, 0xbf]), 'e.csv', { limits: TEST_LIMITS })),
    ).toMatchObject({
      code: 'empty',
    });
  });

  it('refuses binary files, PDFs and web pages named .csv or .xls', async () => {
    const cases: [Buffer, string, RegExp][] = [
      [Buffer.from([0, 1, 2, 3, 200, 0, 17, 4, 5]), 'x.csv', /binary data/],
      [Buffer.from('%PDF-1.7\n...'), 'invoice.csv', /PDF/],
      [Buffer.from('<html><table><tr><td>1</td></tr></table></html>'), 'export.xls', /web page/],
    ];
    for (const [bytes, name, message] of cases) {
      const error = await failureOf(() => openTable(bytes, name, { limits: TEST_LIMITS }));
      expect(error).toBeInstanceOf(ReadError);
      expect((error as Error).message).toMatch(message);
    }
  });

  it('reads a header starting with "PK" as text, not as a zip', async () => {
    expect((await readAll(Buffer.from('PK,Name\n1,a\n'), 'keys.csv')).rows).toEqual([
      ['PK', 'Name'],
      ['1', 'a'],
    ]);
  });

  it('reads a tab-separated file named .xls as the text it is', async () => {
    const { table, rows } = await readAll(Buffer.from('Order\tTotal\n1\t2\n'), 'export.xls');
    expect(table.kind).toBe('csv');
    expect(rows[1]).toEqual(['1', '2']);
  });

  // How quickly is the bench's matter; here, that it stops with the row named rather than reading on.
  it('refuses a record that runs on for millions of characters', { timeout: 30_000 }, async () => {
    const noBreaks = Buffer.alloc(20 * 1024 * 1024, 'abc,');
    expect(await failureOf(() => readAll(Buffer.concat([Buffer.from('a,b\n'), noBreaks]), 'x.csv'))).toMatchObject({
      message:
        'Row 2 of "x.csv" runs on for millions of characters without a line break: the file is not a CSV, or its line breaks were lost.',
    });
    const openQuote = Buffer.concat([Buffer.from('a,b\n1,"'), noBreaks]);
    expect(await failureOf(() => readAll(openQuote, 'q.csv'))).toMatchObject({
      message: expect.stringMatching(/^Row 2 of "q\.csv" opens a quoted cell/),
    });
  });

  it('refuses a quote that never closes, naming the row where it opened', async () => {
    const error = await failureOf(() => readAll(Buffer.from('a,b\n1,2\n3,"never closed\n4,5\n'), 'x.csv'));
    expect(error).toBeInstanceOf(ReadError);
    expect((error as Error).message).toMatch(/^Row 3 of "x\.csv" opens a quoted cell/);
  });
});
