/** What the fraud rules read: one pilot's attributed counted orders, in its currency, as plain values. */

import type { FraudRule } from '../../../../shared/fraud';

export interface ReviewOrder {
  id: number;
  /** The pilot membership the order is credited to. */
  creatorId: number;
  date: string;
  subtotalMinor: number;
  refundedMinor: number;
  region: string | null;
  buyerHash: string | null;
}

export interface OrderFlag {
  orderId: number;
  rule: FraudRule;
  text: string;
}

export interface CreatorFlagFinding {
  creatorId: number;
  rule: FraudRule;
  text: string;
  orderIds: number[];
}

export interface RuleFindings {
  orders: OrderFlag[];
  creators: CreatorFlagFinding[];
  notes: string[];
}

/** Orders grouped by the creator they are credited to, in date order. */
export function byCreator(orders: readonly ReviewOrder[]): Map<number, ReviewOrder[]> {
  const groups = new Map<number, ReviewOrder[]>();
  for (const o of orders) {
    const list = groups.get(o.creatorId);
    if (list) list.push(o);
    else groups.set(o.creatorId, [o]);
  }
  for (const list of groups.values()) list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id));
  return groups;
}

/** A share as a whole percent for reasons ("45%"). */
export function percentText(part: number, whole: number): string {
  return `${whole === 0 ? 0 : Math.round((part * 100) / whole)}%`;
}
