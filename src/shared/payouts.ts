/**
 * Money owed to creators (METRICS.md): commission on an order is payable once
 * the order is older than the pilot's return window at the period's end, is
 * not fully refunded and not held for fraud review. A payout, once approved,
 * is a record finance reconciles against: its lines say which orders (and
 * which corrections) make up the amount. Money is integer minor units.
 */

export const PAYOUT_LINE_KINDS = ['commission', 'adjustment', 'bonus'] as const;
export type PayoutLineKind = (typeof PAYOUT_LINE_KINDS)[number];

export const PENDING_REASONS = ['return_window', 'held', 'refunded'] as const;
export type PendingReason = (typeof PENDING_REASONS)[number];

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface PayoutLineDraft {
  kind: PayoutLineKind;
  /** Null for a bonus. */
  orderId: number | null;
  /** The order's name (or external id) as the statement shows it. */
  orderRef: string | null;
  orderDate: string | null;
  amountMinor: number;
  /** Why the line is there, in words ("refunded after payout: 38.00 paid, 0.00 earned now"). */
  note: string;
}

export interface PendingOrder {
  orderId: number;
  orderRef: string;
  orderDate: string;
  /** The commission waiting on it (0 for a fully refunded order: it will not be paid). */
  amountMinor: number;
  reason: PendingReason;
  /** "in return window until 2026-04-12", "held for fraud review: ...", "fully refunded". */
  text: string;
}

export interface CreatorPayoutPreview {
  /** The pilot membership (pilot creator id). */
  creatorId: number;
  name: string;
  handle: string | null;
  payeeRef: string | null;
  /** Commission on the orders payable now. */
  payableMinor: number;
  /** Orders behind payableMinor. */
  orderCount: number;
  adjustmentMinor: number;
  bonusMinor: number;
  /** What approving pays: payable + adjustments + bonus. */
  totalMinor: number;
  /** Commission waiting on the return window or a fraud review. */
  pendingMinor: number;
  pending: PendingOrder[];
  lines: PayoutLineDraft[];
  /** Why approving this creator now would not create a payout; null when it would. */
  blocked: string | null;
}

export interface PayoutPreview {
  pilotId: number;
  currency: string;
  periodStart: string;
  periodEnd: string;
  returnWindowDays: number;
  /** Orders dated on or before this day are past the return window at the period's end. */
  payableThrough: string;
  creators: CreatorPayoutPreview[];
  totalMinor: number;
}

export interface Payout {
  id: number;
  pilotId: number;
  creatorId: number;
  creatorName: string;
  payeeRef: string | null;
  periodStart: string;
  periodEnd: string;
  currency: string;
  amountMinor: number;
  orderCount: number;
  approvedBy: string;
  approvedAt: string;
  paidBy: string | null;
  paidAt: string | null;
}

export interface ApproveResult {
  payouts: Payout[];
  /** Creators left out, and why (nothing payable, nets below zero, period already approved). */
  skipped: { creatorId: number; name: string; reason: string }[];
}

export interface ExportResult {
  path: string;
  bytes: number;
  /** Data rows written (payouts, or statement lines), header and totals aside. */
  rows: number;
  totalMinor: number;
  currency: string;
}
