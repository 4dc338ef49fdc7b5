/**
 * What a correct importer must find in each fixture of test/fixtures/orders and
 * test/fixtures/clicks. Every number here was worked out by hand from the file
 * contents (never by running the importer); fixtures-manifest.test.ts re-derives
 * the file-level ones (header, rows, totals, ids, dates) with papaparse/SheetJS so
 * a typo here fails loudly.
 *
 * Rules assumed (the import contract):
 * - external id = Shopify `Id` (Squarespace/Etsy/BigCommerce/Woo: the order id column;
 *   Square: Transaction ID); an id Excel turned into scientific notation is not a key:
 *   that order is rejected with a problem naming the id.
 * - order date = the calendar date written in the source's date column (Shopify:
 *   `Created at`, not converted to UTC).
 * - subtotal = merchandise after discounts, before shipping and taxes (Shopify's
 *   Subtotal; other sources: derived as each `notes` says).
 * - codes = the discount-code cell split on ',' and trimmed, in order, case as written,
 *   non-codes ('Seller discount', 'UPSELL DISCOUNT') kept.
 * - excluded 'cancelled' when a cancellation date is set (whatever the status) or the
 *   source's status says cancelled; 'test' when the payment method says bogus/test;
 *   'pending' / 'voided' / 'expired' by financial status; every other status counts
 *   (refunded orders count, with their refund).
 * - buckets: a FIRST import into an empty workspace whose brand has a pilot in the
 *   file's currency. A Tip line is a line item like any other.
 * - fileTotalMinor: the sum of the order-level total of every distinct order in the
 *   file, per currency, rejected orders included (the buckets' sums add up to it).
 */

import type { DateOrder, DecimalMark, OrderField } from '../../src/shared/imports';

export type OrderFormatId =
  | 'shopify'
  | 'squarespace'
  | 'woo-analytics'
  | 'woo-advanced'
  | 'woo-skyverge'
  | 'woo-webtoffee'
  | 'etsy-orders'
  | 'etsy-items'
  | 'square-items'
  | 'square-transactions'
  | 'bigcommerce'
  | 'mapped';

export type ExcludedReason = 'cancelled' | 'test' | 'pending' | 'voided' | 'expired' | 'other currency';

export interface BucketCounts {
  added: number;
  excluded: Partial<Record<ExcludedReason, number>>;
  rejected: number;
}

export interface ExpectedOrder {
  externalId: string;
  orderName?: string;
  /** YYYY-MM-DD as written in the file. */
  orderDate: string;
  totalMinor: number;
  subtotalMinor?: number;
  refundedMinor?: number;
  codes: string[];
  /** The file's own financial status, where the source has that column. */
  financialStatus?: string;
  cancelled?: boolean;
  utmCampaign?: string;
  utmContent?: string;
  /** Line items of the order (rows for line-per-row sources). */
  lines?: number;
  /** Bucket on a first import; 'added' when absent. */
  bucket?: 'added' | 'excluded' | 'rejected';
  reason?: ExcludedReason;
}

export interface OrderFixture {
  /** Path under test/fixtures/orders. */
  file: string;
  format: OrderFormatId;
  /** For 'mapped': ORDER_FIELDS name -> header a user would pick. */
  mapping?: Partial<Record<OrderField, string>>;
  dateOrder?: DateOrder;
  decimalMark?: DecimalMark;
  /** Worksheet name, for workbooks. */
  sheet?: string;
  /** Data rows after the header (blank and repeated-header rows included). */
  rowsRead: number;
  /** Distinct valid orders (rejected ones not counted). */
  orders: number;
  /** Line items of the valid orders. */
  lineItems: number;
  currency: string[];
  dateRange: { from: string; to: string };
  /** Orders per bucket on a first import. */
  buckets: BucketCounts;
  /** Rows per bucket on a first import; `skipped` = blank and repeated-header rows. */
  bucketRows?: BucketCounts & { skipped?: number };
  fileTotalMinor: Record<string, number>;
  /** Every order of the file. */
  orders_: ExpectedOrder[];
  problems?: Array<{ row: number; contains: string }>;
  notes?: string;
}

/** Importing `second` into the workspace that already holds `first` (same brand). */
export interface ReimportExpectation {
  first: string;
  second: string;
  added: string[];
  /** Orders whose stored fields change, with [before, after]. */
  updated: Array<{ externalId: string; orderName?: string; changed: Record<string, [unknown, unknown]> }>;
  /** Already stored, nothing changed, and counted. */
  unchanged: string[];
  /** Excluded orders that did not change are reported as excluded again. */
  excluded: string[];
  notes?: string;
}

export interface ClickFixture {
  /** Path under test/fixtures/clicks. */
  file: string;
  layout: 'dub-links' | 'dub-events' | 'ga4';
  /** 1-based line of the header (GA4 files open with '#' lines). */
  headerRow: number;
  rowsRead: number;
  totalClicks: number;
  campaign: string;
  /** utm_content -> clicks in the campaign. */
  byCreator: Record<string, number>;
  /** utm_content -> day -> clicks, where the file has dates. */
  byCreatorDay?: Record<string, Record<string, number>>;
  /** Rows of other campaigns: counted in the file, never credited to a creator. */
  outsideCampaign: { rows: number; clicks: number };
  dateRange?: { from: string; to: string };
  notes?: string;
}

export interface RefusedFixture {
  file: string;
  /** Why the file must be refused before any row is read. */
  why: string;
  /** The user-facing error should say what is wrong. */
  messageMatches: RegExp;
}

/** The pilot the fixtures were written for. */
export const PILOT = {
  campaign: 'spring-glow-creator-pilot',
  creators: [
    { handle: 'mayamakes', code: 'MAYA15' },
    { handle: 'leoglows', code: 'LEO10' },
    { handle: 'junipertalks', code: null },
  ],
} as const;

const UTM = 'spring-glow-creator-pilot';

// ---------------------------------------------------------------- Shopify, 79 columns (Fernleaf, Denver)

