/** Many orders from one buyer (by email hash) through one creator: a creator buying through their own code, or a reseller. */

import { REPEAT_BUYER_MIN_ORDERS, REPEAT_BUYER_MIN_SHARE_BP } from './thresholds';
import { type BuyerOrders, percentText } from './types';

export interface RepeatBuyer {
  creatorId: number;
  buyerHash: string;
  text: string;
}

export function repeatBuyers(groups: readonly BuyerOrders[]): RepeatBuyer[] {
  return groups
    .filter(
      (g) => g.orders >= REPEAT_BUYER_MIN_ORDERS && g.orders * 10_000 >= REPEAT_BUYER_MIN_SHARE_BP * g.creatorOrders,
    )
    .map((g) => ({
      creatorId: g.creatorId,
      buyerHash: g.buyerHash,
      text: `${g.orders} orders from one buyer through this creator (${percentText(g.orders, g.creatorOrders)} of their orders), ${g.first} to ${g.last}`,
    }));
}
