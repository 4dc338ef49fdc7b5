/** Many orders from one buyer (by email hash) through one creator: a creator buying through their own code, or a reseller. */

import { REPEAT_BUYER_MIN_ORDERS } from './thresholds';
import type { OrderFlag, ReviewOrder } from './types';

export function repeatBuyerFlags(orders: readonly ReviewOrder[]): OrderFlag[] {
  const groups = new Map<string, ReviewOrder[]>();
  for (const o of orders) {
    if (!o.buyerHash) continue;
    const key = `${o.creatorId}\u001f${o.buyerHash}`;
    const list = groups.get(key);
    if (list) list.push(o);
    else groups.set(key, [o]);
  }
  const flags: OrderFlag[] = [];
  for (const list of groups.values()) {
    if (list.length < REPEAT_BUYER_MIN_ORDERS) continue;
    const dates = list.map((o) => o.date).sort();
    const text = `${list.length} orders from one buyer through this creator, ${dates[0]} to ${dates[dates.length - 1]}`;
    for (const o of list) flags.push({ orderId: o.id, rule: 'repeat_buyer', text });
  }
  return flags;
}