// biome-ignore format: one order per line reads as a table
const shopify79Orders: ExpectedOrder[] = [
  { externalId: '7104977784130', orderName: '#2016', orderDate: '2026-03-20', totalMinor: 8226, subtotalMinor: 7560, refundedMinor: 0, codes: ['WELCOMESMSK7QZ3PLX'], financialStatus: 'paid', lines: 2 },
  { externalId: '7104944722242', orderName: '#2015', orderDate: '2026-03-18', totalMinor: 6964, subtotalMinor: 6400, codes: [], financialStatus: 'authorized', utmCampaign: UTM, utmContent: 'leoglows', lines: 1 },
  { externalId: '7104912740674', orderName: '#2014', orderDate: '2026-03-17', totalMinor: 3420, subtotalMinor: 3420, codes: ['Seller discount'], financialStatus: 'paid', lines: 1 },
  { externalId: '7104880103746', orderName: '#2013', orderDate: '2026-03-16', totalMinor: 8661, subtotalMinor: 7960, codes: ['UPSELL DISCOUNT'], financialStatus: 'paid', lines: 2 },
  // Created 22:47 -0600: already 15 March in UTC; the order date stays the 14th.
  { externalId: '7104851693890', orderName: '#2012', orderDate: '2026-03-14', totalMinor: 4849, subtotalMinor: 3910, codes: ['Maya15'], financialStatus: 'paid', lines: 1 },
  { externalId: '7104820400450', orderName: '#2011', orderDate: '2026-03-13', totalMinor: 8266, subtotalMinor: 7050, codes: ['MAYA15', 'LEO10'], financialStatus: 'paid', lines: 3 },
  { externalId: '7104792531266', orderName: '#2010', orderDate: '2026-03-13', totalMinor: 5100, subtotalMinor: 4140, codes: ['LEO10'], financialStatus: 'voided', lines: 1, bucket: 'excluded', reason: 'voided' },
  { externalId: '7104760844610', orderName: '#2009', orderDate: '2026-03-12', totalMinor: 4730, subtotalMinor: 3800, codes: [], financialStatus: 'paid', lines: 1, bucket: 'excluded', reason: 'test' },
  { externalId: '7104731812162', orderName: '#2008', orderDate: '2026-03-11', totalMinor: 6311, subtotalMinor: 5800, codes: [], financialStatus: 'paid', utmCampaign: UTM, utmContent: 'mayamakes', lines: 1 },
  { externalId: '7104703926594', orderName: '#2007', orderDate: '2026-03-10', totalMinor: 3206, subtotalMinor: 2400, codes: [], financialStatus: 'pending', utmCampaign: UTM, utmContent: 'mayamakes', lines: 1, bucket: 'excluded', reason: 'pending' },
  { externalId: '7104677415234', orderName: '#2006', orderDate: '2026-03-09', totalMinor: 11947, subtotalMinor: 10980, refundedMinor: 4505, codes: ['LEO10'], financialStatus: 'partially_refunded', lines: 2 },
  { externalId: '7104648908098', orderName: '#2005', orderDate: '2026-03-06', totalMinor: 3555, subtotalMinor: 2720, refundedMinor: 3555, codes: ['maya15'], financialStatus: 'refunded', cancelled: true, lines: 1, bucket: 'excluded', reason: 'cancelled' },
  { externalId: '7104617318722', orderName: '#2004', orderDate: '2026-03-05', totalMinor: 10446, subtotalMinor: 9600, codes: [], financialStatus: 'paid', cancelled: true, lines: 2, bucket: 'excluded', reason: 'cancelled' },
  { externalId: '7104590027586', orderName: '#2003', orderDate: '2026-03-04', totalMinor: 0, subtotalMinor: 0, codes: [], financialStatus: 'paid', lines: 2 },
  { externalId: '7104561893122', orderName: '#2002', orderDate: '2026-03-03', totalMinor: 12339, subtotalMinor: 11340, codes: ['LEO10'], financialStatus: 'paid', utmCampaign: UTM, utmContent: 'leoglows', lines: 3 },
  // The Tip line is the order's first row; the $5 tip is in Total, not in Subtotal.
  { externalId: '7104532201474', orderName: '#2001', orderDate: '2026-03-02', totalMinor: 4610, subtotalMinor: 3230, refundedMinor: 0, codes: ['maya15'], financialStatus: 'paid', lines: 2 },
];

const shopify79: Omit<OrderFixture, 'file'> = {
  format: 'shopify',
  dateOrder: 'ymd',
  decimalMark: '.',
  rowsRead: 26,
  orders: 16,
  lineItems: 26,
  currency: ['USD'],
  dateRange: { from: '2026-03-02', to: '2026-03-20' },
  buckets: { added: 11, excluded: { cancelled: 2, test: 1, pending: 1, voided: 1 }, rejected: 0 },
  bucketRows: { added: 20, excluded: { cancelled: 3, test: 1, pending: 1, voided: 1 }, rejected: 0 },
  fileTotalMinor: { USD: 102630 },
  orders_: shopify79Orders,
  notes:
    '-0700 before and -0600 after the 8 March DST change; #2004 is "paid" with Cancelled at set; #2005 refunded + cancelled; ' +
    '#2003 is a $0 exchange with empty Paid at; #2009 pays with "(for testing) Bogus Gateway"; UTM lines in Notes (#2007, #2008) ' +
    'and utm_* lines in Note Attributes (#2002, #2015); no newline after the last row.',
};

// ---------------------------------------------------------------- Shopify, 78 columns (2021-22, Northbound, -0500)

const shopify78: Omit<OrderFixture, 'file'> = {
  format: 'shopify',
  dateOrder: 'ymd',
  decimalMark: '.',
  rowsRead: 9,
  orders: 6,
  lineItems: 9,
  currency: ['USD'],
  dateRange: { from: '2022-01-07', to: '2022-02-15' },
  buckets: { added: 5, excluded: { pending: 1 }, rejected: 0 },
  bucketRows: { added: 8, excluded: { pending: 1 }, rejected: 0 },
  fileTotalMinor: { USD: 33240 },
  // biome-ignore format: one order per line reads as a table
  orders_: [
    { externalId: '4512300011234', orderName: '#1045', orderDate: '2022-02-15', totalMinor: 10625, subtotalMinor: 10000, codes: ['jenna20'], financialStatus: 'paid', lines: 2 },
    { externalId: '4512287654321', orderName: '#1044', orderDate: '2022-02-11', totalMinor: 0, subtotalMinor: 0, codes: ['fern100'], financialStatus: 'paid', lines: 1 },
    { externalId: '4512271122334', orderName: '#1043', orderDate: '2022-02-03', totalMinor: 3678, subtotalMinor: 3000, refundedMinor: 3678, codes: [], financialStatus: 'refunded', lines: 1 },
    { externalId: '4512259988776', orderName: '#1042', orderDate: '2022-01-28', totalMinor: 7078, subtotalMinor: 6200, codes: ['travel'], financialStatus: 'paid', lines: 3 },
    { externalId: '4512243322110', orderName: '#1041', orderDate: '2022-01-19', totalMinor: 9456, subtotalMinor: 8900, codes: [], financialStatus: 'paid', utmCampaign: 'winter-trail-creators', utmContent: 'jennahikes', lines: 1 },
    { externalId: '4512230011223', orderName: '#1040', orderDate: '2022-01-07', totalMinor: 2403, subtotalMinor: 1800, codes: [], financialStatus: 'pending', lines: 1, bucket: 'excluded', reason: 'pending' },
  ],
  notes:
    'Plain zips (01826), lowercase codes, a 100% code with empty Paid at (#1044), Billing Name "Qvrel  Tomask " with double and trailing spaces.',
};

// ---------------------------------------------------------------- Shopify, 77-column variant (INR, +0530, tax included)

