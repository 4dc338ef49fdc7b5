/**
 * One planner for preview and commit: decides, for every order read, whether
 * it is added, updated, already imported or excluded, against the workspace
 * as it is now. The preview runs it without writing; the commit runs it again
 * inside its transaction and writes exactly what it decided.
 */

import type { Database } from 'better-sqlite3';
import type { OrderChange, RowProblem } from '../../../../shared/imports';
import { minorToDecimal } from '../../../../shared/money';
import { orderStanding } from '../../../../shared/orders';
import { brandCurrencies } from '../../db/brands';
import { type NewOrder, orderFingerprint, storedKeys, storedOrder } from '../../db/orders';
import { sql } from '../../db/statements';
import { BucketTally } from '../buckets';
import type { ParsedOrder } from './finalize';
import type { OrderRead } from './read-orders';

export interface OrderDecision {
  order: ParsedOrder;
  bucket: 'added' | 'updated' | 'unchanged' | 'excluded';
  reason: string | null;
  storedId: number | null;
}

export interface OrderPlan {
  decisions: OrderDecision[];
  tally: BucketTally;
  changed: OrderChange[];
  /** Rows the plan refuses (an analytics row for an order not imported yet). */
  problems: RowProblem[];
}

const MAX_CHANGES_LISTED = 200;

export function planOrders(db: Database, read: OrderRead, brandId: number | null): OrderPlan {
  const tally = new BucketTally();
  const currencies = brandCurrencies(db, brandId);
  const storedBySource = new Map<string, ReturnType<typeof storedKeys>>();
  const decisions: OrderDecision[] = [];
  const changed: OrderChange[] = [];
  const problems: RowProblem[] = [];

  for (const parsed of read.orders) {
    let stored = storedBySource.get(parsed.source);
    if (!stored) {
      stored = storedKeys(db, parsed.source);
      storedBySource.set(parsed.source, stored);
    }
    const existing = stored.get(parsed.externalId) ?? (parsed.utmOnly ? byOrderName(db, parsed.externalId) : undefined);
    const order = parsed.utmOnly && existing ? withUtm(db, existing.id, parsed) : parsed;
    if (parsed.utmOnly && !existing) {
      const message = `order ${parsed.externalId} is not in the workspace yet; import the shop's orders export first`;
      problems.push({ row: parsed.firstRow, field: 'orderId', message });
      tally.add('rejected', 'order not imported yet', parsed.rowCount, 1, null);
      continue;
    }
    const decision = decide(order, existing, currencies);
    decisions.push(decision);
    tally.add(decision.bucket, decision.reason, order.rowCount, 1, {
      currency: order.currency,
      minor: order.totalMinor,
    });
    if (decision.bucket === 'updated' && decision.storedId !== null && changed.length < MAX_CHANGES_LISTED) {
      changed.push({
        externalId: order.externalId,
        orderName: order.orderName,
        changes: describeChanges(storedOrder(db, decision.storedId), order),
      });
    }
  }
  for (const r of read.rejected) tally.add('rejected', r.problem.message, r.rowCount, 1, r.total);
  for (const a of read.setAside) tally.add(a.bucket, a.reason, 1, 0, null);
  return { decisions, tally, changed, problems };
}

/** Analytics reports may name an order by its number ("#1001" or "1001") rather than its id. */
function byOrderName(db: Database, name: string): { id: number; fingerprint: string | null } | undefined {
  return sql(db, 'SELECT id, fingerprint FROM orders WHERE order_name IN (?, ?) ORDER BY id LIMIT 1').get(
    name,
    `#${name}`,
  ) as { id: number; fingerprint: string | null } | undefined;
}

/** The stored order with the report's parameters in place of its own (where the report names one). */
function withUtm(db: Database, id: number, report: ParsedOrder): ParsedOrder {
  const stored = storedOrder(db, id);
  return {
    ...stored,
    landingUrl: report.landingUrl ?? stored.landingUrl,
    utm: {
      source: report.utm.source ?? stored.utm.source,
      medium: report.utm.medium ?? stored.utm.medium,
      campaign: report.utm.campaign ?? stored.utm.campaign,
      content: report.utm.content ?? stored.utm.content,
    },
    firstRow: report.firstRow,
    rowCount: report.rowCount,
  };
}

function decide(
  order: ParsedOrder,
  existing: { id: number; fingerprint: string | null } | undefined,
  currencies: Set<string>,
): OrderDecision {
  if (existing) {
    const same = existing.fingerprint === orderFingerprint(order);
    return { order, bucket: same ? 'unchanged' : 'updated', reason: null, storedId: existing.id };
  }
  const standing = orderStanding(order);
  if (standing !== 'counts') {
    return { order, bucket: 'excluded', reason: EXCLUSION[standing] ?? standing, storedId: null };
  }
  if (currencies.size > 0 && !currencies.has(order.currency)) {
    return { order, bucket: 'excluded', reason: 'other currency', storedId: null };
  }
  return { order, bucket: 'added', reason: null, storedId: null };
}

const EXCLUSION: Record<string, string> = {
  cancelled: 'cancelled',
  test: 'test',
  pending: 'pending',
  voided: 'voided',
  expired: 'expired',
  other: 'unknown payment status',
};

/** What a newer export changed, in words: "refunded 12.00 -> 40.00", "now cancelled". */
export function describeChanges(before: NewOrder, after: NewOrder): string[] {
  const out: string[] = [];
  if (!before.cancelledAt && after.cancelledAt) out.push('now cancelled');
  if (before.financialStatus !== after.financialStatus) {
    out.push(`status ${before.financialStatus} → ${after.financialStatus}`);
  }
  const money: Array<[string, number, number]> = [
    ['refunded', before.refundedMinor, after.refundedMinor],
    ['total', before.totalMinor, after.totalMinor],
    ['subtotal', before.subtotalMinor, after.subtotalMinor],
  ];
  const text = (minor: number) => minorToDecimal(minor, after.currency);
  for (const [label, a, b] of money) if (a !== b) out.push(`${label} ${text(a)} → ${text(b)}`);
  if (before.discountCodes.join(',') !== after.discountCodes.join(',')) out.push('discount codes changed');
  if (JSON.stringify(before.utm) !== JSON.stringify(after.utm)) out.push('tracking parameters changed');
  if (before.lines.length !== after.lines.length) out.push(`line items ${before.lines.length} → ${after.lines.length}`);
  if (out.length === 0) out.push('other details changed');
  return out;
}
