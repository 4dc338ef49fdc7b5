/** Small Shopify exports written in the test: the real 79-column header, one row per order. */

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { SHOPIFY_HEADER } from '../../scripts/fixtures/shopify-export';

export interface TestOrder {
  name: string;
  created: string;
  total: string;
  code?: string;
  status?: string;
  cancelledAt?: string;
  notes?: string;
  email?: string;
  currency?: string;
  refunded?: string;
}

let ids = 7_000_000_000_000;

export function writeShopifyCsv(dir: string, fileName: string, orders: TestOrder[]): string {
  const columns = SHOPIFY_HEADER.split(',');
  const rows = orders.map((o) => {
    const row: Record<string, string> = Object.fromEntries(columns.map((c) => [c, '']));
    Object.assign(row, {
      Name: o.name,
      Email: o.email ?? `${o.name.replace('#', 'b')}@example.com`,
      'Financial Status': o.status ?? 'paid',
      Currency: o.currency ?? 'USD',
      Subtotal: o.total,
      Shipping: '0.00',
      Taxes: '0.00',
      Total: o.total,
      'Discount Code': o.code ?? '',
      'Created at': o.created,
      'Lineitem quantity': '1',
      'Lineitem name': 'Glow serum',
      'Lineitem price': o.total,
      Notes: o.notes ?? '',
      'Cancelled at': o.cancelledAt ?? '',
      'Refunded Amount': o.refunded ?? '0.00',
      'Payment Method': 'Shopify Payments',
      Id: String(ids++),
    });
    return row;
  });
  const path = join(dir, fileName);
  writeFileSync(path, Papa.unparse(rows, { columns }));
  return path;
}
