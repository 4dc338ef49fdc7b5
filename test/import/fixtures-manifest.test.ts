/**
 * Checks the fixture manifest against the fixture files themselves, with papaparse
 * and SheetJS only (never the importer), so a typo in the manifest or a damaged
 * fixture fails here before it misleads an importer test.
 */

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { cell, type FileSpec, LAYOUT_HEADERS, ORDER_FILE_SPECS, type Row, toMinor } from './fixture-specs';
import { CLICK_FIXTURES, ORDER_FIXTURES, type OrderFixture, REFUSED_FIXTURES, REIMPORTS } from './fixtures-manifest';

const ORDERS = fileURLToPath(new URL('../fixtures/orders/', import.meta.url));
const CLICKS = fileURLToPath(new URL('../fixtures/clicks/', import.meta.url));

interface Table {
  bytes: Buffer;
  text: string | null;
  header: string[];
  rows: Row[];
}

/** Header and data rows, every cell as text; a final line break adds no row. */
function readTable(path: string, spec: Pick<FileSpec, 'delimiter' | 'encoding'>, headerRow = 1): Table {
  const bytes = readFileSync(path);
  if (path.endsWith('.xlsx')) {
    const wb = XLSX.read(bytes, { type: 'buffer' });
    const sheet = wb.Sheets[wb.SheetNames[0] ?? ''];
    if (!sheet) throw new Error(`${path}: no sheet`);
    const aoa = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: true, defval: '' });
    const cells = aoa.map((r) =>
      r.map((v) => (typeof v === 'number' && !Number.isInteger(v) ? v.toFixed(2) : String(v))),
    );
    return toTable(bytes, null, cells, 1);
  }
  const text = spec.encoding === 'utf16le' ? bytes.toString('utf16le') : bytes.toString('utf8');
  const body = text.replace(/^\ufeff/, '');
  const parsed = Papa.parse<string[]>(body, { delimiter: spec.delimiter, skipEmptyLines: false });
  expect(parsed.errors).toEqual([]);
  const data = parsed.data;
  if (/\r?\n$/.test(body) && data.at(-1)?.length === 1 && data.at(-1)?.[0] === '') data.pop();
  return toTable(bytes, text, data, headerRow);
}

function toTable(bytes: Buffer, text: string | null, data: string[][], headerRow: number): Table {
  const header = data[headerRow - 1] ?? [];
  const rows = data.slice(headerRow).map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])));
  return { bytes, text, header, rows };
}

/** Orders of a file: rows grouped by the column present on every row of an order. */
function groupOrders(table: Table, spec: FileSpec) {
  const groups = new Map<string, Row[]>();
  let skipped = 0;
  for (const row of table.rows) {
    const key = row[spec.group] ?? '';
    if (key === '' || key === spec.group) {
      skipped++;
      continue;
    }
    const rows = groups.get(key) ?? [];
    rows.push(row);
    groups.set(key, rows);
  }
  return { groups: [...groups.values()], skipped };
}

function isoDate(text: string, order: OrderFixture['dateOrder']): string {
  const d = text.trim().split(/[ T]/)[0] ?? '';
  if (order === 'ymd') return /^\d{8}$/.test(d) ? `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6)}` : d;
  const [a, b, y] = d.split(/[/.]/);
  const [m, day] = order === 'mdy' ? [a, b] : [b, a];
  const year = (y ?? '').length === 2 ? `20${y}` : y;
  return `${year}-${(m ?? '').padStart(2, '0')}-${(day ?? '').padStart(2, '0')}`;
}

function tally(xs: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const x of xs) counts[x] = (counts[x] ?? 0) + 1;
  return counts;
}

