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
import { CLICK_FIXTURES, ORDER_FIXTURES, type OrderFixture, REFUSED_FIXTURES, REIMPORTS } from './fixtures-manifest';

// ---------------------------------------------------------------- documented layouts

/** Header lines as ../shared/formats/README.md quotes them (Shopify 73/66: the variants it describes). */
const RAW_HEADERS: Record<string, string> = {
  'shopify-79':
    'Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Accepts Marketing,Currency,Subtotal,Shipping,Taxes,Total,Discount Code,Discount Amount,Shipping Method,Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem compare at price,Lineitem sku,Lineitem requires shipping,Lineitem taxable,Lineitem fulfillment status,Billing Name,Billing Street,Billing Address1,Billing Address2,Billing Company,Billing City,Billing Zip,Billing Province,Billing Country,Billing Phone,Shipping Name,Shipping Street,Shipping Address1,Shipping Address2,Shipping Company,Shipping City,Shipping Zip,Shipping Province,Shipping Country,Shipping Phone,Notes,Note Attributes,Cancelled at,Payment Method,Payment Reference,Refunded Amount,Vendor,Outstanding Balance,Employee,Location,Device ID,Id,Tags,Risk Level,Source,Lineitem discount,Tax 1 Name,Tax 1 Value,Tax 2 Name,Tax 2 Value,Tax 3 Name,Tax 3 Value,Tax 4 Name,Tax 4 Value,Tax 5 Name,Tax 5 Value,Phone,Receipt Number,Duties,Billing Province Name,Shipping Province Name,Payment ID,Payment Terms Name,Next Payment Due At,Payment References',
  'shopify-78':
    'Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Accepts Marketing,Currency,Subtotal,Shipping,Taxes,Total,Discount Code,Discount Amount,Shipping Method,Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem compare at price,Lineitem sku,Lineitem requires shipping,Lineitem taxable,Lineitem fulfillment status,Billing Name,Billing Street,Billing Address1,Billing Address2,Billing Company,Billing City,Billing Zip,Billing Province,Billing Country,Billing Phone,Shipping Name,Shipping Street,Shipping Address1,Shipping Address2,Shipping Company,Shipping City,Shipping Zip,Shipping Province,Shipping Country,Shipping Phone,Notes,Note Attributes,Cancelled at,Payment Method,Payment Reference,Refunded Amount,Vendor,Outstanding Balance,Employee,Location,Device ID,Id,Tags,Risk Level,Source,Lineitem discount,Tax 1 Name,Tax 1 Value,Tax 2 Name,Tax 2 Value,Tax 3 Name,Tax 3 Value,Tax 4 Name,Tax 4 Value,Tax 5 Name,Tax 5 Value,Phone,Receipt Number,Duties,Billing Province Name,Shipping Province Name,Payment ID,Payment Terms Name,Next Payment Due At',
  'woo-analytics':
    'Date,Order #,N. Revenue (formatted),Status,Customer,Customer type,Product(s),Items sold,Coupon(s),Net Sales,Attribution',
  'woo-advanced':
    '"Order Number","Order Status","Order Date","Customer Note","First Name (Billing)","Last Name (Billing)","Company (Billing)","Address 1&2 (Billing)","City (Billing)","State Code (Billing)","Postcode (Billing)","Country Code (Billing)","Email (Billing)","Phone (Billing)","First Name (Shipping)","Last Name (Shipping)","Address 1&2 (Shipping)","City (Shipping)","State Code (Shipping)","Postcode (Shipping)","Country Code (Shipping)","Item #",SKU,Name,"Product Variation",Quantity,"Quantity (- Refund)","Item Cost","Order Line (w/o tax)","Order Line Tax","Order Line Total","Order Line Total Refunded","Order Line Total (- Refund)","Image URL","Coupon Code","Discount Amount","Discount Amount Tax","Payment Method Title","Coupons Used","Cart Discount Amount","Order Subtotal Amount","Order Tax Amount","Order Shipping Amount","Order Refund Amount","Order Total Amount","Order Total Tax Amount","Total items","Total products"',
  'woo-skyverge':
    'order_id,order_number,order_number_formatted,date,status,shipping_total,shipping_tax_total,fee_total,fee_tax_total,tax_total,discount_total,order_total,refunded_total,order_currency,payment_method,shipping_method,customer_id,billing_first_name,billing_last_name,billing_company,billing_email,billing_phone,billing_address_1,billing_address_2,billing_postcode,billing_city,billing_state,billing_country,shipping_first_name,shipping_last_name,shipping_address_1,shipping_address_2,shipping_postcode,shipping_city,shipping_state,shipping_country,shipping_company,customer_note,line_items,shipping_items,fee_items,tax_items,coupon_items,refunds,order_notes,download_permissions_granted',
  'etsy-orders':
    'Sale Date,Order ID,Buyer User ID,Full Name,First Name,Last Name,Number of Items,Payment Method,Date Shipped,Street 1,Street 2,Ship City,Ship State,Ship Zipcode,Ship Country,Currency,Order Value,Coupon Code,Coupon Details,Discount Amount,Shipping Discount,Shipping,Sales Tax,Order Total,Status,Card Processing Fees,Order Net,Adjusted Order Total,Adjusted Card Processing Fees,Adjusted Net Order Amount,Buyer,Order Type,Payment Type,InPerson Discount,InPerson Location,SKU',
  'etsy-items':
    'Sale Date,Item Name,Buyer,Quantity,Price,Coupon Code,Coupon Details,Discount Amount,Shipping Discount,Order Shipping,Order Sales Tax,Item Total,Currency,Transaction ID,Listing ID,Date Paid,Date Shipped,Ship Name,Ship Address1,Ship Address2,Ship City,Ship State,Ship Zipcode,Ship Country,Order ID,Variations,Order Type,Listings Type,Payment Type,InPerson Discount,InPerson Location,VAT Paid by Buyer,SKU',
  'square-items-2026':
    'Date,Time,Time Zone,Category,Item,Qty,Price Point Name,SKU,Modifiers Applied,Gross Sales,Discounts,Net Sales,Tax,Transaction ID,Payment ID,Device Name,Notes,Details,Event Type,Location,Dining Option,Customer ID,Customer Name,Customer Reference ID,Unit,Count,GTIN,Itemization Type,Commission,Employee,Fulfillment Note,Channel,Token,Card Brand,PAN Suffix',
  bigcommerce:
    'Order ID,Customer ID,Customer Name,Customer Email,Customer Phone,Order Date,Order Status,Subtotal (inc tax),Subtotal (ex tax),Tax Total,Shipping Cost (inc tax),Shipping Cost (ex tax),Ship Method,Handling Cost (inc tax),Handling Cost (ex tax),Store Credit Redeemed,Gift Certificate Amount Redeemed,Gift Certificate Code,Gift Certificate Expiration Date,Coupon Details,Order Total (inc tax),Order Total (ex tax),Payment Method,Total Quantity,Total Shipped,Date Shipped,Order Currency Code,Exchange Rate,Order Notes,Customer Message,Billing First Name,Billing Last Name,Billing Company,Billing Street 1,Billing Street 2,Billing Suburb,Billing State,Billing Zip,Billing Country,Billing Phone,Billing Email,Shipping First Name,Shipping Last Name,Shipping Company,Shipping Street 1,Shipping Street 2,Shipping Suburb,Shipping State,Shipping Zip,Shipping Country,Shipping Phone,Shipping Email,Product Details,Refund Amount,Channel ID,Channel Name',
  'squarespace-2018':
    'Order ID,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Currency,Subtotal,Shipping,Taxes,Amount Refunded,Total,Discount Code,Discount Amount,Shipping Method,Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem sku,Lineitem variant,Lineitem requires shipping,Lineitem taxable,Lineitem fulfillment status,Billing Name,Billing Address1,Billing Address2,Billing City,Billing Zip,Billing Province,Billing Country,Billing Phone,Shipping Name,Shipping Address1,Shipping Address2,Shipping City,Shipping Zip,Shipping Province,Shipping Country,Shipping Phone,Cancelled at,Private Notes,Payment Method,Payment Reference',
  'square-transactions-2022':
    'Date,Time,Time Zone,Gross Sales,Discounts,Service Charges,Net Sales,Gift Card Sales,Tax,Tip,Partial Refunds,Total Collected,Source,Card,Card Entry Methods,Cash,Square Gift Card,Other Tender,Other Tender Type,Other Tender Note,Fees,Net Total,Transaction ID,Payment ID,Card Brand,PAN Suffix,Device Name,Staff Name,Staff ID,Details,Description,Event Type,Deposit ID,Location,Dining Option,Fee Percentage Rate,Fee Fixed Rate,Refund Reason,Discount Name,Transaction Status,Cash App',
  'woo-webtoffee':
    'order_id,order_number,order_date,paid_date,status,shipping_total,shipping_tax_total,fee_total,fee_tax_total,tax_total,cart_discount,order_discount,discount_total,order_total,order_subtotal,order_currency,payment_method,payment_method_title,transaction_id,customer_ip_address,customer_user_agent,shipping_method,customer_id,customer_user,customer_email,billing_first_name,billing_last_name,billing_company,billing_email,billing_phone,billing_address_1,billing_address_2,billing_postcode,billing_city,billing_state,billing_country,shipping_first_name,shipping_last_name,shipping_company,shipping_phone,shipping_address_1,shipping_address_2,shipping_postcode,shipping_city,shipping_state,shipping_country,customer_note,wt_import_key,shipping_items,fee_items,tax_items,coupon_items,refund_items,order_notes,download_permissions,line_item_1,line_item_2,line_item_3',
  'dub-links': 'link,id,url,clicks,createdAt,updatedAt,tags,archived',
  'dub-events': 'Event,Date,Link,Url,Country,City,Device,Browser,OS,Referer',
  ga4: 'Date,Session campaign,Session manual ad content,Sessions',
  generic:
    'Order number;Date created;Buyer email;Payment status;Currency;Item name;Quantity;Item price;Shipping;Tax;Discount;Total;Coupon code',
};
const names = (line: string) => Papa.parse<string[]>(line, { delimiter: line.includes(';') ? ';' : ',' }).data[0] ?? [];
const LAYOUT_HEADERS: Record<string, string[]> = Object.fromEntries(
  Object.entries(RAW_HEADERS).map(([k, v]) => [k, names(v)]),
);
const SHOPIFY_79 = LAYOUT_HEADERS['shopify-79'] ?? [];
// The 77-column variant as quoted: no Payment ID, no Outstanding Balance/Employee/Location/Device ID (73 names).
LAYOUT_HEADERS['shopify-73'] = SHOPIFY_79.filter(
  (h) => !['Outstanding Balance', 'Employee', 'Location', 'Device ID', 'Payment ID', 'Payment References'].includes(h),
);
// The ~70-column variant ends at Tax 5 Value.
LAYOUT_HEADERS['shopify-66'] = LAYOUT_HEADERS['shopify-73'].slice(
  0,
  LAYOUT_HEADERS['shopify-73'].indexOf('Tax 5 Value') + 1,
);
LAYOUT_HEADERS['woo-skyverge'] = [
  ...(LAYOUT_HEADERS['woo-skyverge'] ?? []),
  ...['source_type', 'utm_source', 'utm_medium', 'utm_campaign', 'utm_content', 'session_entry'].map(
    (k) => `meta:_wc_order_attribution_${k}`,
  ),
];

