/**
 * Refund rates far above the pilot's: a creator whose buyers return much more
 * than everyone else's (orders placed to earn commission, then refunded). A
 * creator-level flag; the caller flags that creator's refunded orders too,
 * since those are the ones in doubt.
 */

import { REFUND_RATE_MIN_GAP_BP, REFUND_RATE_MIN_ORDERS, REFUND_RATE_MULTIPLE } from './thresholds';
import { type CreatorRefunds, percentText } from './types';

export interface RefundFlag {
  creatorId: number;
  text: string;
}

export function refundRateFlags(creators: readonly CreatorRefunds[]): RefundFlag[] {
  let pilotOrders = 0;
  let pilotRefunded = 0;
  for (const c of creators) {
    pilotOrders += c.orders;
    pilotRefunded += c.refunded;
  }
  const flags: RefundFlag[] = [];
  for (const { creatorId, orders: n, refunded: r } of creators) {
    if (n < REFUND_RATE_MIN_ORDERS) continue;
    // Rates compared as fractions in integers: r/n >= k x R/N, and r/n - R/N >= gap.
    const farAbove = r * pilotOrders >= REFUND_RATE_MULTIPLE * pilotRefunded * n;
    const wideGap = (r * pilotOrders - pilotRefunded * n) * 10_000 >= REFUND_RATE_MIN_GAP_BP * n * pilotOrders;
    if (!farAbove || !wideGap) continue;
    flags.push({
      creatorId,
      text: `refund rate ${percentText(r, n)} (${r} of ${n} orders) against the pilot's ${percentText(pilotRefunded, pilotOrders)}`,
    });
  }
  return flags;
}