describe('order fixtures match their manifest', () => {
  for (const fx of ORDER_FIXTURES) {
    describe(fx.file, () => {
      const path = `${ORDERS}${fx.file}`;
      const spec = ORDER_FILE_SPECS[fx.file];

      it('exists and has a reading spec', () => {
        expect(existsSync(path)).toBe(true);
        expect(spec).toBeDefined();
      });
      if (!spec || !existsSync(path)) return;
      const table = readTable(path, spec);
      const mark = fx.decimalMark ?? '.';
      const { groups, skipped } = groupOrders(table, spec);
      const idOf = (rows: Row[]) => rows[0]?.[spec.id] ?? '';
      const expectedById = new Map(fx.orders_.map((o) => [o.externalId, o]));

      it('has the documented header, byte for byte where the layout is known verbatim', () => {
        expect(table.header).toEqual(LAYOUT_HEADERS[spec.layout]);
        if (spec.rawHeader && table.text !== null) {
          const firstLine = table.text.replace(/^\ufeff/, '').split(/\r?\n/)[0];
          expect(firstLine).toBe(spec.rawHeader);
        }
      });

      it('has the bytes the source writes (BOM, line ends, final newline)', () => {
        const b = table.bytes;
        if (spec.bytes?.bom === 'utf8') expect([...b.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        if (spec.bytes?.bom === 'utf16le') expect([...b.subarray(0, 2)]).toEqual([0xff, 0xfe]);
        if (spec.bytes?.bom === 'none') expect(b[0]).not.toBe(0xef);
        if (table.text !== null && spec.bytes?.crlf !== undefined)
          expect(table.text.includes('\r\n')).toBe(spec.bytes.crlf);
        if (table.text !== null && spec.bytes?.finalNewline !== undefined)
          expect(table.text.endsWith('\n')).toBe(spec.bytes.finalNewline);
      });

      it('reads rowsRead rows, orders, line items and skipped rows', () => {
        expect(table.rows.length).toBe(fx.rowsRead);
        const valid = groups.filter((g) => expectedById.get(idOf(g))?.bucket !== 'rejected');
        expect(valid.length).toBe(fx.orders);
        expect(valid.reduce((s, g) => s + spec.lines(g), 0)).toBe(fx.lineItems);
        expect(skipped).toBe(fx.bucketRows?.skipped ?? 0);
      });

      it('lists every order of the file with its total, date, codes and lines', () => {
        expect(groups.map(idOf).sort()).toEqual([...expectedById.keys()].sort());
        for (const g of groups) {
          const want = expectedById.get(idOf(g));
          const got = {
            totalMinor: spec.total(g, mark),
            orderDate: isoDate(g[0]?.[spec.date] ?? '', fx.dateOrder),
            codes: spec.codes(g),
            ...(want?.lines !== undefined ? { lines: spec.lines(g) } : {}),
            ...(want?.refundedMinor !== undefined && spec.refunded ? { refundedMinor: spec.refunded(g, mark) } : {}),
            ...(want?.subtotalMinor !== undefined && spec.subtotal ? { subtotalMinor: spec.subtotal(g, mark) } : {}),
          };
          expect(want, idOf(g)).toMatchObject(got);
          expect(Boolean(want?.cancelled), `${idOf(g)} cancelled`).toBe(spec.cancelled(g));
          if (spec.status && want?.financialStatus !== undefined)
            expect(want.financialStatus).toBe(cell(g, spec.status));
          if (spec.utm) expect({ utmCampaign: want?.utmCampaign, utmContent: want?.utmContent }).toEqual(spec.utm(g));
        }
      });

      it('sums fileTotalMinor per currency and spans dateRange', () => {
        const sums: Record<string, number> = {};
        for (const g of groups) {
          const currency = (spec.currency && g[0]?.[spec.currency]) || (fx.currency[0] ?? '');
          sums[currency] = (sums[currency] ?? 0) + spec.total(g, mark);
        }
        expect(sums).toEqual(fx.fileTotalMinor);
        expect(Object.keys(sums).sort()).toEqual([...fx.currency].sort());
        const dates = fx.orders_.map((o) => o.orderDate).sort();
        expect({ from: dates[0], to: dates.at(-1) }).toEqual(fx.dateRange);
      });

      it('has buckets that add up to the listed orders and rows', () => {
        const byBucket = tally(fx.orders_.map((o) => o.bucket ?? 'added'));
        const reasons = tally(fx.orders_.filter((o) => o.bucket === 'excluded').map((o) => o.reason ?? '?'));
        expect({ added: byBucket.added ?? 0, excluded: reasons, rejected: byBucket.rejected ?? 0 }).toEqual(fx.buckets);
        if (fx.bucketRows) {
          const r = fx.bucketRows;
          const rows =
            r.added + r.rejected + (r.skipped ?? 0) + Object.values(r.excluded).reduce((s, n) => s + (n ?? 0), 0);
          expect(rows).toBe(fx.rowsRead);
        }
        for (const o of fx.orders_.filter((x) => x.cancelled && x.bucket !== 'rejected')) {
          expect({ bucket: o.bucket, reason: o.reason }, o.externalId).toEqual({
            bucket: 'excluded',
            reason: 'cancelled',
          });
        }
        for (const p of fx.problems ?? []) {
          const line = table.rows[p.row - 2];
          expect(line && Object.values(line).some((v) => v.includes(p.contains)), `row ${p.row}`).toBe(true);
        }
      });
    });
  }

  it('keeps the xlsx cells typed as a spreadsheet stores them', () => {
    const wb = XLSX.read(readFileSync(`${ORDERS}shopify-79col.xlsx`), { type: 'buffer' });
    const sheet = wb.Sheets.orders_export_1 as XLSX.WorkSheet;
    const aoa = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: true });
    const header = (aoa[0] ?? []) as string[];
    const typeOf = (col: string) => sheet[XLSX.utils.encode_cell({ r: 1, c: header.indexOf(col) })]?.t;
    expect([typeOf('Id'), typeOf('Total'), typeOf('Billing Zip')]).toEqual(['n', 'n', 's']);
    const zips = aoa.map((r) => r[header.indexOf('Billing Zip')]);
    expect(zips).toContain('00907');
  });
});

