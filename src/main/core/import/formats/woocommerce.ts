/**
 * WooCommerce order exports (formats/README.md §4): the Analytics download
 * and three export plugins. Coupons and line items are often packed into one
 * cell; order-attribution meta columns carry the UTM values when present.
 */

import { packedEntries, UTM_COLUMNS, WOO_ATTRIBUTION_COLUMNS } from './shared-columns';
import type { LineText, OrderAmounts, OrderFormat, RowFields } from './types';

const splitComma = (cell: string) => cell.split(',').map((c) => c.trim());

/** Analytics > Orders > Download: one row per order, refunds as extra rows with negative sales. */
export const wooAnalytics: OrderFormat = {
  id: 'woo-analytics',
  scattered: true,
  label: 'WooCommerce Analytics orders download',
  detect: (h) => h.has('Date', 'Order #', 'Status', 'Coupon(s)'),
  groupBy: 'orderId',
  columns: {
    orderId: ['Order #'],
    orderName: ['Order #'],
    createdAt: ['Date'],
    financialStatus: ['Status'],
    discountCodes: ['Coupon(s)'],
    // The only buyer identity in this download is the name; only its salted hash is kept.
    buyer: ['Customer'],
    total: ['N. Revenue (formatted)', 'Net Sales', 'Net sales'],
    subtotal: ['Net Sales', 'Net sales'],
    packedLines: ['Product(s)'],
  },
  codes: splitComma,
  lines: (cell) =>
    cell
      .split(/,\s*(?=\d+\s*[×x]\s)/)
      .map((part) => /^(\d+)\s*[×x]\s*(.+)$/.exec(part.trim()))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => ({ name: (m[2] ?? '').trim(), sku: '', quantity: m[1] ?? '1', price: '', discount: '' })),
  amounts: (rows, amount) => {
    let sales = 0;
    let total = 0;
    let refunded = 0;
    for (const row of rows) {
      const net = amount(row.subtotal ?? row.total) ?? 0;
      if (net < 0) {
        refunded -= net;
        continue;
      }
      // Net sales exclude shipping and taxes: they are the merchandise revenue.
      sales += net;
      total += amount(row.total) ?? net;
    }
    return { subtotal: sales, discount: null, shipping: null, tax: null, total, refunded };
  },
};

/** "Advanced Order Export For WooCommerce" (algolplus): labels are the header text. */
export const wooAdvanced: OrderFormat = {
  id: 'woo-advanced',
  label: 'WooCommerce Advanced Order Export',
  detect: (h) => h.has('Order Number', 'Order Status', 'Order Date'),
  groupBy: 'orderId',
  columns: {
    orderId: ['Order ID', 'Order Number'],
    orderName: ['Order Number'],
    createdAt: ['Order Date'],
    currency: ['Currency'],
    subtotal: ['Order Subtotal Amount'],
    discount: ['Cart Discount Amount'],
    shipping: ['Order Shipping Amount'],
    tax: ['Order Total Tax Amount', 'Order Tax Amount'],
    total: ['Order Total Amount'],
    refunded: ['Order Refund Amount'],
    financialStatus: ['Order Status'],
    discountCodes: ['Coupons Used', 'Coupon Code'],
    buyer: ['Email (Billing)'],
    region: ['Country Code (Shipping)', 'Country Code (Billing)'],
    province: ['State Code (Shipping)', 'State Code (Billing)'],
    notes: ['Customer Note'],
    paymentMethod: ['Payment Method Title'],
    lineName: ['Item Name', 'Name'],
    lineSku: ['SKU'],
    lineQuantity: ['Quantity'],
    linePrice: ['Item Cost'],
    ...UTM_COLUMNS,
    ...WOO_ATTRIBUTION_COLUMNS,
  },
  codes: splitComma,
  amounts: (rows, amount) => {
    const head = rows[0] ?? {};
    const subtotal = amount(head.subtotal);
    const discount = amount(head.discount);
    // The plugin's subtotal is before cart discounts; revenue is after them.
    return {
      subtotal: subtotal === null ? null : subtotal - (discount ?? 0),
      discount,
      shipping: amount(head.shipping),
      tax: amount(head.tax),
      total: amount(head.total),
      refunded: amount(head.refunded),
    };
  },
};

