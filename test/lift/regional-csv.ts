/** Shopify exports with a shipping region per order: the test helper's file, with the region columns filled. */

import { readFileSync, writeFileSync } from 'node:fs';
import Papa from 'papaparse';
import { type TestOrder, writeShopifyCsv } from '../helpers/shopify-csv';

export type RegionalOrder = TestOrder & { region?: string };

/** `region` is "US-CA" (country and province) or a country alone. */
export function writeRegionalCsv(dir: string, fileName: string, orders: RegionalOrder[]): string {
  const path = writeShopifyCsv(dir, fileName, orders);
  const parsed = Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), { header: true });
  const regionOf = new Map(orders.map((o) => [o.name, o.region ?? '']));
  for (const row of parsed.data) {
    const [country = '', province = ''] = (regionOf.get(row.Name ?? '') ?? '').split('-');
    row['Shipping Country'] = country;
    row['Shipping Province'] = province;
  }
  writeFileSync(path, Papa.unparse(parsed.data, { columns: parsed.meta.fields }));
  return path;
}
