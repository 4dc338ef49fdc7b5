import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { assetsWorkspace } from './assets-workspace';

// The layouts in ../shared/formats/README.md §3, written out here so a change to the code cannot move them.
const MATRIXIFY =
  'ID, Title, Command, Discount Type, Discount Value, Minimum Purchase Amount, Limit Total Times, Limit Once Per Customer, Limit Once Per Order, Max Uses Per Order, Minimum Quantity Of Items, Status, Starts At, Ends At, Updated At, Free Shipping: Country Codes, Free Shipping: Over Amount, Customer Buys: Quantity, Customer Buys: Collections, Customer Buys: Products, Customer Buys: Variants, Customer Gets: Quantity, Applies To: Collections, Applies To: Products, Applies To: Variants, Applies To: Customer Groups, Applies To: Customers, Applies To: Customers Email, Top Row, Row #, Code, Used Count'.split(
    ', ',
  );
const WEBTOFFEE =
  'ID, post_title, post_excerpt, post_status, post_date, post_author, discount_type, coupon_amount, individual_use, product_ids, product_SKUs, exclude_product_ids, exclude_product_SKUs, usage_count, usage_limit, usage_limit_per_user, limit_usage_to_x_items, date_expires, free_shipping, exclude_sale_items, product_categories, exclude_product_categories, minimum_amount, maximum_amount, customer_email'.split(
    ', ',
  );

function readCsv(path: string): Record<string, string>[] & { header: string[] } {
  const text = readFileSync(path, 'utf8');
  expect(text.startsWith('\ufeff')).toBe(true);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  return Object.assign(parsed.data, { header: parsed.meta.fields ?? [] });
}

async function pilotWithCodes() {
  const ws = await assetsWorkspace();
  const maya = await ws.add('Maya', 'maya', { discountCode: 'MAYA15' });
  await ws.add('=HYPERLINK("http://x")', 'leo', { discountCode: 'LEO15' });
  await ws.add('Zoe', 'zoe');
  await ws.ok('assets.setSettings', {
    pilotId: ws.pilot.id,
    codePattern: '{HANDLE}{DISCOUNT}',
    discountValue: '15',
    landingUrl: 'https://shop.example.com/spring?ref=glow',
  });
  await ws.ok('assets.buildLinks', { pilotId: ws.pilot.id });
  return { ...ws, maya };
}

describe('assets.exportCodes', () => {
  it('writes a Matrixify discounts file for Shopify: exact header, one row per code, a name with "discount"', async () => {
    const ws = await pilotWithCodes();
    const out = await ws.ok('assets.exportCodes', { pilotId: ws.pilot.id, format: 'matrixify' });
    expect(basename(out.path)).toMatch(/discount/);
    expect(out.path.startsWith(join(ws.dir, 'exports'))).toBe(true);
    expect(out).toMatchObject({ rows: 2, format: 'matrixify', withoutCode: ['Zoe'] });
    expect(out.guidance).toMatch(/Shopify.*Matrixify/);
    const rows = readCsv(out.path);
    expect(rows.header).toEqual(MATRIXIFY);
    expect(rows.map((r) => [r.Title, r.Command, r.Code, r['Discount Type'], r['Discount Value']])).toEqual([
      ['LEO15', 'MERGE', 'LEO15', 'Percentage', '15'],
      ['MAYA15', 'MERGE', 'MAYA15', 'Percentage', '15'],
    ]);
    expect(rows[0]).toMatchObject({ ID: '', Status: 'Active', 'Starts At': '2026-03-01', 'Ends At': '2026-03-31' });
    // A second export never overwrites the first.
    const again = await ws.ok('assets.exportCodes', { pilotId: ws.pilot.id, format: 'matrixify' });
    expect(again.path).not.toBe(out.path);
    const badName = await ws.call('assets.exportCodes', {
      pilotId: ws.pilot.id,
      format: 'matrixify',
      path: join(ws.dir, 'codes.csv'),
    });
    expect(badName).toMatchObject({ ok: false, error: { field: 'path' } });
  });

  it('writes a WebToffee coupon file for WooCommerce with the header keys, fixed amounts as fixed_cart', async () => {
    const ws = await pilotWithCodes();
    await ws.ok('assets.setSettings', {
      pilotId: ws.pilot.id,
      shop: 'woocommerce',
      codePattern: '{HANDLE}',
      discountKind: 'fixed_amount',
      discountValue: '10.50',
    });
    const out = await ws.ok('assets.exportCodes', { pilotId: ws.pilot.id, format: 'webtoffee' });
    expect(out.guidance).toMatch(/WooCommerce.*WebToffee/);
    const rows = readCsv(out.path);
    expect(rows.header).toEqual(WEBTOFFEE);
    expect(rows[1]).toMatchObject({
      post_title: 'MAYA15',
      post_excerpt: 'Spring Glow: Maya',
      post_status: 'publish',
      discount_type: 'fixed_cart',
      coupon_amount: '10.50',
      date_expires: '2026-03-31',
    });
    // The creator's name that looks like a formula arrives as inert text.
    expect(rows[0]?.post_excerpt).toBe('Spring Glow: =HYPERLINK("http://x")');
    const leo = readFileSync(out.path, 'utf8');
    expect(leo).not.toMatch(/,"=HYPERLINK/);
  });

  it('writes a printable list of every member with code and link', async () => {
    const ws = await pilotWithCodes();
    const out = await ws.ok('assets.exportCodes', { pilotId: ws.pilot.id, format: 'printable' });
    expect(out.path.endsWith('.xlsx')).toBe(true);
    const wb = XLSX.read(readFileSync(out.path));
    const sheet = wb.Sheets[wb.SheetNames[0] as string];
    const rows = XLSX.utils.sheet_to_json<string[]>(sheet as XLSX.WorkSheet, { header: 1 });
    expect(rows[0]).toEqual(['Creator', 'Handle', 'Platform', 'Code', 'Link']);
    expect(rows).toHaveLength(4);
    expect(rows[1]?.[0]).toBe('\'=HYPERLINK("http://x")');
    const maya = rows.find((r) => r[0] === 'Maya');
    expect(maya?.slice(1, 4)).toEqual(['maya', 'instagram', 'MAYA15']);
    expect(maya?.[4]).toContain('utm_content=maya');
    expect(out.guidance).toMatch(/print/);
  });
});