const couponCodes = (cell: string) => packedEntries(cell).flatMap((e) => (e.code ? [e.code] : []));

/** Order total less shipping and taxes: merchandise after discounts, which these layouts do not print. */
function derivedSubtotal(head: RowFields, amount: (text: string | undefined) => number | null): OrderAmounts {
  const total = amount(head.total);
  const shipping = amount(head.shipping);
  const tax = amount(head.tax);
  return {
    subtotal: total === null ? null : Math.max(0, total - (shipping ?? 0) - (tax ?? 0)),
    discount: amount(head.discount),
    shipping,
    tax,
    total,
    refunded: amount(head.refunded),
  };
}

const wooPluginColumns = {
  orderId: ['order_id'],
  orderName: ['order_number_formatted', 'order_number'],
  currency: ['order_currency'],
  discount: ['discount_total'],
  shipping: ['shipping_total'],
  tax: ['tax_total'],
  total: ['order_total'],
  refunded: ['refunded_total'],
  financialStatus: ['status'],
  discountCodes: ['coupon_items'],
  region: ['shipping_country', 'billing_country'],
  province: ['shipping_state', 'billing_state'],
  notes: ['customer_note'],
  paymentMethod: ['payment_method_title', 'payment_method'],
  ...WOO_ATTRIBUTION_COLUMNS,
} as const;

/** SkyVerge "Customer/Order/Coupon Export": one row per order, or per item with order fields repeated. */
export const wooSkyverge: OrderFormat = {
  id: 'woo-skyverge',
  label: 'WooCommerce Customer/Order Export (SkyVerge)',
  detect: (h) => h.has('order_id', 'order_number', 'date', 'status', 'order_total'),
  groupBy: 'orderId',
  columns: {
    ...wooPluginColumns,
    createdAt: ['date'],
    buyer: ['billing_email', 'customer_id'],
    lineName: ['item_name'],
    lineSku: ['item_sku'],
    lineQuantity: ['item_quantity'],
    linePrice: ['item_price'],
    packedLines: ['line_items'],
  },
  codes: couponCodes,
  lines: packedLines,
  amounts: (rows, amount) => derivedSubtotal(rows[0] ?? {}, amount),
};

/** WebToffee "Order Export & Order Import": packed coupon and line item cells; dates without offset. */
export const wooWebtoffee: OrderFormat = {
  id: 'woo-webtoffee',
  label: 'WooCommerce Order Export (WebToffee)',
  detect: (h) => h.has('order_id', 'order_number', 'order_date', 'order_total'),
  groupBy: 'orderId',
  columns: {
    ...wooPluginColumns,
    createdAt: ['order_date'],
    buyer: ['customer_email', 'billing_email', 'customer_id'],
    subtotal: ['order_subtotal'],
    refundItems: ['refund_items'],
  },
  packedLineColumns: /^line_item_\d+$/,
  codes: couponCodes,
  lines: packedLines,
  amounts: (rows, amount) => {
    const head = rows[0] ?? {};
    const subtotal = amount(head.subtotal);
    const discount = amount(head.discount);
    const refunds = packedEntries(head.refundItems ?? '').reduce((n, e) => n + Math.abs(amount(e.amount) ?? 0), 0);
    // order_subtotal is before coupons; revenue is after them.
    return {
      subtotal: subtotal === null ? null : Math.max(0, subtotal - Math.abs(discount ?? 0)),
      discount,
      shipping: amount(head.shipping),
      tax: amount(head.tax),
      total: amount(head.total),
      refunded: refunds,
    };
  },
};

function packedLines(cell: string): LineText[] {
  return packedEntries(cell).map((e) => ({
    name: e.name ?? '',
    sku: e.sku ?? '',
    quantity: e.quantity ?? e.qty ?? '1',
    price: e.item_price ?? e.price ?? '',
    discount: '',
  }));
}