// ---------------------------------------------------------------- reading each file

type Row = Record<string, string>;
type Mark = '.' | ',';

/** Text amount to minor units without floats: "$1,149.00 ", "($33.62)", "1.260,00", "29.8". */
function toMinor(text: string, mark: Mark): number {
  let s = text.replace(/[$€£₹\s]/g, '');
  const negative = /^\(.*\)$/.test(s) || s.startsWith('-');
  s = s.replace(/^\(|\)$/g, '').replace(/^-/, '');
  s = mark === ',' ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(s);
  if (!m) throw new Error(`not an amount: "${text}"`);
  const minor = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return negative ? -minor : minor;
}

interface FileSpec {
  layout: string;
  delimiter: string;
  encoding?: 'utf16le';
  /** The first line exactly, where the README quotes it verbatim. */
  rawHeader?: string;
  bytes?: { bom?: 'utf8' | 'utf16le' | 'none'; crlf?: boolean; finalNewline?: boolean };
  /** Column present on every row of an order. */
  group: string;
  id: string;
  date: string;
  currency?: string;
  total(rows: Row[], mark: Mark): number;
  lines(rows: Row[]): number;
  codes(rows: Row[]): string[];
  refunded?(rows: Row[], mark: Mark): number;
  subtotal?(rows: Row[], mark: Mark): number;
  /** A cancellation date is set or the status says cancelled. */
  cancelled(rows: Row[]): boolean;
  /** The financial status column, where the source has one. */
  status?: string;
  /** Tracked-link parameters the file carries for the order. */
  utm?(rows: Row[]): { utmCampaign?: string; utmContent?: string };
}

