/**
 * Etsy Shop Manager > Download Data (formats/README.md §5): sold orders (one
 * row per order) and sold order items (one row per item, order amounts
 * repeated). Dates are MM/DD/YY.
 */

import type { OrderFormat } from './types';

export const etsyOrders: OrderFormat = {
  id: 'etsy-orders',
  label: 'Etsy sold orders',
  detect: (h) => h.has('Sale Date', 'Order ID', 'Buyer User ID'),
  groupBy: 'orderId',
  dateOrder: 'mdy',
  columns: {
    orderId: ['Order ID'],
    createdAt: ['Sale Date'],
    currency: ['Currency'],
    orderValue: ['Order Value'],
    discount: ['Discount Amount'],
    shipping: ['Shipping'],
    tax: ['Sales Tax'],
    total: ['Order Total'],
    adjustedTotal: ['Adjusted Order Total'],
    financialStatus: ['Status'],
    discountCodes: ['Coupon Code'],
    buyer: ['Buyer User ID', 'Buyer'],
    region: ['Ship Country'],
    province: ['Ship State'],
    paymentMethod: ['Payment Method'],
  },
  amounts: (rows, amount) => {
    const head = rows[0] ?? {};
    const value = amount(head.orderValue);
    const discount = amount(head.discount);
    const total = amount(head.total);
    const adjusted = amount(head.adjustedTotal);
    return {
      // Order Value is the items before the coupon; revenue is after it.
      subtotal: value === null ? null : Math.max(0, value - (discount ?? 0)),
      discount,
      shipping: amount(head.shipping),
      tax: amount(head.tax),
      total,
      // An adjusted total below the total is what was refunded.
      refunded: total !== null && adjusted !== null ? Math.max(0, total - adjusted) : null,
    };
  },
};

export const etsyItems: OrderFormat = {
  id: 'etsy-items',
  scattered: true,
  label: 'Etsy sold order items',
  detect: (h) => h.has('Sale Date', 'Item Name', 'Transaction ID', 'Order ID'),
  groupBy: 'orderId',
  dateOrder: 'mdy',
  columns: {
    orderId: ['Order ID'],
    createdAt: ['Sale Date'],
    currency: ['Currency'],
    discount: ['Discount Amount'],
    shippingDiscount: ['Shipping Discount', 'Delivery Discount'],
    shipping: ['Order Shipping', 'Delivery'],
    tax: ['Order Sales Tax'],
    subtotal: ['Item Total'],
    discountCodes: ['Coupon Code'],
    buyer: ['Buyer'],
    region: ['Ship Country', 'Delivery Country'],
    province: ['Ship State', 'Delivery State'],
    lineName: ['Item Name'],
    lineSku: ['SKU'],
    lineQuantity: ['Quantity'],
    linePrice: ['Price'],
  },
  amounts: (rows, amount) => {
    const head = rows[0] ?? {};
    let items = 0;
    for (const row of rows) items += amount(row.subtotal) ?? 0;
    const discount = amount(head.discount) ?? 0;
    const shipping = (amount(head.shipping) ?? 0) - (amount(head.shippingDiscount) ?? 0);
    const tax = amount(head.tax) ?? 0;
    const subtotal = Math.max(0, items - discount);
    // The items file has no order total: items after the coupon, plus shipping (less its discount) and tax.
    return { subtotal, discount, shipping, tax, total: subtotal + shipping + tax, refunded: null };
  },
};
