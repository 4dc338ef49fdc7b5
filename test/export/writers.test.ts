import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { csvText } from '../../src/main/core/export/csv';
import { safeFileName, writeNewFile } from '../../src/main/core/export/output-file';
import type { Sheet } from '../../src/main/core/export/table';
import { moneyFormat, xlsxBytes } from '../../src/main/core/export/xlsx';
import { tempDir } from '../helpers/workspace';

const sheet: Sheet = {
  name: 'Payouts',
  columns: [{ header: 'Creator' }, { header: 'Payee reference' }, { header: 'Amount' }, { header: 'Orders' }],
  rows: [
    ['Maya "MJ" Okafor', '=HYPERLINK("http://evil.example","pay")', { minor: 12345, currency: 'USD' }, 12],
    ['Jonah, Reyes', '+1-555', { minor: -380, currency: 'USD' }, 0],
    ['Aiko', null, { minor: 5, currency: 'USD' }, 1],
    ['@tab', '\tlead', { minor: 0, currency: 'USD' }, 3],
  ],
  footer: [['Total', null, { minor: 11970, currency: 'USD' }, 16]],
};

describe('CSV writer', () => {
  it('quotes text, neutralises formulas, writes amounts as decimal text', () => {
    const text = csvText(sheet);
    expect(text.startsWith('\ufeff"Creator","Payee reference","Amount","Orders"\r\n')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines[1]).toBe('"Maya ""MJ"" Okafor","\'=HYPERLINK(""http://evil.example"",""pay"")",123.45,12');
    expect(lines[2]).toBe('"Jonah, Reyes","\'+1-555",-3.80,0');
    expect(lines[3]).toBe('"Aiko",,0.05,1');
    expect(lines[4]).toBe('"\'@tab","\'\tlead",0.00,3');
    expect(lines[5]).toBe('"Total",,119.70,16');
  });

  it('reads back in a spreadsheet with inert text and the same totals', () => {
    const dir = tempDir();
    const path = join(dir, 'p.csv');
    writeFileSync(path, csvText(sheet));
    const ws = XLSX.read(readFileSync(path), { type: 'buffer' }).Sheets.Sheet1;
    if (!ws) throw new Error('no sheet');
    const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(ws);
    expect(rows[0]?.['Payee reference']).toBe('\'=HYPERLINK("http://evil.example","pay")');
    expect(ws.B2?.f).toBeUndefined();
    const amounts = rows.slice(0, 4).map((r) => Math.round(Number(r.Amount) * 100));
    expect(amounts).toEqual([12345, -380, 5, 0]);
    expect(amounts.reduce((a, b) => a + b, 0)).toBe(11970);
  });
});

describe('xlsx writer', () => {
  const dir = tempDir();
  const path = join(dir, 'p.xlsx');
  writeFileSync(path, xlsxBytes([sheet, { name: 'Second', columns: [{ header: 'A' }], rows: [['x']] }]));
  const wb = XLSX.read(readFileSync(path), { type: 'buffer', cellNF: true, cellStyles: true });
  const ws = wb.Sheets.Payouts;
  if (!ws) throw new Error('no sheet');

  it('writes amounts as numbers with a currency format and text as text', () => {
    expect(wb.SheetNames).toEqual(['Payouts', 'Second']);
    expect(ws.C2).toMatchObject({ t: 'n', v: 123.45, z: '#,##0.00 "USD"' });
    expect(ws.C3).toMatchObject({ t: 'n', v: -3.8 });
    expect(ws.D2).toMatchObject({ t: 'n', v: 12 });
    expect(ws.B2).toMatchObject({ t: 's', v: '\'=HYPERLINK("http://evil.example","pay")' });
    expect(ws.B2?.f).toBeUndefined();
    expect(ws.B4).toBeUndefined();
    const total = [2, 3, 4, 5].reduce((sum, r) => sum + Math.round((ws[`C${r}`]?.v as number) * 100), 0);
    expect(total).toBe(11970);
    expect(ws.C6?.v).toBe(119.7);
    expect(moneyFormat('JPY')).toBe('#,##0 "JPY"');
    expect(moneyFormat('KWD')).toBe('#,##0.000 "KWD"');
  });

  it('filters the data rows (not the totals), fits widths and freezes the header', () => {
    expect(ws['!autofilter']).toEqual({ ref: 'A1:D5' });
    const widths = (ws['!cols'] ?? []).map((c) => c.wch ?? c.width);
    expect(widths.length).toBe(4);
    for (const w of widths) expect(w).toBeGreaterThanOrEqual(8);
    const zip = XLSX.CFB.read(readFileSync(path), { type: 'buffer' }) as {
      FullPaths: string[];
      FileIndex: { content: Uint8Array }[];
    };
    const sheets = zip.FullPaths.map((p, i) => [p, zip.FileIndex[i]] as const).filter(([p]) =>
      /xl\/worksheets\/sheet\d\.xml$/.test(p),
    );
    expect(sheets.length).toBe(2);
    for (const [, entry] of sheets) {
      expect(Buffer.from(entry?.content ?? []).toString()).toContain(
        '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>',
      );
    }
  });
});

describe('output files', () => {
  it('never overwrites: a taken name gets " (2)", a missing extension is added', () => {
    const dir = tempDir();
    const first = writeNewFile(join(dir, 'out', 'Payouts.csv'), 'csv', Buffer.from('a'));
    const second = writeNewFile(join(dir, 'out', 'Payouts.csv'), 'csv', Buffer.from('b'));
    const third = writeNewFile(join(dir, 'out', 'Payouts'), 'csv', Buffer.from('c'));
    expect(first).toBe(join(dir, 'out', 'Payouts.csv'));
    expect(second).toBe(join(dir, 'out', 'Payouts (2).csv'));
    expect(third).toBe(join(dir, 'out', 'Payouts (3).csv'));
    expect(readFileSync(first, 'utf8')).toBe('a');
    expect(safeFileName('Statement - A/B: "x"\u0000 ')).toBe('Statement - A B x');
  });
});