const cell = (rows: Row[], col: string) => rows[0]?.[col] ?? '';
const amount = (col: string) => (rows: Row[], mark: Mark) => toMinor(cell(rows, col) || '0', mark);
const minus =
  (a: string, ...b: string[]) =>
  (rows: Row[], mark: Mark) =>
    b.reduce((s, col) => s - amount(col)(rows, mark), amount(a)(rows, mark));
const sumOf = (col: string) => (rows: Row[], mark: Mark) => rows.reduce((s, r) => s + toMinor(r[col] || '0', mark), 0);
const split = (col: string) => (rows: Row[]) =>
  cell(rows, col)
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean);
const rowsWith = (col: string) => (rows: Row[]) => rows.filter((r) => r[col]).length;
const packedCodes = (col: string) => (rows: Row[]) =>
  [...cell(rows, col).matchAll(/code:([^|;]*)/g)].map((m) => m[1] ?? '');
const none = () => 0;
const filled = (col: string) => (rows: Row[]) => cell(rows, col) !== '';
const statusIs = (col: string, value: string) => (rows: Row[]) => cell(rows, col) === value;
const never = () => false;
/** "UTM campaign: x" lines (COD apps, in Notes) and "utm_campaign: x" lines (Note Attributes). */
const utmInNotes = (rows: Row[]) => {
  const text = `${cell(rows, 'Notes')}\n${cell(rows, 'Note Attributes')}`;
  const get = (k: string) => new RegExp(`^(?:UTM ${k}|utm_${k}):[ \\t]*(.+)$`, 'im').exec(text)?.[1]?.trim();
  return { utmCampaign: get('campaign'), utmContent: get('content') };
};

