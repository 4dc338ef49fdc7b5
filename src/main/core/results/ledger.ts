/**
 * What each creator has earned, order by order: the payouts' source. It is
 * the results' own computation, so the commission in a payout always equals
 * the commission on the results screen.
 */

import type { Database } from 'better-sqlite3';
import type { Pilot } from '../../../shared/entities';
import { sql } from '../db/statements';
import { computePilot, memberOrders } from './pilot-results';

export interface LedgerOrder {
  orderId: number;
  externalId: string;
  orderName: string | null;
  orderDate: string;
  revenueMinor: number;
  refundedMinor: number;
  fullyRefunded: boolean;
  newCustomer: boolean;
  /** Rev-share (with tiers) plus CPA earned by this order. */
  commissionMinor: number;
}

export interface CreatorLedger {
  pilotCreatorId: number;
  name: string;
  handle: string | null;
  payeeRef: string | null;
  orders: LedgerOrder[];
  bonusMinor: number;
  bonusReachedOn: string | null;
}

/** Every counted attributed order in the pilot currency per creator (rejected orders left out). */
export function pilotLedger(db: Database, pilotId: number): { pilot: Pilot; creators: CreatorLedger[] } {
  const { pilot, members } = computePilot(db, pilotId);
  const orders = memberOrders(
    db,
    pilot,
    members.map((m) => m.member),
  );
  const named = orderNames(db, pilotId);
  return {
    pilot,
    creators: members.map(({ member, computed }) => ({
      pilotCreatorId: member.id,
      name: member.name,
      handle: member.handles[0]?.handle ?? null,
      payeeRef: member.payeeRef,
      orders: (orders.get(member.id) ?? []).map((o) => {
        const fact = named.get(o.id);
        return {
          orderId: o.id,
          externalId: fact?.externalId ?? String(o.id),
          orderName: fact?.orderName ?? null,
          orderDate: o.orderDate,
          revenueMinor: o.revenueMinor,
          refundedMinor: fact?.refundedMinor ?? 0,
          fullyRefunded: !o.netOrder,
          newCustomer: o.newCustomer,
          commissionMinor: o.commissionMinor,
        };
      }),
      bonusMinor: computed.bonus.bonusMinor,
      bonusReachedOn: computed.bonus.reachedOn,
    })),
  };
}

/** How finance and the creator know each credited order: its shop id and name, and what was refunded. */
function orderNames(
  db: Database,
  pilotId: number,
): Map<number, { externalId: string; orderName: string | null; refundedMinor: number }> {
  const rows = sql(
    db,
    `SELECT o.id, o.external_id, o.order_name, o.refunded_minor
     FROM attributions a JOIN orders o ON o.id = a.order_id WHERE a.pilot_id = ?`,
  )
    .raw()
    .all(pilotId) as [number, string, string | null, number][];
  return new Map(
    rows.map(([id, externalId, orderName, refundedMinor]) => [id, { externalId, orderName, refundedMinor }]),
  );
}
