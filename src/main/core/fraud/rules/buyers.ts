/** Many orders from one buyer (by email hash) through one creator: a creator buying through their own code, or a reseller. */

import { REPEAT_BUYER_MIN_ORDERS } from './thresholds';
import type { BuyerOrders } from './types';

export interface RepeatBuyer {
  creatorId: number;
  buyerHash: string;
  text: string;
}

export function repeatBuyers(groups: readonly BuyerOrders[]): RepeatBuyer[] {
  return groups
    .filter((g) => g.orders >= REPEAT_BUYER_MIN_ORDERS)
    .map((g) => ({
      creatorId: g.creatorId,
      buyerHash: g.buyerHash,
      text: `${g.orders} orders from one buyer through this creator, ${g.first} to ${g.last}`,
    }));
}
