/** Shopify exports for the payout tests: explicit order ids (so a re-import updates), and shipping regions. */

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { SHOPIFY_HEADER } from '../../scripts/fixtures/shopify-export';

export interface ShopOrder {
  id: number;
  date: string;
  total: string;
  code: string;
  country?: string;
  province?: string;
  refunded?: string;
  status?: string;
  email?: string;
}

export function writeShopOrders(dir: string, fileName: string, orders: ShopOrder[]): string {
  const columns = SHOPIFY_HEADER.split(',');
  const rows = orders.map((o) => ({
    ...Object.fromEntries(columns.map((c) => [c, ''])),
    Id: String(o.id),
    Name: `#${o.id}`,
    Email: o.email ?? `buyer${o.id}@example.com`,
    'Financial Status': o.status ?? 'paid',
    Currency: 'USD',
    Subtotal: o.total,
    Shipping: '0.00',
    Taxes: '0.00',
    Total: o.total,
    'Discount Code': o.code,
    'Created at': `${o.date} 10:00:00 -0700`,
    'Lineitem quantity': '1',
    'Lineitem name': 'Glow serum',
    'Lineitem price': o.total,
    'Shipping Country': o.country ?? 'US',
    'Shipping Province': o.province ?? 'CA',
    'Refunded Amount': o.refunded ?? '0.00',
    'Payment Method': 'Shopify Payments',
  }));
  const path = join(dir, fileName);
  writeFileSync(path, Papa.unparse(rows, { columns }));
  return path;
}