function shopify(layout: string, extra: Partial<FileSpec> = {}): FileSpec {
  return {
    layout,
    delimiter: ',',
    rawHeader: (LAYOUT_HEADERS[layout] ?? []).join(extra.delimiter ?? ','),
    bytes: { bom: 'none', crlf: false, finalNewline: true },
    group: 'Name',
    id: 'Id',
    date: 'Created at',
    currency: 'Currency',
    total: amount('Total'),
    lines: rowsWith('Lineitem name'),
    codes: split('Discount Code'),
    refunded: amount('Refunded Amount'),
    subtotal: amount('Subtotal'),
    cancelled: filled('Cancelled at'),
    status: 'Financial Status',
    utm: utmInNotes,
    ...extra,
  };
}

const ORDER_FILE_SPECS: Record<string, FileSpec> = {
  'shopify-79col.csv': shopify('shopify-79', { bytes: { bom: 'none', crlf: false, finalNewline: false } }),
  'shopify-79col.xlsx': shopify('shopify-79', { rawHeader: undefined, bytes: undefined }),
  'shopify-78col-2021.csv': shopify('shopify-78'),
  'shopify-utf16.txt': shopify('shopify-78', {
    delimiter: '\t',
    encoding: 'utf16le',
    bytes: { bom: 'utf16le', crlf: true, finalNewline: true },
  }),
  'shopify-77col.csv': shopify('shopify-73'),
  'shopify-70col.csv': shopify('shopify-66'),
  'shopify-excel-semicolon.csv': shopify('shopify-79', {
    delimiter: ';',
    bytes: { bom: 'utf8', crlf: true, finalNewline: true },
  }),
  'shopify-overlap-newer.csv': shopify('shopify-79'),
  'shopify-tiktok-refunds.csv': shopify('shopify-79'),
  'shopify-2026-real.csv': shopify('shopify-79'),
  'squarespace.csv': {
    ...shopify('squarespace-2018'),
    group: 'Order ID',
    id: 'Order ID',
    refunded: amount('Amount Refunded'),
    subtotal: minus('Subtotal', 'Discount Amount'),
  },
  'woo-analytics.csv': {
    layout: 'woo-analytics',
    delimiter: ',',
    bytes: { bom: 'utf8', crlf: false, finalNewline: true },
    group: 'Order #',
    id: 'Order #',
    date: 'Date',
    total: amount('N. Revenue (formatted)'),
    lines: (rows) => cell(rows, 'Product(s)').split(', ').filter(Boolean).length,
    codes: split('Coupon(s)'),
    subtotal: amount('Net Sales'),
    cancelled: statusIs('Status', 'cancelled'),
  },
  'woo-advanced-order-export.csv': {
    layout: 'woo-advanced',
    delimiter: ',',
    rawHeader: RAW_HEADERS['woo-advanced'],
    bytes: { bom: 'none', crlf: true, finalNewline: true },
    group: 'Order Number',
    id: 'Order Number',
    date: 'Order Date',
    total: amount('Order Total Amount'),
    lines: rowsWith('Name'),
    codes: split('Coupons Used'),
    refunded: amount('Order Refund Amount'),
    subtotal: minus('Order Subtotal Amount', 'Cart Discount Amount'),
    cancelled: statusIs('Order Status', 'Cancelled'),
  },
  'woo-skyverge.csv': {
    layout: 'woo-skyverge',
    delimiter: ',',
    group: 'order_id',
    id: 'order_id',
    date: 'date',
    currency: 'order_currency',
    total: amount('order_total'),
    lines: (rows) => cell(rows, 'line_items').split(';').filter(Boolean).length,
    codes: packedCodes('coupon_items'),
    refunded: amount('refunded_total'),
    subtotal: minus('order_total', 'shipping_total', 'shipping_tax_total', 'fee_total', 'fee_tax_total', 'tax_total'),
    cancelled: statusIs('status', 'cancelled'),
    utm: (rows) => ({
      utmCampaign: cell(rows, 'meta:_wc_order_attribution_utm_campaign') || undefined,
      utmContent: cell(rows, 'meta:_wc_order_attribution_utm_content') || undefined,
    }),
  },
  'woo-webtoffee.csv': {
    layout: 'woo-webtoffee',
    delimiter: ',',
    group: 'order_id',
    id: 'order_id',
    date: 'order_date',
    currency: 'order_currency',
    total: amount('order_total'),
    lines: (rows) => ['line_item_1', 'line_item_2', 'line_item_3'].filter((c) => cell(rows, c)).length,
    codes: packedCodes('coupon_items'),
    refunded: (rows, mark) =>
      [...cell(rows, 'refund_items').matchAll(/amount:([^|;]*)/g)].reduce((s, m) => s + toMinor(m[1] ?? '', mark), 0),
    subtotal: minus('order_subtotal', 'discount_total'),
    cancelled: statusIs('status', 'cancelled'),
  },
  'etsy-sold-orders.csv': {
    layout: 'etsy-orders',
    delimiter: ',',
    rawHeader: RAW_HEADERS['etsy-orders'],
    group: 'Order ID',
    id: 'Order ID',
    date: 'Sale Date',
    currency: 'Currency',
    total: amount('Order Total'),
    lines: none,
    codes: split('Coupon Code'),
    subtotal: minus('Order Value', 'Discount Amount'),
    cancelled: never,
  },
  'etsy-sold-order-items.csv': {
    layout: 'etsy-items',
    delimiter: ',',
    rawHeader: RAW_HEADERS['etsy-items'],
    group: 'Order ID',
    id: 'Order ID',
    date: 'Sale Date',
    currency: 'Currency',
    total: (rows, mark) =>
      sumOf('Item Total')(rows, mark) +
      minus('Order Shipping', 'Discount Amount', 'Shipping Discount')(rows, mark) +
      amount('Order Sales Tax')(rows, mark),
    lines: (rows) => rows.length,
    codes: split('Coupon Code'),
    cancelled: never,
  },
  'square-items.csv': {
    layout: 'square-items-2026',
    delimiter: ',',
    rawHeader: RAW_HEADERS['square-items-2026'],
    group: 'Transaction ID',
    id: 'Transaction ID',
    date: 'Date',
    total: (rows, mark) => sumOf('Net Sales')(rows, mark) + sumOf('Tax')(rows, mark),
    lines: (rows) => rows.length,
    codes: () => [],
    subtotal: sumOf('Net Sales'),
    cancelled: never,
  },
  'square-transactions.csv': {
    layout: 'square-transactions-2022',
    delimiter: ',',
    rawHeader: RAW_HEADERS['square-transactions-2022'],
    group: 'Transaction ID',
    id: 'Transaction ID',
    date: 'Date',
    total: amount('Total Collected'),
    lines: none,
    codes: split('Discount Name'),
    subtotal: amount('Net Sales'),
    cancelled: never,
  },
  'bigcommerce.csv': {
    layout: 'bigcommerce',
    delimiter: ',',
    rawHeader: RAW_HEADERS.bigcommerce,
    group: 'Order ID',
    id: 'Order ID',
    date: 'Order Date',
    currency: 'Order Currency Code',
    total: amount('Order Total (inc tax)'),
    lines: (rows) => cell(rows, 'Product Details').split(' | ').length,
    codes: (rows) =>
      [...cell(rows, 'Coupon Details').matchAll(/Coupon Code: ([^,|]+)/g)].map((m) => (m[1] ?? '').trim()),
    refunded: amount('Refund Amount'),
    cancelled: statusIs('Order Status', 'Cancelled'),
    subtotal: (rows, mark) =>
      [...cell(rows, 'Coupon Details').matchAll(/Discount: ([\d.]+)/g)].reduce(
        (s, m) => s - toMinor(m[1] ?? '', mark),
        amount('Subtotal (ex tax)')(rows, mark),
      ),
  },
  'generic-mapped.csv': {
    layout: 'generic',
    delimiter: ';',
    rawHeader: RAW_HEADERS.generic,
    group: 'Order number',
    id: 'Order number',
    date: 'Date created',
    currency: 'Currency',
    total: amount('Total'),
    lines: rowsWith('Item name'),
    codes: split('Coupon code'),
    cancelled: never,
  },
};

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