const shopify77: Omit<OrderFixture, 'file'> = {
  format: 'shopify',
  dateOrder: 'ymd',
  decimalMark: '.',
  rowsRead: 6,
  orders: 5,
  lineItems: 6,
  currency: ['INR'],
  dateRange: { from: '2023-10-28', to: '2023-11-08' },
  buckets: { added: 3, excluded: { cancelled: 1, pending: 1 }, rejected: 0 },
  bucketRows: { added: 4, excluded: { cancelled: 1, pending: 1 }, rejected: 0 },
  fileTotalMinor: { INR: 505500 },
  // biome-ignore format: one order per line reads as a table
  orders_: [
    { externalId: '5390117728423', orderName: '#1205', orderDate: '2023-11-08', totalMinor: 195000, subtotalMinor: 195000, codes: [], financialStatus: 'paid', lines: 1 },
    { externalId: '5389966110887', orderName: '#1204', orderDate: '2023-11-05', totalMinor: 65000, subtotalMinor: 65000, refundedMinor: 65000, codes: [], financialStatus: 'refunded', cancelled: true, lines: 1, bucket: 'excluded', reason: 'cancelled' },
    { externalId: '5389810254503', orderName: '#1203', orderDate: '2023-11-02', totalMinor: 82500, subtotalMinor: 76500, codes: ['anya10'], financialStatus: 'paid', lines: 2 },
    { externalId: '5389655391399', orderName: '#1202', orderDate: '2023-10-30', totalMinor: 46000, subtotalMinor: 40000, codes: [], financialStatus: 'pending', lines: 1, bucket: 'excluded', reason: 'pending' },
    { externalId: '5389501227175', orderName: '#1201', orderDate: '2023-10-28', totalMinor: 117000, subtotalMinor: 117000, codes: ['ANYA10'], financialStatus: 'paid', lines: 1 },
  ],
  notes:
    'The header quoted for this variant in formats/README.md has 73 names (no Payment ID, no Outstanding Balance/Employee/Location/Device ID), ' +
    'although the README calls it "77 columns"; the fixture uses the header as quoted. Prices include GST, so Total = Subtotal + Shipping. ' +
    'Payment Method "Razorpay Secure (UPI, Cards, Wallets, NetBanking)" is a quoted cell with commas.',
};

// ---------------------------------------------------------------- Shopify, ~70-column variant (AUD, +1100 -> +1000)

const shopify70: Omit<OrderFixture, 'file'> = {
  format: 'shopify',
  dateOrder: 'ymd',
  decimalMark: '.',
  rowsRead: 6,
  orders: 5,
  lineItems: 6,
  currency: ['AUD'],
  dateRange: { from: '2019-03-30', to: '2019-04-15' },
  buckets: { added: 4, excluded: { voided: 1 }, rejected: 0 },
  bucketRows: { added: 5, excluded: { voided: 1 }, rejected: 0 },
  fileTotalMinor: { AUD: 30060 },
  // biome-ignore format: one order per line reads as a table
  orders_: [
    { externalId: '1701884002345', orderName: '#1105', orderDate: '2019-04-15', totalMinor: 7650, subtotalMinor: 7650, codes: ['koala15'], financialStatus: 'paid', lines: 1 },
    { externalId: '1701850011234', orderName: '#1104', orderDate: '2019-04-12', totalMinor: 5495, subtotalMinor: 4500, codes: [], financialStatus: 'voided', lines: 1, bucket: 'excluded', reason: 'voided' },
    { externalId: '1701822203344', orderName: '#1103', orderDate: '2019-04-08', totalMinor: 3195, subtotalMinor: 2200, refundedMinor: 3195, codes: [], financialStatus: 'refunded', lines: 1 },
    { externalId: '1701790087766', orderName: '#1102', orderDate: '2019-04-03', totalMinor: 8900, subtotalMinor: 8900, codes: [], financialStatus: 'paid', lines: 2 },
    { externalId: '1701761199887', orderName: '#1101', orderDate: '2019-03-30', totalMinor: 4820, subtotalMinor: 3825, codes: ['KOALA15'], financialStatus: 'paid', lines: 1 },
  ],
  notes:
    '66 names, ending at Tax 5 Value (README: "~70 columns"); Fulfilled at, as in every real file. GST included in prices.',
};

// ---------------------------------------------------------------- Shopify re-saved by European Excel

const shopifySemicolon: Omit<OrderFixture, 'file'> = {
  format: 'shopify',
  dateOrder: 'ymd',
  decimalMark: ',',
  rowsRead: 10,
  orders: 5,
  lineItems: 6,
  currency: ['EUR'],
  dateRange: { from: '2026-03-20', to: '2026-04-02' },
  buckets: { added: 4, excluded: { cancelled: 1 }, rejected: 1 },
  bucketRows: { added: 5, excluded: { cancelled: 1 }, rejected: 1, skipped: 3 },
  fileTotalMinor: { EUR: 149950 },
  // biome-ignore format: one order per line reads as a table
  orders_: [
    { externalId: '7215601133445', orderName: '#3104', orderDate: '2026-03-27', totalMinor: 3390, subtotalMinor: 2900, refundedMinor: 3390, codes: [], financialStatus: 'refunded', cancelled: true, lines: 1, bucket: 'excluded', reason: 'cancelled' },
    // Excel wrote this Id as "1,21533E+13": the digits are gone, so the order cannot be keyed.
    { externalId: '1,21533E+13', orderName: '#3103', orderDate: '2026-03-25', totalMinor: 5170, subtotalMinor: 4680, codes: ['leo10'], financialStatus: 'paid', lines: 1, bucket: 'rejected' },
    { externalId: '7215533622018', orderName: '#3102', orderDate: '2026-03-22', totalMinor: 6400, subtotalMinor: 6400, codes: [], financialStatus: 'paid', lines: 2 },
    { externalId: '7215500011001', orderName: '#3101', orderDate: '2026-03-20', totalMinor: 3380, subtotalMinor: 2890, codes: ['MAYA15'], financialStatus: 'paid', lines: 1 },
    // "1.260,00": thousands dot, decimal comma.
    { externalId: '7215688800112', orderName: '#3106', orderDate: '2026-04-02', totalMinor: 126000, subtotalMinor: 126000, refundedMinor: 4200, codes: [], financialStatus: 'partially_refunded', lines: 1 },
    { externalId: '7215644455667', orderName: '#3105', orderDate: '2026-03-30', totalMinor: 5610, subtotalMinor: 5610, codes: ['maya15'], financialStatus: 'paid', lines: 1 },
  ],
  problems: [{ row: 3, contains: '1,21533E+13' }],
  notes:
    'UTF-8 BOM, ";" delimiter, CRLF, amounts quoted with decimal commas, TRUE/FALSE, Non-ASCII addresses (Torstraße). ' +
    'A second export pasted below the first repeats the header at row 7; rows 10-11 hold only delimiters. ' +
    '+0100 before and +0200 after the 29 March DST change. Prices include VAT: Total = Subtotal + Shipping.',
};

// ---------------------------------------------------------------- newer export overlapping shopify-79col.csv

