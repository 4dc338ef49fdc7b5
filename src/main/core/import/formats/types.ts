/**
 * A shop export layout: how to recognise its header, which header names hold
 * which field, and how its rows make orders. Formats are data plus a few
 * small hooks for cells that pack several values (coupon lists, line items).
 */

import type { DateOrder, OrderField } from '../../../../shared/imports';
import type { Header } from '../header';

/** Fields read beyond the ones a user can map by hand. */
export type ExtraField =
  | 'paymentMethod'
  | 'tags'
  | 'noteAttributes'
  | 'lineDiscount'
  | 'province'
  | 'time'
  | 'eventType'
  | 'subtotalExTax'
  | 'orderValue'
  | 'adjustedTotal'
  | 'shippingDiscount'
  | 'refundItems'
  | 'packedLines';
export type ReadField = OrderField | ExtraField;

/** One row's cells by field; a field the file lacks is absent. */
export type RowFields = Partial<Record<ReadField, string>>;

export interface LineText {
  name: string;
  sku: string;
  quantity: string;
  price: string;
  discount: string;
}

/** Amounts an order's rows add up to, in minor units; null where the file has no such column. */
export interface OrderAmounts {
  subtotal: number | null;
  discount: number | null;
  shipping: number | null;
  tax: number | null;
  total: number | null;
  refunded: number | null;
}

export interface OrderFormat {
  id: string;
  label: string;
  /** Recognises the layout from its header alone. */
  detect(header: Header): boolean;
  columns: Partial<Record<ReadField, readonly string[]>>;
  /**
   * The column whose value is the same on every row of one order. Rows where
   * it is empty continue the order above (layouts that print order fields on
   * its first row only).
   */
  groupBy: 'orderId' | 'orderName';
  /**
   * Rows of one order may be anywhere in the file, and `amounts` reads every
   * row (items files, refund rows). Otherwise an order's rows are adjacent and
   * only its first row's order fields are kept.
   */
  scattered?: boolean;
  /** Rows carry only tracked-link parameters for orders already imported (analytics reports). */
  utmOnly?: boolean;
  /** A date order the layout always uses; otherwise it is read off the file. */
  dateOrder?: DateOrder;
  /** Discount codes in one cell; the default splits on commas. */
  codes?(cell: string): string[];
  /** Columns, beyond `packedLines`, that each pack one line item (WebToffee's line_item_1..N). */
  packedLineColumns?: RegExp;
  /** Line items packed in one cell (BigCommerce, WooCommerce plugins). */
  lines?(cell: string): LineText[];
  /**
   * Per-order amounts for layouts that spread them over rows or leave out the
   * subtotal; `amount(field, row)` reads one cell as minor units (null if empty).
   */
  amounts?(rows: RowFields[], amount: (text: string | undefined) => number | null): OrderAmounts;
}
