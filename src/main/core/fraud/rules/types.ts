/**
 * What the fraud rules read: aggregates of one pilot's attributed counted
 * orders in its currency (per creator and day, per region, per buyer), so a
 * pilot of 100k orders never crosses into JavaScript order by order.
 */

import type { FraudRule } from '../../../../shared/fraud';

/** A creator's orders on one day. */
export interface CreatorDay {
  creatorId: number;
  day: string;
  orders: number;
}

/** A creator's order and refund counts (refunded = any refund on the order). */
export interface CreatorRefunds {
  creatorId: number;
  orders: number;
  refunded: number;
}

/** Orders of one buyer (email hash) through one creator. */
export interface BuyerOrders {
  creatorId: number;
  buyerHash: string;
  orders: number;
  /** All of the creator's orders. */
  creatorOrders: number;
  first: string;
  last: string;
}

export interface OrderFlag {
  orderId: number;
  rule: FraudRule;
  text: string;
}

/** A share as a whole percent for reasons ("45%"). */
export function percentText(part: number, whole: number): string {
  return `${whole === 0 ? 0 : Math.round((part * 100) / whole)}%`;
}
