/**
 * A pilot's results: reads the facts once, hands them to the pure formulas
 * of metrics/, and shapes the answer. Orders are summed per creator and day
 * in SQL; the ledger (payouts) and the explanations (drill-down) read the
 * same orders one by one through `memberOrders`, and a day's figures are the
 * sums of its orders', so a figure on the screen, in a payout and in an
 * explanation can never disagree.
 */

import type { Database } from 'better-sqlite3';
import { addDays } from '../../../shared/dates';
import { type Pilot, type PilotCreator, takesPart } from '../../../shared/entities';
import { formatMoney } from '../../../shared/money';
import {
  type CreatorResult,
  type OtherCurrencyTotal,
  type PilotResults,
  REPEAT_WINDOWS,
  type SeriesPoint,
} from '../../../shared/results';
import { pilotRules } from '../attribution/rules';
import { listCreators } from '../db/creators';
import { getPilot } from '../db/pilots';
import { heldOrderIds, rejectedOrderIds } from '../fraud/decisions';
import { orderCommissions } from '../metrics/commission';
import { type CreatorFigures, creatorFigures, type DayTotals, orderAsDay, pilotFigures } from '../metrics/figures';
import { creatorVerdict, pilotTargets } from '../metrics/verdict';
import { baselines } from './baseline';
import { type CreditedOrder, clicksByMember, coverage, creditedDays, creditedOrders } from './order-facts';

export interface MemberComputation {
  member: PilotCreator;
  /** The creator's orders summed per day, in date order, aligned with `computed.commissions`. */
  days: DayTotals[];
  computed: CreatorFigures;
}

export interface PilotComputation {
  pilot: Pilot;
  members: MemberComputation[];
  results: PilotResults;
}

export function computePilotResults(db: Database, pilotId: number): PilotResults {
  return computePilot(db, pilotId).results;
}

export function computePilot(db: Database, pilotId: number): PilotComputation {
  const pilot = getPilot(db, pilotId, 'pilotId');
  // Prospects (longlist to negotiating, declined) are not in the results yet: only members who take part.
  const members = listCreators(db, pilotId).filter((m) => takesPart(m.stage));
  const held = heldOrderIds(db, pilotId);
  const rejected = rejectedOrderIds(db, pilotId);
  const clicks = clicksByMember(db, pilotId);
  const data = coverage(db, pilot.brandId);
  const baselineOf = baselines(db, pilot, pilotRules(db, pilotId));
  const money = (minor: number) => formatMoney(minor, pilot.currency, 'en-US');

  const byMember = new Map<number, Map<string, DayTotals>>(members.map((m) => [m.id, new Map()]));
  const other = new Map<string, OtherCurrencyTotal>();
  for (const d of creditedDays(db, pilotId)) {
    if (d.currency !== pilot.currency) {
      const t = other.get(d.currency) ?? { currency: d.currency, orders: 0, revenueMinor: 0 };
      t.orders += d.orders;
      t.revenueMinor += d.revenueMinor;
      other.set(d.currency, t);
      continue;
    }
    byMember.get(d.memberId)?.set(d.orderDate, {
      orderDate: d.orderDate,
      revenueMinor: d.revenueMinor,
      netOrders: d.netOrders,
      newCustomers: d.newCustomers,
      netNewCustomers: d.netNewCustomers,
      repeatedWithin: d.repeatedWithin,
      held: 0,
    });
  }
  // Rejected orders leave the figures; held ones stay in but are counted (their commission waits).
  const reviewed = creditedOrders(db, pilotId, { ids: [...held, ...rejected] });
  for (const o of reviewed) {
    if (o.currency !== pilot.currency) {
      const t = other.get(o.currency);
      if (t && rejected.has(o.id)) {
        t.orders--;
        t.revenueMinor -= o.revenueMinor;
      }
      continue;
    }
    const day = byMember.get(o.memberId)?.get(o.orderDate);
    if (!day) continue;
    if (rejected.has(o.id)) subtract(day, orderAsDay({ ...o, held: false }));
    else day.held++;
  }

  const computations: MemberComputation[] = members.map((member) => {
    const days = [...(byMember.get(member.id)?.values() ?? [])];
    const revenue = days.reduce((t, d) => t + d.revenueMinor, 0);
    const baseline = baselineOf(member, revenue);
    const computed = creatorFigures(
      {
        terms: member,
        days,
        clicks: clicks.get(member.id) ?? null,
        baselineRevenueMinor: baseline.minor,
        baselineReason: baseline.reason,
      },
      data.to,
    );
    return { member, days, computed };
  });

  const creators: CreatorResult[] = computations.map(({ member, computed }) => {
    const verdict = creatorVerdict(computed.figures, pilot, money);
    return {
      ...computed.figures,
      id: member.id,
      creatorId: member.creatorId,
      name: member.name,
      handle: member.handles[0]?.handle ?? null,
      code: member.discountCode,
      goLiveDate: member.goLiveDate ?? pilot.startDate,
      costs: computed.costs,
      verdict: verdict.verdict,
      verdictReason: verdict.reason,
    };
  });
  const figures = pilotFigures(
    computations.map((c) => c.computed),
    data.to,
  );
  return {
    pilot,
    members: computations,
    results: {
      pilot: {
        ...figures,
        id: pilot.id,
        name: pilot.name,
        currency: pilot.currency,
        startDate: pilot.startDate,
        endDate: pilot.endDate,
        windowEnd: addDays(pilot.endDate, pilot.attributionWindowDays),
        targets: pilotTargets(figures, pilot, money),
        dataFrom: data.from,
        dataTo: data.to,
        otherCurrencies: [...other.values()]
          .filter((t) => t.orders > 0)
          .sort((a, b) => a.currency.localeCompare(b.currency)),
      },
      creators,
      series: computations.flatMap(({ member, days }) =>
        days.map(
          (d): SeriesPoint => ({
            creatorId: member.id,
            day: d.orderDate,
            netOrders: d.netOrders,
            revenueMinor: d.revenueMinor,
          }),
        ),
      ),
    },
  };
}