describe('re-import expectations', () => {
  for (const r of REIMPORTS) {
    it(`${r.first} then ${r.second} accounts for every order of the second file`, () => {
      const first = new Set(ORDER_FIXTURES.find((f) => f.file === r.first)?.orders_.map((o) => o.externalId));
      const then = ORDER_FIXTURES.find((f) => f.file === r.second)?.orders_ ?? [];
      const updated = r.updated.map((u) => u.externalId);
      expect([...r.added, ...updated, ...r.unchanged, ...r.excluded].sort()).toEqual(
        then.map((o) => o.externalId).sort(),
      );
      for (const id of r.added) expect(first.has(id)).toBe(false);
      for (const id of [...updated, ...r.unchanged]) expect(first.has(id)).toBe(true);
      for (const u of r.updated) {
        const after = then.find((o) => o.externalId === u.externalId);
        for (const [field, [, value]] of Object.entries(u.changed)) {
          if (field in (after ?? {})) expect(after?.[field as keyof typeof after], field).toEqual(value);
        }
      }
    });
  }
});

describe('click fixtures match their manifest', () => {
  for (const fx of CLICK_FIXTURES) {
    it(fx.file, () => {
      const table = readTable(`${CLICKS}${fx.file}`, { delimiter: ',' }, fx.headerRow);
      expect(table.header).toEqual(LAYOUT_HEADERS[fx.layout]);
      expect(table.rows.length).toBe(fx.rowsRead);
      const read = (row: Row) => {
        if (fx.layout === 'ga4') {
          const day = isoDate(row.Date ?? '', 'ymd');
          return {
            campaign: row['Session campaign'],
            content: row['Session manual ad content'],
            clicks: Number(row.Sessions),
            day,
          };
        }
        const url = new URL((fx.layout === 'dub-links' ? row.url : row.Url) ?? '');
        const clicks = fx.layout === 'dub-links' ? Number(row.clicks) : 1;
        const day = fx.layout === 'dub-events' ? (row.Date ?? '').slice(0, 10) : undefined;
        return {
          campaign: url.searchParams.get('utm_campaign'),
          content: url.searchParams.get('utm_content'),
          clicks,
          day,
        };
      };
      const clicks = table.rows.map(read);
      expect(clicks.reduce((s, c) => s + c.clicks, 0)).toBe(fx.totalClicks);
      const inCampaign = clicks.filter((c) => c.campaign === fx.campaign);
      const outside = clicks.filter((c) => c.campaign !== fx.campaign);
      expect({ rows: outside.length, clicks: outside.reduce((s, c) => s + c.clicks, 0) }).toEqual(fx.outsideCampaign);
      const byCreator: Record<string, number> = {};
      const byDay: Record<string, Record<string, number>> = {};
      for (const c of inCampaign) {
        const who = c.content ?? '';
        byCreator[who] = (byCreator[who] ?? 0) + c.clicks;
        if (c.day) byDay[who] = { ...byDay[who], [c.day]: (byDay[who]?.[c.day] ?? 0) + c.clicks };
      }
      expect(byCreator).toEqual(fx.byCreator);
      if (fx.byCreatorDay) expect(byDay).toEqual(fx.byCreatorDay);
      if (fx.dateRange) {
        const days = clicks.map((c) => c.day ?? '').sort();
        expect({ from: days[0], to: days.at(-1) }).toEqual(fx.dateRange);
      }
    });
  }
});

describe('refused fixtures are what they claim', () => {
  it('hostile-range.xlsx claims the whole sheet and holds five cells', () => {
    const file = REFUSED_FIXTURES.find((f) => f.file === 'hostile-range.xlsx');
    const zip = XLSX.CFB.read(readFileSync(`${ORDERS}${file?.file}`), { type: 'buffer' });
    const at = zip.FullPaths.findIndex((p: string) => p.endsWith('xl/worksheets/sheet1.xml'));
    const xml = Buffer.from(zip.FileIndex[at]?.content ?? []).toString('utf8');
    expect(xml).toContain('<dimension ref="A1:XFD1048576"/>');
    expect(xml.match(/<c /g)?.length).toBe(5);
  });

  it('zip-bomb.xlsx declares a worksheet of about 4 GB in a file of a few KB', () => {
    const bytes = readFileSync(`${ORDERS}zip-bomb.xlsx`);
    const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    let at = bytes.readUInt32LE(end + 16);
    const declared: Record<string, number> = {};
    for (let i = 0; i < bytes.readUInt16LE(end + 10); i++) {
      const nameLength = bytes.readUInt16LE(at + 28);
      declared[bytes.toString('utf8', at + 46, at + 46 + nameLength)] = bytes.readUInt32LE(at + 24);
      at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    }
    expect(declared['xl/worksheets/sheet1.xml']).toBeGreaterThan(4_000_000_000);
    expect(bytes.length).toBeLessThan(64 * 1024);
  });

  it('parses money the way the manifest was written', () => {
    expect([
      toMinor('$1,149.00 ', '.'),
      toMinor('($33.62)', '.'),
      toMinor('1.260,00', ','),
      toMinor('29.8', '.'),
    ]).toEqual([114900, -3362, 126000, 2980]);
  });
});
