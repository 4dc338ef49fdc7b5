/**
 * Fraud and anomaly review (METRICS.md "Orders flagged for fraud review are
 * held"): flags are derived from the order data each time; only a person's
 * decision is stored. A flagged order without a decision is held (its
 * commission is not payable); a rejected order earns nothing and is left out
 * of the results; a cleared order counts like any other.
 */

export const FRAUD_RULES = [
  'burst',
  'out_of_market',
  'repeat_buyer',
  'low_value_cluster',
  'refund_rate',
  'code_across_pilots',
  'two_creators_codes',
] as const;
export type FraudRule = (typeof FRAUD_RULES)[number];

export const FRAUD_RULE_LABELS: Record<FraudRule, string> = {
  burst: 'Order burst',
  out_of_market: 'Outside the market',
  repeat_buyer: 'One buyer, many orders',
  low_value_cluster: 'Low-value cluster',
  refund_rate: 'High refund rate',
  code_across_pilots: 'Code used in another brand’s pilot',
  two_creators_codes: 'Codes of two creators',
};

export const REVIEW_DECISIONS = ['cleared', 'rejected'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/** Why an order or a creator is flagged, in words a user can check against the orders. */
export interface FraudReason {
  rule: FraudRule;
  text: string;
}

export interface OrderReview {
  decision: ReviewDecision;
  note: string | null;
  decidedBy: string;
  decidedAt: string;
}

export interface FlaggedOrder {
  orderId: number;
  externalId: string;
  orderName: string | null;
  orderDate: string;
  /** The pilot membership (pilot creator id) the order is credited to. */
  creatorId: number;
  creatorName: string;
  revenueMinor: number;
  /** Empty when the order is no longer flagged but keeps an earlier decision. */
  reasons: FraudReason[];
  review: OrderReview | null;
  /** Flagged and not decided: its commission is not payable. */
  held: boolean;
}

/** A flag on a creator as a whole (their orders named by it are flagged too, when there are any). */
export interface CreatorFlag {
  creatorId: number;
  creatorName: string;
  rule: FraudRule;
  text: string;
  orderCount: number;
}

export interface FraudReview {
  pilotId: number;
  currency: string;
  orders: FlaggedOrder[];
  creators: CreatorFlag[];
  heldCount: number;
  rejectedCount: number;
  clearedCount: number;
  /** What the review could not check, and why (e.g. a market that is not a country). */
  notes: string[];
}
