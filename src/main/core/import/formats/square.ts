/**
 * Square exports (formats/README.md §6): Item Sales Detail (one row per item)
 * and Transactions (one row per payment). Refunds are separate rows with
 * negative amounts. Square has no coupon column; a discount's name (which a
 * merchant can set to a creator's code) is in the Transactions file.
 */

import type { OrderFormat, RowFields } from './types';

const isRefund = (row: RowFields) => (row.eventType ?? '').trim().toLowerCase() === 'refund';

const squareDate = { createdAt: ['Date'], time: ['Time'], buyer: ['Customer ID'], region: ['Location'] } as const;

export const squareItems: OrderFormat = {
  id: 'square-items',
  scattered: true,
  label: 'Square item sales detail',
  detect: (h) => h.has('Date', 'Time', 'Time Zone', 'Item', 'Qty', 'Transaction ID'),
  groupBy: 'orderId',
  columns: {
    ...squareDate,
    orderId: ['Transaction ID'],
    subtotal: ['Net Sales'],
    discount: ['Discounts'],
    tax: ['Tax'],
    eventType: ['Event Type'],
    notes: ['Notes'],
    lineName: ['Item'],
    lineSku: ['SKU'],
    lineQuantity: ['Qty'],
    linePrice: ['Gross Sales'],
  },
  amounts: (rows, amount) => {
    let subtotal = 0;
    let discount = 0;
    let tax = 0;
    let refunded = 0;
    for (const row of rows) {
      const net = amount(row.subtotal) ?? 0;
      if (isRefund(row)) {
        refunded += Math.abs(net);
        continue;
      }
      subtotal += net;
      discount += Math.abs(amount(row.discount) ?? 0);
      tax += amount(row.tax) ?? 0;
    }
    return { subtotal, discount, shipping: null, tax, total: subtotal + tax, refunded };
  },
};

export const squareTransactions: OrderFormat = {
  id: 'square-transactions',
  scattered: true,
  label: 'Square transactions',
  detect: (h) => h.has('Date', 'Time', 'Time Zone', 'Gross Sales', 'Transaction ID', 'Total Collected'),
  groupBy: 'orderId',
  columns: {
    ...squareDate,
    orderId: ['Transaction ID'],
    subtotal: ['Net Sales'],
    discount: ['Discounts'],
    tax: ['Tax'],
    total: ['Total Collected'],
    refunded: ['Partial Refunds'],
    financialStatus: ['Transaction Status'],
    discountCodes: ['Discount Name'],
    eventType: ['Event Type'],
    notes: ['Details'],
  },
  amounts: (rows, amount) => {
    let subtotal = 0;
    let discount = 0;
    let tax = 0;
    let total = 0;
    let refunded = 0;
    for (const row of rows) {
      if (isRefund(row)) {
        refunded += Math.abs(amount(row.total) ?? 0);
        continue;
      }
      subtotal += amount(row.subtotal) ?? 0;
      discount += Math.abs(amount(row.discount) ?? 0);
      tax += amount(row.tax) ?? 0;
      total += amount(row.total) ?? 0;
      refunded += Math.abs(amount(row.refunded) ?? 0);
    }
    return { subtotal, discount, shipping: null, tax, total, refunded };
  },
};