const shopifyNewer: Omit<OrderFixture, 'file'> = {
  format: 'shopify',
  dateOrder: 'ymd',
  decimalMark: '.',
  rowsRead: 9,
  orders: 6,
  lineItems: 9,
  currency: ['USD'],
  dateRange: { from: '2026-03-17', to: '2026-03-24' },
  buckets: { added: 5, excluded: { cancelled: 1 }, rejected: 0 },
  bucketRows: { added: 8, excluded: { cancelled: 1 }, rejected: 0 },
  fileTotalMinor: { USD: 39353 },
  // biome-ignore format: one order per line reads as a table
  orders_: [
    { externalId: '7105068211522', orderName: '#2019', orderDate: '2026-03-24', totalMinor: 8814, subtotalMinor: 8100, codes: ['LEO10'], financialStatus: 'paid', lines: 2 },
    { externalId: '7105037598018', orderName: '#2018', orderDate: '2026-03-22', totalMinor: 5600, subtotalMinor: 4600, codes: [], financialStatus: 'paid', utmCampaign: UTM, utmContent: 'leoglows', lines: 1 },
    { externalId: '7105009156418', orderName: '#2017', orderDate: '2026-03-21', totalMinor: 6329, subtotalMinor: 5270, codes: ['maya15'], financialStatus: 'paid', lines: 2 },
    { externalId: '7104977784130', orderName: '#2016', orderDate: '2026-03-20', totalMinor: 8226, subtotalMinor: 7560, refundedMinor: 8226, codes: ['WELCOMESMSK7QZ3PLX'], financialStatus: 'refunded', lines: 2 },
    { externalId: '7104944722242', orderName: '#2015', orderDate: '2026-03-18', totalMinor: 6964, subtotalMinor: 6400, codes: [], financialStatus: 'voided', cancelled: true, utmCampaign: UTM, utmContent: 'leoglows', lines: 1, bucket: 'excluded', reason: 'cancelled' },
    { externalId: '7104912740674', orderName: '#2014', orderDate: '2026-03-17', totalMinor: 3420, subtotalMinor: 3420, codes: ['Seller discount'], financialStatus: 'paid', lines: 1 },
  ],
  notes: 'Rows of #2014 are byte-identical to shopify-79col.csv.',
};

// ---------------------------------------------------------------- real files (samples/), verbatim

const tiktokReal: Omit<OrderFixture, 'file'> = {
  format: 'shopify',
  dateOrder: 'ymd',
  decimalMark: '.',
  rowsRead: 9,
  orders: 8,
  lineItems: 9,
  currency: ['GBP'],
  dateRange: { from: '2025-12-03', to: '2025-12-07' },
  buckets: { added: 6, excluded: { cancelled: 2 }, rejected: 0 },
  bucketRows: { added: 7, excluded: { cancelled: 2 }, rejected: 0 },
  fileTotalMinor: { GBP: 37696 },
  // biome-ignore format: one order per line reads as a table
  orders_: [
    { externalId: '12133307351371', orderName: '#1060', orderDate: '2025-12-07', totalMinor: 4211, subtotalMinor: 4211, refundedMinor: 0, codes: [], financialStatus: 'paid', lines: 1 },
    { externalId: '12133189747019', orderName: '#1059', orderDate: '2025-12-07', totalMinor: 4212, subtotalMinor: 3812, codes: [], financialStatus: 'paid', lines: 1 },
    { externalId: '12131184542027', orderName: '#1058', orderDate: '2025-12-07', totalMinor: 5301, subtotalMinor: 5301, codes: ['Seller discount'], financialStatus: 'paid', lines: 1 },
    { externalId: '12128640532811', orderName: '#1057', orderDate: '2025-12-06', totalMinor: 4098, subtotalMinor: 3698, refundedMinor: 4098, codes: [], financialStatus: 'refunded', cancelled: true, lines: 1, bucket: 'excluded', reason: 'cancelled' },
    { externalId: '12127260934475', orderName: '#1056', orderDate: '2025-12-05', totalMinor: 4212, subtotalMinor: 3812, codes: [], financialStatus: 'paid', lines: 1 },
    { externalId: '12126136926539', orderName: '#1055', orderDate: '2025-12-05', totalMinor: 4611, subtotalMinor: 4211, refundedMinor: 4611, codes: [], financialStatus: 'refunded', cancelled: true, lines: 1, bucket: 'excluded', reason: 'cancelled' },
    { externalId: '12124845998411', orderName: '#1054', orderDate: '2025-12-05', totalMinor: 4611, subtotalMinor: 4211, codes: [], financialStatus: 'paid', lines: 1 },
    { externalId: '12120908398923', orderName: '#1050', orderDate: '2025-12-03', totalMinor: 6440, subtotalMinor: 6440, codes: ['Seller discount'], financialStatus: 'paid', lines: 2 },
  ],
  notes: 'Copy of samples/shopify-orders_export-tiktok-refunds.csv.',
};

const shopifyReal: Omit<OrderFixture, 'file'> = {
  format: 'shopify',
  dateOrder: 'ymd',
  decimalMark: '.',
  rowsRead: 17,
  orders: 6,
  lineItems: 17,
  currency: ['USD'],
  dateRange: { from: '2026-05-11', to: '2026-05-12' },
  buckets: { added: 6, excluded: {}, rejected: 0 },
  bucketRows: { added: 17, excluded: {}, rejected: 0 },
  fileTotalMinor: { USD: 346693 },
  // biome-ignore format: one order per line reads as a table
  orders_: [
    { externalId: '6954779508986', orderName: '#16102', orderDate: '2026-05-12', totalMinor: 32855, subtotalMinor: 29800, refundedMinor: 0, codes: [], financialStatus: 'paid', lines: 1 },
    { externalId: '6953781330170', orderName: '#16101', orderDate: '2026-05-12', totalMinor: 96671, subtotalMinor: 90120, codes: [], financialStatus: 'paid', lines: 5 },
    { externalId: '6953195503866', orderName: '#16100', orderDate: '2026-05-12', totalMinor: 50388, subtotalMinor: 45600, codes: [], financialStatus: 'paid', lines: 2 },
    { externalId: '6952729313530', orderName: '#16099', orderDate: '2026-05-12', totalMinor: 149949, subtotalMinor: 139162, codes: ['WELCOMESMSZQX3QZKW'], financialStatus: 'paid', lines: 6 },
    { externalId: '6943353372922', orderName: '#16093', orderDate: '2026-05-11', totalMinor: 16830, subtotalMinor: 16830, codes: ['W158N9HDZQR'], financialStatus: 'paid', lines: 1 },
    { externalId: '6942394319098', orderName: '#16092', orderDate: '2026-05-11', totalMinor: 0, subtotalMinor: 0, codes: [], financialStatus: 'paid', lines: 2 },
  ],
  notes:
    'Copy of samples/shopify-orders_export-2026-79col.csv. #16093 has no Email; #16092 is a $0 Redo exchange with empty Paid at.',
};

// ---------------------------------------------------------------- other shops

