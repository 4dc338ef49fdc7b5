/**
 * Shopify Admin > Orders > Export (formats/README.md §1): one row per line
 * item; order fields on the first row only; `Id` is the only stable key, but
 * continuation rows carry just `Name`, so rows group by `Name`.
 */

import { UTM_COLUMNS } from './shared-columns';
import type { OrderFormat } from './types';

/** Columns Shopify and Squarespace name alike (Squarespace copied Shopify's export). */
const SHOPIFY_LIKE = {
  createdAt: ['Created at'],
  currency: ['Currency'],
  subtotal: ['Subtotal'],
  discount: ['Discount Amount'],
  shipping: ['Shipping'],
  tax: ['Taxes'],
  total: ['Total'],
  financialStatus: ['Financial Status'],
  cancelledAt: ['Cancelled at'],
  discountCodes: ['Discount Code'],
  buyer: ['Email'],
  region: ['Shipping Country', 'Billing Country'],
  province: ['Shipping Province', 'Billing Province'],
  paymentMethod: ['Payment Method'],
  lineName: ['Lineitem name'],
  lineSku: ['Lineitem sku'],
  lineQuantity: ['Lineitem quantity'],
  linePrice: ['Lineitem price'],
  ...UTM_COLUMNS,
} as const;

export const shopify: OrderFormat = {
  id: 'shopify',
  label: 'Shopify orders export',
  detect: (h) => h.has('Name', 'Financial Status', 'Lineitem name'),
  groupBy: 'orderName',
  dateOrder: 'ymd',
  columns: {
    ...SHOPIFY_LIKE,
    orderId: ['Id'],
    orderName: ['Name'],
    refunded: ['Refunded Amount'],
    notes: ['Notes'],
    noteAttributes: ['Note Attributes'],
    tags: ['Tags'],
    lineDiscount: ['Lineitem discount'],
  },
};

/** Squarespace (§8): Shopify-like, but keyed by `Order ID` on every row. */
export const squarespace: OrderFormat = {
  id: 'squarespace',
  label: 'Squarespace orders export',
  detect: (h) => h.has('Order ID', 'Lineitem name', 'Financial Status') && !h.has('Name'),
  groupBy: 'orderId',
  columns: {
    ...SHOPIFY_LIKE,
    orderId: ['Order ID'],
    refunded: ['Amount Refunded'],
    notes: ['Private Notes'],
  },
  amounts: (rows, amount) => {
    const head = rows[0] ?? {};
    const subtotal = amount(head.subtotal);
    const discount = amount(head.discount);
    // Squarespace's Subtotal is before the discount; revenue is after it.
    return {
      subtotal: subtotal === null ? null : Math.max(0, subtotal - Math.abs(discount ?? 0)),
      discount,
      shipping: amount(head.shipping),
      tax: amount(head.tax),
      total: amount(head.total),
      refunded: amount(head.refunded),
    };
  },
};
