/**
 * One pilot's fraud flags, from its attributed counted orders in the pilot's
 * currency (orders in another currency are outside its figures). One
 * aggregate scan per creator, day and region feeds the pure rules (bursts,
 * market, refund rates, low-value runs), each group carrying its order ids as
 * text, read only when the group is flagged. The per-buyer count runs only
 * for buyers the buyer index says could be flagged; the code-across-pilots
 * check only when another brand's pilot credits orders. Nothing is stored:
 * the flags follow the data, and are kept per connection until anything is
 * written.
 */

import type { Database } from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import type { FraudReason, FraudRule } from '../../../shared/fraud';
import { COUNTS } from '../db/order-sql';
import { sql } from '../db/statements';
import { burstDays } from './rules/bursts';
import { repeatBuyers } from './rules/buyers';
import { type CreatorDaySubtotal, lowValueRuns } from './rules/low-value';
import { outOfMarketRegions } from './rules/market';
import { refundRateFlags } from './rules/refunds';
import { REPEAT_BUYER_MIN_ORDERS, REPEAT_BUYER_MIN_SHARE_BP } from './rules/thresholds';
import type { CreatorRefunds } from './rules/types';

export interface CreatorFinding {
  creatorId: number;
  rule: FraudRule;
  text: string;
  orderIds: number[];
}