const squarespace: Omit<OrderFixture, 'file'> = {
  format: 'squarespace',
  dateOrder: 'mdy',
  decimalMark: '.',
  rowsRead: 9,
  orders: 5,
  lineItems: 9,
  currency: ['USD'],
  dateRange: { from: '2018-07-02', to: '2018-07-25' },
  buckets: { added: 4, excluded: { cancelled: 1 }, rejected: 0 },
  bucketRows: { added: 8, excluded: { cancelled: 1 }, rejected: 0 },
  fileTotalMinor: { USD: 24180 },
  // biome-ignore format: one order per line reads as a table
  orders_: [
    { externalId: '1041', orderDate: '2018-07-02', totalMinor: 4600, subtotalMinor: 4000, codes: [], financialStatus: 'paid', lines: 2 },
    { externalId: '1042', orderDate: '2018-07-09', totalMinor: 2980, subtotalMinor: 2380, codes: ['MAYA15'], financialStatus: 'paid', lines: 1 },
    { externalId: '1043', orderDate: '2018-07-14', totalMinor: 8600, subtotalMinor: 8600, codes: [], financialStatus: 'paid', lines: 3 },
    { externalId: '1044', orderDate: '2018-07-20', totalMinor: 4600, subtotalMinor: 4600, refundedMinor: 1200, codes: [], financialStatus: 'paid', lines: 2 },
    { externalId: '1045', orderDate: '2018-07-25', totalMinor: 3400, subtotalMinor: 2800, refundedMinor: 3400, codes: [], financialStatus: 'refunded', cancelled: true, lines: 1, bucket: 'excluded', reason: 'cancelled' },
  ],
  notes:
    'Excel re-save: 7/25/2018 21:06 dates, TRUE/FALSE, numbers without trailing zeros (29.8, 4.2). Continuation rows carry only Order ID ' +
    'and line fields. Subtotal in this layout is before the discount, so subtotal = Subtotal - Discount Amount (1042: 28 - 4.20); ' +
    'refunded = Amount Refunded.',
};

const wooAnalytics: Omit<OrderFixture, 'file'> = {
  format: 'woo-analytics',
  dateOrder: 'ymd',
  decimalMark: '.',
  rowsRead: 5,
  orders: 5,
  lineItems: 7,
  currency: ['USD'],
  dateRange: { from: '2026-04-02', to: '2026-04-13' },
  buckets: { added: 4, excluded: { cancelled: 1 }, rejected: 0 },
  bucketRows: { added: 4, excluded: { cancelled: 1 }, rejected: 0 },
  fileTotalMinor: { USD: 134105 },
  // biome-ignore format: one order per line reads as a table
  orders_: [
    { externalId: '1314', orderDate: '2026-04-13', totalMinor: 2420, subtotalMinor: 2040, codes: ['maya15'], lines: 1 },
    { externalId: '1313', orderDate: '2026-04-11', totalMinor: 3200, subtotalMinor: 3200, codes: [], cancelled: true, lines: 1, bucket: 'excluded', reason: 'cancelled' },
    { externalId: '1312', orderDate: '2026-04-08', totalMinor: 7635, subtotalMinor: 6520, codes: ['leo10', 'spring5'], lines: 2 },
    { externalId: '1311', orderDate: '2026-04-05', totalMinor: 115200, subtotalMinor: 114000, codes: [], lines: 1 },
    { externalId: '1310', orderDate: '2026-04-02', totalMinor: 5650, subtotalMinor: 5270, codes: ['maya15'], lines: 2 },
  ],
  notes:
    'Server-side download: UTF-8 BOM, PHP fputcsv quoting. No currency column: "$" in N. Revenue (formatted) (the order total, ' +
    '"$1,152.00" quoted) and the brand\'s currency say USD. subtotal = Net Sales (after coupons, before shipping and tax). ' +
    'Lines unpack from Product(s) ("1× Night Balm 50ml, 1× Cleansing Oil 150ml"). Status "cancelled" -> excluded cancelled.',
};

const wooAdvanced: Omit<OrderFixture, 'file'> = {
  format: 'woo-advanced',
  dateOrder: 'dmy',
  decimalMark: '.',
  rowsRead: 7,
  orders: 5,
  lineItems: 6,
  currency: ['GBP'],
  dateRange: { from: '2026-04-03', to: '2026-04-14' },
  buckets: { added: 4, excluded: { cancelled: 1 }, rejected: 0 },
  bucketRows: { added: 6, excluded: { cancelled: 1 }, rejected: 0 },
  fileTotalMinor: { GBP: 21320 },
  // biome-ignore format: one order per line reads as a table
  orders_: [
    { externalId: '5025', orderDate: '2026-04-11', totalMinor: 3595, subtotalMinor: 3200, refundedMinor: 3595, codes: [], lines: 1 },
    { externalId: '5024', orderDate: '2026-04-09', totalMinor: 2995, subtotalMinor: 2600, codes: [], cancelled: true, lines: 1, bucket: 'excluded', reason: 'cancelled' },
    // Two coupons: the second one sits on a row of its own with empty product fields.
    { externalId: '5023', orderDate: '2026-04-14', totalMinor: 4215, subtotalMinor: 3820, codes: ['leo10', 'welcome5'], lines: 1 },
    { externalId: '5022', orderDate: '2026-04-07', totalMinor: 4000, subtotalMinor: 4000, codes: [], lines: 1 },
    { externalId: '5021', orderDate: '2026-04-03', totalMinor: 6515, subtotalMinor: 6120, codes: ['maya15'], lines: 2 },
  ],
  notes:
    'The real user header from formats/README.md, PHP fputcsv quoting, CRLF, no BOM, order fields repeated on every product ' +
    'and coupon row. d/m/Y: 14/04/2026 only reads as day-month. No currency column (brand currency GBP). ' +
    'subtotal = Order Subtotal Amount - Cart Discount Amount; refunded = Order Refund Amount; status "Cancelled" -> excluded.',
};

const wooSkyverge: Omit<OrderFixture, 'file'> = {
  format: 'woo-skyverge',
  dateOrder: 'ymd',
  decimalMark: '.',
  rowsRead: 6,
  orders: 6,
  lineItems: 9,
  currency: ['USD'],
  dateRange: { from: '2026-05-04', to: '2026-05-12' },
  buckets: { added: 4, excluded: { cancelled: 1, pending: 1 }, rejected: 0 },
  bucketRows: { added: 4, excluded: { cancelled: 1, pending: 1 }, rejected: 0 },
  fileTotalMinor: { USD: 32145 },
  // biome-ignore format: one order per line reads as a table
  orders_: [
    { externalId: '4415', orderDate: '2026-05-12', totalMinor: 2995, subtotalMinor: 2400, codes: [], utmCampaign: UTM, utmContent: 'mayamakes', lines: 1, bucket: 'excluded', reason: 'pending' },
    { externalId: '4414', orderDate: '2026-05-11', totalMinor: 6630, subtotalMinor: 6630, codes: ['maya15'], lines: 2 },
    { externalId: '4413', orderDate: '2026-05-09', totalMinor: 4395, subtotalMinor: 3800, codes: [], cancelled: true, utmCampaign: UTM, utmContent: 'leoglows', lines: 1, bucket: 'excluded', reason: 'cancelled' },
    { externalId: '4412', orderDate: '2026-05-07', totalMinor: 9000, subtotalMinor: 9000, refundedMinor: 3200, codes: [], lines: 2 },
    { externalId: '4411', orderDate: '2026-05-05', totalMinor: 5300, subtotalMinor: 5300, codes: ['SAVE10', 'LEO10'], utmCampaign: UTM, utmContent: 'leoglows', lines: 2 },
    { externalId: '4410', orderDate: '2026-05-04', totalMinor: 3825, subtotalMinor: 3230, codes: ['MAYA15'], utmCampaign: UTM, utmContent: 'mayamakes', lines: 1 },
  ],
  notes:
    'Default one-row-per-order layout plus meta:_wc_order_attribution_* columns (UTM from there). Codes from coupon_items ' +
    '("code:SAVE10|amount:10.00;code:LEO10|amount:7.00"), lines from line_items (";"-separated). subtotal = order_total - ' +
    'shipping_total - shipping_tax_total - fee_total - fee_tax_total - tax_total; refunded = refunded_total.',
};

