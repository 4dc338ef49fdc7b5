/**
 * Every known order layout, most specific first: the first whose header
 * signature matches reads the file. Anything else is read through a column
 * mapping the user picks (and Pilotdesk remembers by header signature).
 */

import type { OrderField } from '../../../../shared/imports';
import type { Header } from '../header';
import { bigcommerce } from './bigcommerce';
import { etsyItems, etsyOrders } from './etsy';
import { shopify, squarespace } from './shopify';
import { shopifyUtmReport } from './shopify-analytics';
import { squareItems, squareTransactions } from './square';
import type { OrderFormat } from './types';
import { wooAdvanced, wooAnalytics, wooSkyverge, wooWebtoffee } from './woocommerce';

export const ORDER_FORMATS: readonly OrderFormat[] = [
  shopify,
  squarespace,
  wooAnalytics,
  wooAdvanced,
  wooWebtoffee,
  wooSkyverge,
  etsyItems,
  etsyOrders,
  squareItems,
  squareTransactions,
  bigcommerce,
  shopifyUtmReport,
];

export const MAPPED_FORMAT_ID = 'mapped';

export function detectOrderFormat(header: Header): OrderFormat | null {
  return ORDER_FORMATS.find((f) => f.detect(header)) ?? null;
}

export function orderFormatById(id: string): OrderFormat | null {
  return ORDER_FORMATS.find((f) => f.id === id) ?? null;
}

/** A layout from a user's mapping: field -> the header that holds it. */
export function mappedFormat(mapping: Partial<Record<OrderField, string | null>>): OrderFormat {
  const columns: OrderFormat['columns'] = {};
  for (const [field, header] of Object.entries(mapping)) {
    if (header) columns[field as OrderField] = [header];
  }
  return {
    id: MAPPED_FORMAT_ID,
    label: 'Column mapping',
    detect: () => false,
    groupBy: 'orderId',
    scattered: true,
    columns,
  };
}

/** The header each field of a format reads, for the preview's column list. */
export function columnsUsed(format: OrderFormat, header: Header): Partial<Record<OrderField, string>> {
  const out: Partial<Record<OrderField, string>> = {};
  for (const [field, candidates] of Object.entries(format.columns)) {
    const i = header.find(candidates ?? []);
    if (i >= 0) out[field as OrderField] = header.names[i] ?? '';
  }
  return out;
}
