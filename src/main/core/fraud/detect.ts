/**
 * One pilot's fraud flags, computed from its attributed counted orders in the
 * pilot's currency (orders in another currency are outside its figures).
 * One scan of the pilot's orders feeds the pure rules; the two rules that
 * look across records (a code seen in another brand's pilot, an order with
 * two creators' codes) are one aggregate query each. Nothing is stored.
 */

import type { Database } from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import type { FraudReason } from '../../../shared/fraud';
import { STANDING } from '../db/order-queries';
import { sql } from '../db/statements';
import { burstFlags } from './rules/bursts';
import { repeatBuyerFlags } from './rules/buyers';
import { lowValueFlags } from './rules/low-value';
import { outOfMarketFlags } from './rules/market';
import { refundRateFlags } from './rules/refunds';
import type { CreatorFlagFinding, OrderFlag, ReviewOrder } from './rules/types';

export interface PilotFlags {
  /** Flagged order id -> every reason it is flagged. */
  orders: Map<number, FraudReason[]>;
  creators: CreatorFlagFinding[];
  notes: string[];
}

interface PilotFacts {
  id: number;
  brandId: number | null;
  market: string | null;
  currency: string;
}

export function pilotFacts(db: Database, pilotId: number): PilotFacts {
  const p = sql(db, 'SELECT id, brand_id AS brandId, market, currency FROM pilots WHERE id = ?').get(pilotId) as
    | PilotFacts
    | undefined;
  if (!p)
    throw new ApiError('not_found', `No pilot with id ${pilotId}`, [{ field: 'pilotId', message: 'No such pilot' }]);
  return p;
}

/** Columns in ReviewOrder's order; read raw, since a 100k-order pilot is read whole. */
const ORDERS = `SELECT o.id, a.pilot_creator_id, o.order_date, o.subtotal_minor, o.refunded_minor, o.region, o.buyer_hash
  FROM attributions a JOIN orders o ON o.id = a.order_id
  WHERE a.pilot_id = ? AND o.currency = ? AND ${STANDING} = 'counts'`;

export function reviewOrders(db: Database, pilot: PilotFacts): ReviewOrder[] {
  const rows = sql(db, ORDERS).raw(true).all(pilot.id, pilot.currency) as [
    number,
    number,
    string,
    number,
    number,
    string | null,
    string | null,
  ][];
  return rows.map(([id, creatorId, date, subtotalMinor, refundedMinor, region, buyerHash]) => ({
    id,
    creatorId,
    date,
    subtotalMinor,
    refundedMinor,
    region,
    buyerHash,
  }));
}

/** Orders credited here by the creator's code that another brand's pilot credits too. */
const ACROSS_PILOTS = `SELECT pc.id AS creatorId, pc.discount_code AS code, q.name AS otherPilot,
    coalesce(qb.name, 'no brand') AS otherBrand, count(*) AS orders,
    group_concat(CASE WHEN here.order_id IS NOT NULL THEN oc.order_id END) AS ordersHere
  FROM pilots p
  JOIN pilot_creators pc ON pc.pilot_id = p.id AND pc.discount_code IS NOT NULL
  JOIN order_codes oc ON oc.code = pc.discount_code
  JOIN attributions other ON other.order_id = oc.order_id AND other.pilot_id <> p.id
  JOIN pilots q ON q.id = other.pilot_id AND q.brand_id IS NOT p.brand_id
  LEFT JOIN brands qb ON qb.id = q.brand_id
  LEFT JOIN attributions here ON here.pilot_id = p.id AND here.order_id = oc.order_id
    AND here.pilot_creator_id = pc.id
  WHERE p.id = ?
  GROUP BY pc.id, q.id
  ORDER BY pc.id, q.id`;

function acrossPilots(db: Database, pilotId: number): CreatorFlagFinding[] {
  const rows = sql(db, ACROSS_PILOTS).all(pilotId) as {
    creatorId: number;
    code: string;
    otherPilot: string;
    otherBrand: string;
    orders: number;
    ordersHere: string | null;
  }[];
  return rows.map((r) => ({
    creatorId: r.creatorId,
    rule: 'code_across_pilots',
    text: `code ${r.code} is on ${r.orders} order${r.orders === 1 ? '' : 's'} credited in pilot "${r.otherPilot}" (${r.otherBrand})`,
    orderIds: r.ordersHere ? r.ordersHere.split(',').map(Number) : [],
  }));
}

/** Orders attribution flagged for carrying codes of two or more of the pilot's creators. */
const TWO_CREATORS = `SELECT a.order_id AS orderId,
    (SELECT group_concat(code, ', ') FROM (SELECT code FROM order_codes WHERE order_id = a.order_id ORDER BY position))
      AS codes
  FROM attributions a WHERE a.pilot_id = ? AND a.flagged = 1`;

function twoCreatorsFlags(db: Database, pilotId: number): OrderFlag[] {
  const rows = sql(db, TWO_CREATORS).all(pilotId) as { orderId: number; codes: string | null }[];
  return rows.map((r) => ({
    orderId: r.orderId,
    rule: 'two_creators_codes',
    text: `carries codes of two or more of the pilot's creators (${r.codes ?? 'codes not kept'}); credited to the first listed`,
  }));
}

export function pilotFlags(db: Database, pilotId: number): PilotFlags {
  const pilot = pilotFacts(db, pilotId);
  const orders = reviewOrders(db, pilot);
  const market = outOfMarketFlags(orders, pilot.market);
  const creators = [...refundRateFlags(orders), ...acrossPilots(db, pilotId)];
  const orderFlags: OrderFlag[] = [
    ...burstFlags(orders),
    ...market.flags,
    ...repeatBuyerFlags(orders),
    ...lowValueFlags(orders, pilot.currency),
    ...twoCreatorsFlags(db, pilotId),
  ];
  for (const c of creators) for (const orderId of c.orderIds) orderFlags.push({ orderId, rule: c.rule, text: c.text });
  const byOrder = new Map<number, FraudReason[]>();
  for (const f of orderFlags) {
    const reasons = byOrder.get(f.orderId);
    const reason = { rule: f.rule, text: f.text };
    if (reasons) reasons.push(reason);
    else byOrder.set(f.orderId, [reason]);
  }
  return { orders: byOrder, creators, notes: market.note ? [market.note] : [] };
}