const wooWebtoffee: Omit<OrderFixture, 'file'> = {
  format: 'woo-webtoffee',
  dateOrder: 'ymd',
  decimalMark: '.',
  rowsRead: 5,
  orders: 5,
  lineItems: 8,
  currency: ['EUR'],
  dateRange: { from: '2026-06-02', to: '2026-06-14' },
  buckets: { added: 4, excluded: { cancelled: 1 }, rejected: 0 },
  bucketRows: { added: 4, excluded: { cancelled: 1 }, rejected: 0 },
  fileTotalMinor: { EUR: 27135 },
  // biome-ignore format: one order per line reads as a table
  orders_: [
    { externalId: '8805', orderDate: '2026-06-14', totalMinor: 10115, subtotalMinor: 10115, codes: ['maya15'], lines: 3 },
    { externalId: '8804', orderDate: '2026-06-12', totalMinor: 2690, subtotalMinor: 2200, codes: [], cancelled: true, lines: 1, bucket: 'excluded', reason: 'cancelled' },
    { externalId: '8803', orderDate: '2026-06-09', totalMinor: 5690, subtotalMinor: 5200, refundedMinor: 5690, codes: [], lines: 1 },
    { externalId: '8802', orderDate: '2026-06-05', totalMinor: 5260, subtotalMinor: 5260, codes: ['leo10', 'sommer5'], lines: 2 },
    { externalId: '8801', orderDate: '2026-06-02', totalMinor: 3380, subtotalMinor: 2890, codes: ['maya15'], lines: 1 },
  ],
  notes:
    "order_date has no offset (site time); paid_date is ISO with offset. coupon_items amounts are the coupons' configured " +
    'amounts (15.00 for 15 %), not the discount given. subtotal = order_subtotal - discount_total; refunded = the amounts ' +
    'in refund_items; lines = the non-empty line_item_N cells.',
};

const etsyOrders: Omit<OrderFixture, 'file'> = {
  format: 'etsy-orders',
  dateOrder: 'mdy',
  decimalMark: '.',
  rowsRead: 5,
  orders: 5,
  lineItems: 0,
  currency: ['USD'],
  dateRange: { from: '2026-03-02', to: '2026-03-20' },
  buckets: { added: 5, excluded: {}, rejected: 0 },
  bucketRows: { added: 5, excluded: {}, rejected: 0 },
  fileTotalMinor: { USD: 32296 },
  // biome-ignore format: one order per line reads as a table
  orders_: [
    { externalId: '3301688802', orderDate: '2026-03-20', totalMinor: 8658, subtotalMinor: 7600, codes: [] },
    { externalId: '3301623459', orderDate: '2026-03-14', totalMinor: 3456, subtotalMinor: 3200, codes: ['FREESHIP'] },
    { externalId: '3301577310', orderDate: '2026-03-11', totalMinor: 6088, subtotalMinor: 5220, codes: ['LEO10'] },
    { externalId: '3301502277', orderDate: '2026-03-05', totalMinor: 10152, subtotalMinor: 9400, codes: [] },
    { externalId: '3301458821', orderDate: '2026-03-02', totalMinor: 3942, subtotalMinor: 3230, codes: ['MAYA15'] },
  ],
  notes:
    'One row per order, no line detail (lines come from the items file; SKU "DM-100,NB-50" is one quoted cell). ' +
    'MM/DD/YY dates. subtotal = Order Value - Discount Amount; total = Order Total.',
};

const etsyItems: Omit<OrderFixture, 'file'> = {
  format: 'etsy-items',
  dateOrder: 'mdy',
  decimalMark: '.',
  rowsRead: 6,
  orders: 5,
  lineItems: 6,
  currency: ['USD'],
  dateRange: { from: '2026-03-02', to: '2026-03-20' },
  buckets: { added: 5, excluded: {}, rejected: 0 },
  bucketRows: { added: 6, excluded: {}, rejected: 0 },
  fileTotalMinor: { USD: 32296 },
  orders_: etsyOrders.orders_.map((o) => ({ ...o, lines: o.externalId === '3301502277' ? 2 : 1 })),
  notes:
    'Same orders as etsy-sold-orders.csv. No order total column: total = sum(Item Total) - Discount Amount - Shipping ' +
    'Discount + Order Shipping + Order Sales Tax, the order-level columns taken once per Order ID (3301502277 has two rows).',
};

const squareItems: Omit<OrderFixture, 'file'> = {
  format: 'square-items',
  dateOrder: 'ymd',
  decimalMark: '.',
  rowsRead: 15,
  orders: 10,
  lineItems: 15,
  currency: ['USD'],
  dateRange: { from: '2026-07-18', to: '2026-07-18' },
  buckets: { added: 10, excluded: {}, rejected: 0 },
  bucketRows: { added: 15, excluded: {}, rejected: 0 },
  fileTotalMinor: { USD: 11197 },
  // biome-ignore format: one order per line reads as a table
  orders_: [
    { externalId: '4S5oaeKrPyyWWst4wAvuQJ3qn6PZY', orderDate: '2026-07-18', totalMinor: 1724, subtotalMinor: 1600, codes: [], lines: 2 },
    { externalId: 'gSrCa7LyN01iIhIdeCtxqg9fx9ZZY', orderDate: '2026-07-18', totalMinor: 862, subtotalMinor: 800, codes: [], lines: 1 },
    { externalId: 'On8JVRNfDLBO7hxgd7iDioqmDzJZY', orderDate: '2026-07-18', totalMinor: 431, subtotalMinor: 400, codes: [], lines: 1 },
    { externalId: 'S1424Uqzz7LhfRxkiF0kEgATxzUZY', orderDate: '2026-07-18', totalMinor: 1938, subtotalMinor: 1800, codes: [], lines: 3 },
    { externalId: 'eFjvDsqrtxRtOBPtLjvhLFm3JFbZY', orderDate: '2026-07-18', totalMinor: 1508, subtotalMinor: 1400, codes: [], lines: 2 },
    { externalId: 'ejcIFyDPdauEsvHWQyPjOxD1qELZY', orderDate: '2026-07-18', totalMinor: 427, subtotalMinor: 400, codes: [], lines: 1 },
    { externalId: 'AwAHVNe9oiudtOQcbIXjJYtiiIUZY', orderDate: '2026-07-18', totalMinor: 862, subtotalMinor: 800, codes: [], lines: 1 },
    { externalId: 'S9iV6clASHyXW2zbW7QanVh4sNaZY', orderDate: '2026-07-18', totalMinor: 1508, subtotalMinor: 1400, codes: [], lines: 1 },
    { externalId: '2lH0zas3lMSRzpuQMB1VjrGxS3fZY', orderDate: '2026-07-18', totalMinor: 1183, subtotalMinor: 1100, codes: [], lines: 2 },
    { externalId: 'eNNy1xK7MwJwBbmSR9DJScjUQEMZY', orderDate: '2026-07-18', totalMinor: 754, subtotalMinor: 700, codes: [], lines: 1 },
  ],
  notes:
    'Copy of samples/square-items-detail-2026.csv (real). One row per item; orders = distinct Transaction ID. No total ' +
    'column: subtotal = sum(Net Sales), total = sum(Net Sales + Tax). No currency column: "$" amounts, brand currency USD.',
};