export interface PilotFlags {
  /** Flagged order id -> every reason it is flagged. */
  orders: ReadonlyMap<number, readonly FraudReason[]>;
  creators: readonly CreatorFinding[];
  notes: readonly string[];
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

const BASE = `FROM attributions a JOIN orders o ON o.id = a.order_id
  WHERE a.pilot_id = ? AND o.currency = ? AND ${COUNTS}`;

const GROUPS = `SELECT a.pilot_creator_id, o.order_date, o.region, count(*), sum(o.refunded_minor > 0),
    sum(o.subtotal_minor), group_concat(o.id),
    group_concat(CASE WHEN o.refunded_minor > 0 THEN o.id END)
  ${BASE} GROUP BY 1, 2, 3`;
type GroupRow = [number, string, string | null, number, number, number, string, string | null];

/**
 * Buyers with at least this many orders anywhere in the workspace: an upper
 * bound on their orders through any one creator, read from the buyer index
 * alone, so the per-creator count runs only for buyers who could be flagged.
 */
const BUYER_CANDIDATES = `SELECT buyer_hash FROM orders WHERE buyer_hash IS NOT NULL
  GROUP BY buyer_hash HAVING count(*) >= ?`;

// CROSS JOIN keeps SQLite's join order: from the few candidates through the buyer index,
// not through every credit of the pilot.
const BUYERS = `SELECT a.pilot_creator_id, o.buyer_hash, count(*), min(o.order_date), max(o.order_date), group_concat(o.id)
  FROM json_each(?) j CROSS JOIN orders o ON o.buyer_hash = j.value
  CROSS JOIN attributions a ON a.pilot_id = ? AND a.order_id = o.id
  WHERE o.currency = ? AND ${COUNTS}
  GROUP BY 1, 2 HAVING count(*) >= ?`;
type BuyerRow = [number, string, number, string, string, string];

/** Pilots of another brand (or none, against a branded pilot) that credit any order. */
const UNRELATED_PILOTS = `SELECT q.id FROM pilots p JOIN pilots q ON q.id <> p.id AND q.brand_id IS NOT p.brand_id
  WHERE p.id = ? AND EXISTS (SELECT 1 FROM attributions x WHERE x.pilot_id = q.id)`;

/**
 * This pilot's creators' codes on orders those pilots credit, read from their
 * credits (not from every order carrying the codes), with the orders credited
 * here too.
 */
const ACROSS_PILOTS = `SELECT pc.id AS creatorId, pc.discount_code AS code, q.name AS otherPilot,
    coalesce(qb.name, 'no brand') AS otherBrand, count(*) AS orders,
    group_concat(CASE WHEN here.order_id IS NOT NULL THEN oc.order_id END) AS ordersHere
  FROM json_each(?) j
  CROSS JOIN pilots q ON q.id = j.value
  CROSS JOIN attributions other ON other.pilot_id = q.id
  CROSS JOIN order_codes oc ON oc.order_id = other.order_id
  CROSS JOIN pilot_creators pc ON pc.pilot_id = ? AND pc.discount_code = oc.code
  LEFT JOIN brands qb ON qb.id = q.brand_id
  LEFT JOIN attributions here ON here.pilot_id = pc.pilot_id AND here.order_id = oc.order_id
    AND here.pilot_creator_id = pc.id
  GROUP BY pc.id, q.id
  ORDER BY pc.id, q.id`;

/** Orders attribution flagged for carrying codes of two or more of the pilot's creators. */
const TWO_CREATORS = `SELECT a.order_id AS orderId,
    (SELECT group_concat(code, ', ') FROM (SELECT code FROM order_codes WHERE order_id = a.order_id ORDER BY position))
      AS codes
  FROM attributions a WHERE a.pilot_id = ? AND a.flagged = 1`;

const ids = (list: string | null): number[] => (list ? list.split(',').map(Number) : []);

function computeFlags(db: Database, pilotId: number): PilotFlags {
  const pilot = pilotFacts(db, pilotId);
  const flags = new Map<number, FraudReason[]>();
  const flag = (orderIds: readonly number[], rule: FraudRule, text: string) => {
    for (const id of orderIds) {
      const reasons = flags.get(id);
      if (reasons) reasons.push({ rule, text });
      else flags.set(id, [{ rule, text }]);
    }
  };

  const groups = sql(db, GROUPS).raw(true).all(pilot.id, pilot.currency) as GroupRow[];
  const days = new Map<string, CreatorDaySubtotal & { ids: string[] }>();
  const regions = new Map<string, string[]>();
  const refunds = new Map<number, CreatorRefunds & { ids: string[] }>();
  for (const [creatorId, day, region, n, refunded, sum, idList, refundedIds] of groups) {
    const key = `${creatorId}|${day}`;
    const d = days.get(key) ?? { creatorId, day, orders: 0, subtotalMinor: 0, ids: [] };
    d.orders += n;
    d.subtotalMinor += sum;
    d.ids.push(idList);
    days.set(key, d);
    if (region) regions.set(region, [...(regions.get(region) ?? []), idList]);
    const r = refunds.get(creatorId) ?? { creatorId, orders: 0, refunded: 0, ids: [] };
    r.orders += n;
    r.refunded += refunded;
    if (refundedIds) r.ids.push(refundedIds);
    refunds.set(creatorId, r);
  }

  for (const b of burstDays([...days.values()])) {
    flag(days.get(`${b.creatorId}|${b.day}`)?.ids.flatMap(ids) ?? [], 'burst', b.text);
  }
  const market = outOfMarketRegions([...regions.keys()], pilot.market);
  for (const [region, text] of market.outside) flag(regions.get(region)?.flatMap(ids) ?? [], 'out_of_market', text);

  // The fewest orders any creator's repeat-buyer flag needs (count and share of their orders).
  let needed = Number.POSITIVE_INFINITY;
  for (const r of refunds.values()) {
    needed = Math.min(
      needed,
      Math.max(REPEAT_BUYER_MIN_ORDERS, Math.ceil((r.orders * REPEAT_BUYER_MIN_SHARE_BP) / 10_000)),
    );
  }
  const candidates = Number.isFinite(needed) ? (sql(db, BUYER_CANDIDATES).pluck().all(needed) as string[]) : [];
  if (candidates.length > 0) {
    const buyerRows = sql(db, BUYERS)
      .raw(true)
      .all(JSON.stringify(candidates), pilot.id, pilot.currency, REPEAT_BUYER_MIN_ORDERS) as BuyerRow[];
    const buyerIds = new Map(buyerRows.map((r) => [`${r[0]}|${r[1]}`, r[5]]));
    const buyers = buyerRows.map(([creatorId, buyerHash, n, first, last]) => ({
      creatorId,
      buyerHash,
      orders: n,
      creatorOrders: refunds.get(creatorId)?.orders ?? n,
      first,
      last,
    }));
    for (const b of repeatBuyers(buyers)) {
      flag(ids(buyerIds.get(`${b.creatorId}|${b.buyerHash}`) ?? null), 'repeat_buyer', b.text);
    }
  }

  for (const run of lowValueRuns([...days.values()], pilot.currency)) {
    flag(
      run.days.flatMap((day) => days.get(`${run.creatorId}|${day}`)?.ids.flatMap(ids) ?? []),
      'low_value_cluster',
      run.text,
    );
  }

  const twoCreators = sql(db, TWO_CREATORS).all(pilot.id) as { orderId: number; codes: string | null }[];
  for (const t of twoCreators) {
    flag(
      [t.orderId],
      'two_creators_codes',
      `carries codes of two or more of the pilot's creators (${t.codes ?? 'codes not kept'}); credited to the first listed`,
    );
  }

  const creators: CreatorFinding[] = refundRateFlags([...refunds.values()]).map((f) => ({
    creatorId: f.creatorId,
    rule: 'refund_rate',
    text: f.text,
    orderIds: refunds.get(f.creatorId)?.ids.flatMap(ids) ?? [],
  }));
  const unrelated = sql(db, UNRELATED_PILOTS).pluck().all(pilot.id) as number[];
  const across = (unrelated.length === 0 ? [] : sql(db, ACROSS_PILOTS).all(JSON.stringify(unrelated), pilot.id)) as {
    creatorId: number;
    code: string;
    otherPilot: string;
    otherBrand: string;
    orders: number;
    ordersHere: string | null;
  }[];
  for (const r of across) {
    creators.push({
      creatorId: r.creatorId,
      rule: 'code_across_pilots',
      text: `code ${r.code} is on ${r.orders} order${r.orders === 1 ? '' : 's'} credited in pilot "${r.otherPilot}" (${r.otherBrand})`,
      orderIds: ids(r.ordersHere),
    });
  }
  for (const c of creators) flag(c.orderIds, c.rule, c.text);

  return { orders: flags, creators, notes: market.note ? [market.note] : [] };
}

const cache = new WeakMap<Database, Map<number, { version: string; flags: PilotFlags }>>();

/**
 * The pilot's flags (read-only). Kept until this connection writes anything
 * (total_changes) or another connection commits (data_version), so results,
 * payouts and the review screen can ask often without recomputing.
 */
export function pilotFlags(db: Database, pilotId: number): PilotFlags {
  const version = `${db.pragma('data_version', { simple: true })}:${sql(db, 'SELECT total_changes()').pluck().get()}`;
  let byPilot = cache.get(db);
  if (!byPilot) {
    byPilot = new Map();
    cache.set(db, byPilot);
  }
  const kept = byPilot.get(pilotId);
  if (kept?.version === version) return kept.flags;
  const flags = computeFlags(db, pilotId);
  // Inside a transaction the data may still be rolled back, without undoing total_changes: not kept.
  if (!db.inTransaction) byPilot.set(pilotId, { version, flags });
  return flags;
}
