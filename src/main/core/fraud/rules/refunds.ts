/**
 * Refund rates far above the pilot's: a creator whose buyers return much more
 * than everyone else's (orders placed to earn commission, then refunded). A
 * creator-level flag; it also flags that creator's refunded orders, since
 * those are the ones in doubt. Refunded = any refund on the order.
 */

import { REFUND_RATE_MIN_GAP_BP, REFUND_RATE_MIN_ORDERS, REFUND_RATE_MULTIPLE } from './thresholds';
import { byCreator, type CreatorFlagFinding, percentText, type ReviewOrder } from './types';

export function refundRateFlags(orders: readonly ReviewOrder[]): CreatorFlagFinding[] {
  const pilotRefunded = orders.filter((o) => o.refundedMinor > 0).length;
  const pilotOrders = orders.length;
  if (pilotOrders === 0) return [];
  const flags: CreatorFlagFinding[] = [];
  for (const [creatorId, list] of byCreator(orders)) {
    if (list.length < REFUND_RATE_MIN_ORDERS) continue;
    const refunded = list.filter((o) => o.refundedMinor > 0);
    // Rates compared as fractions in integers: r/n >= k * R/N and r/n - R/N >= gap.
    const r = refunded.length;
    const n = list.length;
    const farAbove = r * pilotOrders >= REFUND_RATE_MULTIPLE * pilotRefunded * n;
    const gapOk = (r * pilotOrders - pilotRefunded * n) * 10_000 >= REFUND_RATE_MIN_GAP_BP * n * pilotOrders;
    if (!farAbove || !gapOk) continue;
    flags.push({
      creatorId,
      rule: 'refund_rate',
      text: `refund rate ${percentText(r, n)} (${r} of ${n} orders) against the pilot's ${percentText(pilotRefunded, pilotOrders)}`,
      orderIds: refunded.map((o) => o.id),
    });
  }
  return flags;
}