const squareTransactions: Omit<OrderFixture, 'file'> = {
  format: 'square-transactions',
  dateOrder: 'mdy',
  decimalMark: '.',
  rowsRead: 6,
  orders: 6,
  lineItems: 0,
  currency: ['USD'],
  dateRange: { from: '2022-11-10', to: '2022-11-29' },
  buckets: { added: 6, excluded: {}, rejected: 0 },
  bucketRows: { added: 6, excluded: {}, rejected: 0 },
  fileTotalMinor: { USD: 152316 },
  // biome-ignore format: one order per line reads as a table
  orders_: [
    { externalId: 'pQ7rS9tU1vW3xY5zA7bC9dE1fGZY', orderDate: '2022-11-29', totalMinor: 6978, subtotalMinor: 6400, codes: [] },
    { externalId: 'bC4dE6fG8hI0jK2lM4nO6pQ8rSZY', orderDate: '2022-11-25', totalMinor: 3836, subtotalMinor: 3060, codes: ['maya15'] },
    { externalId: 'lM6nO8pQ0rS2tU4vW6xY8zA0bCZY', orderDate: '2022-11-21', totalMinor: 5233, subtotalMinor: 4800, codes: [] },
    { externalId: 'vW8xY0zA2bC4dE6fG8hI0jK2lMZY', orderDate: '2022-11-18', totalMinor: 20773, subtotalMinor: 19053, codes: ['MAYA15'] },
    { externalId: 'fG0hI2jK4lM6nO8pQ0rS2tU4vWZY', orderDate: '2022-11-14', totalMinor: 112743, subtotalMinor: 103410, codes: ['LEO10'] },
    { externalId: 'zA2bC4dE6fG8hI0jK2lM4nO6pQZY', orderDate: '2022-11-10', totalMinor: 2753, subtotalMinor: 2250, codes: [] },
  ],
  notes:
    '2022 header re-saved by Excel: m/d/yyyy dates (11/10/2022 is 10 November: other days exceed 12), "$1,149.00 " with a ' +
    'trailing space, accounting negatives "($33.62)". total = Total Collected (tips included), subtotal = Net Sales, ' +
    'codes = Discount Name. Description is free text, not line items.',
};

const bigcommerce: Omit<OrderFixture, 'file'> = {
  format: 'bigcommerce',
  dateOrder: 'mdy',
  decimalMark: '.',
  rowsRead: 6,
  orders: 6,
  lineItems: 7,
  currency: ['USD'],
  dateRange: { from: '2026-04-03', to: '2026-04-24' },
  buckets: { added: 5, excluded: { cancelled: 1 }, rejected: 0 },
  bucketRows: { added: 5, excluded: { cancelled: 1 }, rejected: 0 },
  fileTotalMinor: { USD: 34679 },
  // biome-ignore format: one order per line reads as a table
  orders_: [
    { externalId: '105', orderDate: '2026-04-24', totalMinor: 6610, subtotalMinor: 6120, refundedMinor: 2203, codes: ['maya15'], lines: 1 },
    { externalId: '104', orderDate: '2026-04-21', totalMinor: 4644, subtotalMinor: 3800, refundedMinor: 4644, codes: [], lines: 1 },
    { externalId: '103', orderDate: '2026-04-18', totalMinor: 3996, subtotalMinor: 3200, codes: [], cancelled: true, lines: 1, bucket: 'excluded', reason: 'cancelled' },
    { externalId: '102', orderDate: '2026-04-15', totalMinor: 6804, subtotalMinor: 5800, codes: [], lines: 1 },
    { externalId: '101', orderDate: '2026-04-08', totalMinor: 8597, subtotalMinor: 7960, codes: ['LEO10', 'SPRING5'], lines: 2 },
    { externalId: '100', orderDate: '2026-04-03', totalMinor: 4028, subtotalMinor: 3230, codes: ['MAYA15'], lines: 1 },
  ],
  notes:
    'Codes live in Coupon Details ("Coupon Code: LEO10, Discount: 9.40 | Coupon Code: SPRING5, Discount: 5.00"), lines in ' +
    'Product Details (" | "-separated). total = Order Total (inc tax); subtotal = Subtotal (ex tax) - the coupon discounts; ' +
    'refunded = Refund Amount. Order Status "Cancelled" -> excluded; Completed, Shipped, Awaiting Fulfillment, Refunded and ' +
    'Partially Refunded count.',
};

const generic: Omit<OrderFixture, 'file'> = {
  format: 'mapped',
  mapping: {
    orderId: 'Order number',
    createdAt: 'Date created',
    buyer: 'Buyer email',
    financialStatus: 'Payment status',
    currency: 'Currency',
    lineName: 'Item name',
    lineQuantity: 'Quantity',
    linePrice: 'Item price',
    shipping: 'Shipping',
    tax: 'Tax',
    discount: 'Discount',
    total: 'Total',
    discountCodes: 'Coupon code',
  },
  dateOrder: 'dmy',
  decimalMark: ',',
  rowsRead: 5,
  orders: 5,
  lineItems: 5,
  currency: ['EUR'],
  dateRange: { from: '2026-07-06', to: '2026-07-21' },
  buckets: { added: 4, excluded: { pending: 1 }, rejected: 0 },
  bucketRows: { added: 4, excluded: { pending: 1 }, rejected: 0 },
  fileTotalMinor: { EUR: 135640 },
  // biome-ignore format: one order per line reads as a table
  orders_: [
    { externalId: '10045', orderDate: '2026-07-21', totalMinor: 116000, codes: [], lines: 1 },
    { externalId: '10044', orderDate: '2026-07-18', totalMinor: 2690, codes: [], lines: 1, bucket: 'excluded', reason: 'pending' },
    { externalId: '10043', orderDate: '2026-07-14', totalMinor: 5170, codes: ['leo10'], lines: 1 },
    { externalId: '10042', orderDate: '2026-07-09', totalMinor: 8400, codes: [], lines: 1 },
    { externalId: '10041', orderDate: '2026-07-06', totalMinor: 3380, codes: ['MAYA15'], lines: 1 },
  ],
  notes:
    'A Wix-like layout no format knows: ";" delimiter, decimal comma ("1.160,00"), dd.mm.yyyy (06.07.2026 alone is ambiguous; ' +
    '14.07, 18.07 and 21.07 only read day-first). Payment status "Paid"/"Pending" (capitalised).',
};

