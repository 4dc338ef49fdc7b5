/** Stored orders as the orders screen, the CLI and the reports see them. */

/** Financial statuses that count (METRICS.md, "Which orders count"). */
export const COUNTED_STATUSES = ['paid', 'partially_paid', 'partially_refunded', 'refunded', 'authorized'] as const;

/** Why an order does or does not count; `counts` is the only one that does. */
export const ORDER_STANDINGS = ['counts', 'cancelled', 'test', 'pending', 'voided', 'expired', 'other'] as const;
export type OrderStanding = (typeof ORDER_STANDINGS)[number];

export const STANDING_LABELS: Record<OrderStanding, string> = {
  counts: 'Counts',
  cancelled: 'Cancelled',
  test: 'Test order',
  pending: 'Pending payment',
  voided: 'Voided',
  expired: 'Expired',
  other: 'Unknown payment status',
};

/**
 * The standing of an order from its status fields. A cancellation date wins
 * over any financial status: real exports show cancelled orders still "paid".
 */
export function orderStanding(o: {
  cancelledAt: string | null;
  isTest: boolean;
  financialStatus: string;
}): OrderStanding {
  if (o.cancelledAt) return 'cancelled';
  if (o.isTest) return 'test';
  const status = o.financialStatus;
  if ((COUNTED_STATUSES as readonly string[]).includes(status)) return 'counts';
  if (status === 'pending' || status === 'voided' || status === 'expired') return status;
  return 'other';
}

/** Revenue (METRICS.md): subtotal (after discounts) minus refunds; a refund never takes an order below zero. */
export function orderRevenue(o: { subtotalMinor: number; refundedMinor: number }): number {
  return Math.max(0, o.subtotalMinor - o.refundedMinor);
}

export const ATTRIBUTION_RULES = ['code', 'link'] as const;
export type AttributionRule = (typeof ATTRIBUTION_RULES)[number];

export interface OrderRow {
  id: number;
  externalId: string;
  orderName: string | null;
  orderDate: string;
  currency: string;
  totalMinor: number;
  subtotalMinor: number;
  refundedMinor: number;
  /** Subtotal minus refunds, never below zero (METRICS.md "Revenue"). */
  revenueMinor: number;
  financialStatus: string;
  standing: OrderStanding;
  codes: string[];
  batchId: number;
  /** In the pilot the list is filtered by: who it is credited to and why. */
  creatorId: number | null;
  creatorName: string | null;
  rule: AttributionRule | null;
  matched: string | null;
  flagged: boolean;
}

export interface OrdersPage {
  total: number;
  offset: number;
  rows: OrderRow[];
}

export interface OrderLineView {
  lineNo: number;
  sku: string | null;
  name: string | null;
  quantity: number;
  unitPriceMinor: number;
  discountMinor: number;
}

/** One pilot's reading of one order, in words a user can check. */
export interface OrderAttribution {
  pilotId: number;
  pilotName: string;
  creatorId: number | null;
  creatorName: string | null;
  rule: AttributionRule | null;
  matched: string | null;
  flagged: boolean;
  counts: boolean;
  reason: string;
}

export interface OrderDetail extends OrderRow {
  source: string;
  createdAtText: string | null;
  discountMinor: number;
  shippingMinor: number;
  taxMinor: number;
  cancelledAt: string | null;
  isTest: boolean;
  landingUrl: string | null;
  utm: { source: string | null; medium: string | null; campaign: string | null; content: string | null };
  region: string | null;
  batchFileName: string;
  lines: OrderLineView[];
  attributions: OrderAttribution[];
}

export interface ClickDay {
  /** The pilot membership (pilot creator id) the clicks belong to. */
  creatorId: number;
  day: string;
  clicks: number;
}