/** What an order earns commission on. */
const earning = (o: CreditedOrder) => ({
  revenueMinor: o.revenueMinor,
  netOrders: o.netOrder ? 1 : 0,
  netNewCustomers: o.newCustomer && o.netOrder ? 1 : 0,
});

function subtract(day: DayTotals, order: DayTotals): void {
  day.revenueMinor -= order.revenueMinor;
  day.netOrders -= order.netOrders;
  day.newCustomers -= order.newCustomers;
  day.netNewCustomers -= order.netNewCustomers;
  for (const w of REPEAT_WINDOWS) day.repeatedWithin[w] -= order.repeatedWithin[w];
}

export interface MemberOrder extends CreditedOrder {
  held: boolean;
  /** Rev-share (with tiers) plus CPA this order earns. */
  commissionMinor: number;
}

/**
 * A pilot's counted credited orders in its currency one by one, per creator,
 * each with the commission it earns under the creator's terms (rejected
 * orders left out): what the ledger pays and the explanations list.
 */
export function memberOrders(db: Database, pilot: Pilot, members: readonly PilotCreator[]): Map<number, MemberOrder[]> {
  const held = heldOrderIds(db, pilot.id);
  const rejected = rejectedOrderIds(db, pilot.id);
  const byMember = new Map<number, MemberOrder[]>(members.map((m) => [m.id, []]));
  for (const o of creditedOrders(db, pilot.id, { memberIds: members.map((m) => m.id) })) {
    if (o.currency !== pilot.currency || rejected.has(o.id)) continue;
    // Fields listed, not spread: spreading 100k rows costs several times as much.
    byMember.get(o.memberId)?.push({
      memberId: o.memberId,
      id: o.id,
      orderDate: o.orderDate,
      currency: o.currency,
      revenueMinor: o.revenueMinor,
      netOrder: o.netOrder,
      newCustomer: o.newCustomer,
      nextDays: o.nextDays,
      held: held.has(o.id),
      commissionMinor: 0,
    });
  }
  for (const member of members) {
    const orders = byMember.get(member.id) ?? [];
    const commissions = orderCommissions(member, orders.map(earning));
    orders.forEach((o, i) => {
      o.commissionMinor = commissions[i] ?? 0;
    });
  }
  return byMember;
}