export const ORDER_FIXTURES: OrderFixture[] = [
  { file: 'shopify-79col.csv', ...shopify79 },
  {
    file: 'shopify-79col.xlsx',
    ...shopify79,
    sheet: 'orders_export_1',
    notes: 'shopify-79col.csv as a workbook: Id and amounts are number cells, zips text ("00907" for #2011).',
  },
  { file: 'shopify-78col-2021.csv', ...shopify78 },
  {
    file: 'shopify-utf16.txt',
    ...shopify78,
    notes:
      'shopify-78col-2021.csv saved by Excel as "Unicode text": UTF-16LE with BOM, tabs, CRLF, numbers as shown (100, 6.25, 0), TRUE/FALSE, zips lost their leading zero.',
  },
  { file: 'shopify-77col.csv', ...shopify77 },
  { file: 'shopify-70col.csv', ...shopify70 },
  { file: 'shopify-excel-semicolon.csv', ...shopifySemicolon },
  { file: 'shopify-overlap-newer.csv', ...shopifyNewer },
  { file: 'shopify-tiktok-refunds.csv', ...tiktokReal },
  { file: 'shopify-2026-real.csv', ...shopifyReal },
  { file: 'squarespace.csv', ...squarespace },
  { file: 'woo-analytics.csv', ...wooAnalytics },
  { file: 'woo-advanced-order-export.csv', ...wooAdvanced },
  { file: 'woo-skyverge.csv', ...wooSkyverge },
  { file: 'woo-webtoffee.csv', ...wooWebtoffee },
  { file: 'etsy-sold-orders.csv', ...etsyOrders },
  { file: 'etsy-sold-order-items.csv', ...etsyItems },
  { file: 'square-items.csv', ...squareItems },
  { file: 'square-transactions.csv', ...squareTransactions },
  { file: 'bigcommerce.csv', ...bigcommerce },
  { file: 'generic-mapped.csv', ...generic },
];

export const REIMPORTS: ReimportExpectation[] = [
  {
    first: 'shopify-79col.csv',
    second: 'shopify-79col.csv',
    added: [],
    updated: [],
    unchanged: shopify79Orders.filter((o) => !o.bucket).map((o) => o.externalId),
    excluded: shopify79Orders.filter((o) => o.bucket === 'excluded').map((o) => o.externalId),
    notes: 'The same file again adds and changes nothing.',
  },
  {
    first: 'shopify-79col.csv',
    second: 'shopify-overlap-newer.csv',
    added: ['7105068211522', '7105037598018', '7105009156418'],
    updated: [
      {
        externalId: '7104977784130',
        orderName: '#2016',
        changed: { financialStatus: ['paid', 'refunded'], refundedMinor: [0, 8226] },
      },
      {
        externalId: '7104944722242',
        orderName: '#2015',
        changed: {
          financialStatus: ['authorized', 'voided'],
          cancelledAt: [null, '2026-03-21 10:12:40 -0600'],
          standing: ['counts', 'cancelled'],
        },
      },
    ],
    unchanged: ['7104912740674'],
    excluded: [],
    notes:
      'A change wins over exclusion: #2015, counted after the first import, is cancelled now and must be reported as updated ' +
      '(and stored as cancelled), not silently excluded.',
  },
];

export const CLICK_FIXTURES: ClickFixture[] = [
  {
    file: 'dub-links-export.csv',
    layout: 'dub-links',
    headerRow: 1,
    rowsRead: 5,
    totalClicks: 5493,
    campaign: UTM,
    byCreator: { mayamakes: 1901, leoglows: 2210, junipertalks: 417 },
    outsideCampaign: { rows: 1, clicks: 965 },
    notes:
      'Lifetime clicks per link, no per-day dates. The archived glow.link/maya-old (58 clicks) carries mayamakes too. ' +
      'Destination url carries utm_campaign/utm_content; "tags" is a quoted ", "-joined cell; no newline after the last row.',
  },
  {
    file: 'dub-clicks-export.csv',
    layout: 'dub-events',
    headerRow: 1,
    rowsRead: 23,
    totalClicks: 23,
    campaign: UTM,
    byCreator: { mayamakes: 10, leoglows: 7, junipertalks: 3 },
    byCreatorDay: {
      mayamakes: { '2026-03-02': 3, '2026-03-03': 2, '2026-03-04': 1, '2026-03-05': 4 },
      leoglows: { '2026-03-02': 2, '2026-03-03': 4, '2026-03-04': 1 },
      junipertalks: { '2026-03-03': 1, '2026-03-05': 2 },
    },
    outsideCampaign: { rows: 3, clicks: 3 },
    dateRange: { from: '2026-03-02', to: '2026-03-05' },
    notes:
      'One row per click (one "QR scan"); Date is UTC ISO, all between 12:00 and 20:00 so the day is the same in the Americas and Europe.',
  },
  {
    file: 'ga4-utm-report.csv',
    layout: 'ga4',
    headerRow: 10,
    rowsRead: 13,
    totalClicks: 530,
    campaign: UTM,
    byCreator: { mayamakes: 131, leoglows: 81, junipertalks: 21 },
    byCreatorDay: {
      mayamakes: { '2026-03-02': 41, '2026-03-03': 38, '2026-03-04': 22, '2026-03-05': 30 },
      leoglows: { '2026-03-02': 27, '2026-03-03': 35, '2026-03-04': 19 },
      junipertalks: { '2026-03-03': 9, '2026-03-05': 12 },
    },
    outsideCampaign: { rows: 4, clicks: 297 },
    dateRange: { from: '2026-03-02', to: '2026-03-05' },
    notes: 'Nine "#" preamble lines; YYYYMMDD dates; Sessions are the clicks.',
  },
];

export const REFUSED_FIXTURES: RefusedFixture[] = [
  {
    file: 'hostile-range.xlsx',
    why: 'The worksheet claims <dimension ref="A1:XFD1048576"/> (17 billion cells) but holds 5.',
    messageMatches: /range|dimension|A1:XFD1048576|cells|too (large|big)/i,
  },
  {
    file: 'zip-bomb.xlsx',
    why: 'Its zip headers declare xl/worksheets/sheet1.xml as 4,294,967,294 bytes uncompressed.',
    messageMatches: /uncompress|zip|too (large|big)|size/i,
  },
];
