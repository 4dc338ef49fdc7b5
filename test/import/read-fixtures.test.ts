/**
 * Every fixture in the real shop and analytics layouts, read through the read
 * layer: the right encoding and delimiter, the header found past any
 * preamble, and every record as wide as its header (a quoted multi-line note
 * or a stray delimiter would break that). The hostile workbooks are refused.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTable } from '../../src/main/core/import/read/open-table';
import { ReadError } from '../../src/main/core/import/read/read-error';

const LIMITS = { maxFileBytes: 250 * 1024 * 1024 };

const READABLE: [string, { kind: string; encoding: string | null; delimiter: string | null; headerRow: number }][] = [
  ['orders/shopify-79col.csv', { kind: 'csv', encoding: 'utf-8', delimiter: ',', headerRow: 1 }],
  ['orders/shopify-2026-real.csv', { kind: 'csv', encoding: 'utf-8', delimiter: ',', headerRow: 1 }],
  ['orders/shopify-78col-2021.csv', { kind: 'csv', encoding: 'utf-8', delimiter: ',', headerRow: 1 }],
  ['orders/shopify-excel-semicolon.csv', { kind: 'csv', encoding: 'utf-8', delimiter: ';', headerRow: 1 }],
  ['orders/shopify-utf16.txt', { kind: 'csv', encoding: 'utf-16le', delimiter: '\t', headerRow: 1 }],
  ['orders/shopify-79col.xlsx', { kind: 'xlsx', encoding: null, delimiter: null, headerRow: 1 }],
  ['orders/square-items.csv', { kind: 'csv', encoding: 'utf-8', delimiter: ',', headerRow: 1 }],
  ['orders/woo-advanced-order-export.csv', { kind: 'csv', encoding: 'utf-8', delimiter: ',', headerRow: 1 }],
  ['orders/generic-mapped.csv', { kind: 'csv', encoding: 'utf-8', delimiter: ';', headerRow: 1 }],
  ['clicks/ga4-utm-report.csv', { kind: 'csv', encoding: 'utf-8', delimiter: ',', headerRow: 10 }],
  ['clicks/dub-clicks-export.csv', { kind: 'csv', encoding: 'utf-8', delimiter: ',', headerRow: 1 }],
];

describe('fixtures through the read layer', () => {
  for (const [file, expected] of READABLE) {
    it(`reads ${file} with every record as wide as its header`, async () => {
      const table = await openTable(readFileSync(join('test/fixtures', file)), file, { limits: LIMITS });
      expect(table).toMatchObject(expected);
      let width = 0;
      const widths = new Set<number>();
      await table.rows((cells, row) => {
        if (row === table.headerRow) width = cells.length;
        else if (row > table.headerRow && cells.some((c) => c !== '')) widths.add(cells.length);
      });
      expect(width).toBeGreaterThan(1);
      // Sheet rows end at their last filled cell; text records carry every field.
      if (table.kind === 'csv') expect([...widths]).toEqual([width]);
      else expect(Math.max(...widths)).toBeLessThanOrEqual(width);
    });
  }

  for (const file of ['orders/hostile-range.xlsx', 'orders/zip-bomb.xlsx']) {
    it(`refuses ${file} as hostile`, async () => {
      const error = await openTable(readFileSync(join('test/fixtures', file)), file, { limits: LIMITS }).catch(
        (e) => e,
      );
      expect(error).toBeInstanceOf(ReadError);
      expect(error.code).toBe('hostile');
    });
  }
});
