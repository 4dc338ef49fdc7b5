/**
 * How each order fixture is read back by hand (papaparse and SheetJS only,
 * never the importer): its documented header, delimiter and encoding, and how
 * its orders, codes, totals and cancellations are worked out from its cells.
 * fixtures-manifest.test.ts checks the manifest against these readings.
 */

import Papa from 'papaparse';

// ---------------------------------------------------------------- documented layouts

/** Header lines as ../shared/formats/README.md quotes them (Shopify 73/66: the variants it describes). */
export const RAW_HEADERS: Record<string, string> = {
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
export const LAYOUT_HEADERS: Record<string, string[]> = Object.fromEntries(
  Object.entries(RAW_HEADERS).map(([k, v]) => [k, names(v)]),
);
export const SHOPIFY_79 = LAYOUT_HEADERS['shopify-79'] ?? [];
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

export type Row = Record<string, string>;
export type Mark = '.' | ',';

/** Text amount to minor units without floats: "$1,149.00 ", "($33.62)", "1.260,00", "29.8". */
export function toMinor(text: string, mark: Mark): number {
  let s = text.replace(/[$€£₹\s]/g, '');
  const negative = /^\(.*\)$/.test(s) || s.startsWith('-');
  s = s.replace(/^\(|\)$/g, '').replace(/^-/, '');
  s = mark === ',' ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(s);
  if (!m) throw new Error(`not an amount: "${text}"`);
  const minor = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return negative ? -minor : minor;
}

export interface FileSpec {
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

export const cell = (rows: Row[], col: string) => rows[0]?.[col] ?? '';
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

export const ORDER_FILE_SPECS: Record<string, FileSpec> = {
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
