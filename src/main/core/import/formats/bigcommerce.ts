/**
 * BigCommerce Orders > Export, default template (formats/README.md §7):
 * one row per order; coupons and products packed as "Key: value, ..." text.
 */

import type { LineText, OrderFormat } from './types';

export const bigcommerce: OrderFormat = {
  id: 'bigcommerce',
  label: 'BigCommerce orders export',
  detect: (h) => h.has('Order ID', 'Customer ID', 'Order Date', 'Order Status'),
  groupBy: 'orderId',
  columns: {
    orderId: ['Order ID'],
    createdAt: ['Order Date'],
    currency: ['Order Currency Code'],
    subtotalExTax: ['Order Total (ex tax)'],
    shipping: ['Shipping Cost (ex tax)'],
    tax: ['Tax Total'],
    total: ['Order Total (inc tax)'],
    refunded: ['Refund Amount'],
    financialStatus: ['Order Status'],
    discountCodes: ['Coupon Details'],
    buyer: ['Customer Email', 'Customer ID'],
    region: ['Shipping Country', 'Billing Country'],
    province: ['Shipping State', 'Billing State'],
    notes: ['Order Notes'],
    paymentMethod: ['Payment Method'],
    packedLines: ['Product Details'],
  },
  codes: (cell) => [...cell.matchAll(/Coupon Code:\s*([^,|]+)/gi)].map((m) => (m[1] ?? '').trim()),
  lines: (cell) => cell.split('|').flatMap(productLine),
  amounts: (rows, amount) => {
    const head = rows[0] ?? {};
    const exTax = amount(head.subtotalExTax);
    const shipping = amount(head.shipping);
    return {
      // Order total before tax, less shipping: merchandise after discounts.
      subtotal: exTax === null ? null : Math.max(0, exTax - (shipping ?? 0)),
      discount: null,
      shipping,
      tax: amount(head.tax),
      total: amount(head.total),
      refunded: amount(head.refunded),
    };
  },
};

function productLine(text: string): LineText[] {
  const field = (name: string) => new RegExp(`${name}:\\s*([^,]*)`, 'i').exec(text)?.[1]?.trim() ?? '';
  const name = field('Product Name');
  if (!name && !field('Product SKU')) return [];
  return [{ name, sku: field('Product SKU'), quantity: field('Product Qty') || '1', price: '', discount: '' }];
}
