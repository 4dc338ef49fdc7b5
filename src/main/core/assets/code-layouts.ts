/**
 * The column layouts shops' import tools take (../shared/formats §3), kept
 * exactly: tests compare them, and the tools map columns by these names.
 */

/** Matrixify's Discounts sheet, as Ablestar's Matrixify-compatible exporter writes it. */
export const MATRIXIFY_DISCOUNT_COLUMNS = [
  'ID',
  'Title',
  'Command',
  'Discount Type',
  'Discount Value',
  'Minimum Purchase Amount',
  'Limit Total Times',
  'Limit Once Per Customer',
  'Limit Once Per Order',
  'Max Uses Per Order',
  'Minimum Quantity Of Items',
  'Status',
  'Starts At',
  'Ends At',
  'Updated At',
  'Free Shipping: Country Codes',
  'Free Shipping: Over Amount',
  'Customer Buys: Quantity',
  'Customer Buys: Collections',
  'Customer Buys: Products',
  'Customer Buys: Variants',
  'Customer Gets: Quantity',
  'Applies To: Collections',
  'Applies To: Products',
  'Applies To: Variants',
  'Applies To: Customer Groups',
  'Applies To: Customers',
  'Applies To: Customers Email',
  'Top Row',
  'Row #',
  'Code',
  'Used Count',
] as const;

/** WebToffee "Order / Coupon Import Export for WooCommerce": the coupon CSV's header keys. */
export const WEBTOFFEE_COUPON_COLUMNS = [
  'ID',
  'post_title',
  'post_excerpt',
  'post_status',
  'post_date',
  'post_author',
  'discount_type',
  'coupon_amount',
  'individual_use',
  'product_ids',
  'product_SKUs',
  'exclude_product_ids',
  'exclude_product_SKUs',
  'usage_count',
  'usage_limit',
  'usage_limit_per_user',
  'limit_usage_to_x_items',
  'date_expires',
  'free_shipping',
  'exclude_sale_items',
  'product_categories',
  'exclude_product_categories',
  'minimum_amount',
  'maximum_amount',
  'customer_email',
] as const;

export const PRINTABLE_COLUMNS = ['Creator', 'Handle', 'Platform', 'Code', 'Link'] as const;

export type Layout = readonly string[];

/** A row for a layout from the cells that are set; every other column is left empty. */
export function rowFor<T>(layout: Layout, cells: Record<string, T>): (T | null)[] {
  return layout.map((column) => cells[column] ?? null);
}
