/**
 * A pilot's results: reads the facts once, hands them to the pure formulas
 * of metrics/, and shapes the answer. The ledger (payouts) and the
 * explanations (drill-down) reuse the same computation, so a figure on the
 * screen, in a payout and in an explanation can never disagree.
 */

import type { Database } from 'better-sqlite3';
import { addDays } from '../../../shared/dates';
import type { Pilot, PilotCreator } from '../../../shared/entities';
import { formatMoney } from '../../../shared/money';
import type { CreatorResult, OtherCurrencyTotal, PilotResults, SeriesPoint } from '../../../shared/results';
import { pilotRules } from '../attribution/rules';
import { listCreators } from '../db/creators';
import { getPilot } from '../db/pilots';
import { heldOrderIds, rejectedOrderIds } from '../fraud/decisions';
import { type CreatorFigures, creatorFigures, pilotFigures, type ResultOrder } from '../metrics/figures';
import { creatorVerdict, pilotTargets } from '../metrics/verdict';
import { baselines } from './baseline';
import { clicksByMember, coverage, readOrderFacts } from './order-facts';

export interface MemberComputation {
  member: PilotCreator;
  /** The orders behind the figures, in date order, aligned with `computed.commissions`. */
  orders: ResultOrder[];
  computed: CreatorFigures;
}

export interface PilotComputation {
  pilot: Pilot;
  members: MemberComputation[];
  /** For each new customer's first order: the date of their next order with the brand. */
  nextOrderDates: Map<number, string | null>;
  results: PilotResults;
}

export function computePilotResults(db: Database, pilotId: number): PilotResults {
  return computePilot(db, pilotId).results;
}

export function computePilot(db: Database, pilotId: number): PilotComputation {
  const pilot = getPilot(db, pilotId, 'pilotId');
  const members = listCreators(db, pilotId);
  const { credited, firsts } = readOrderFacts(db, pilotId, pilot.brandId);
  const held = heldOrderIds(db, pilotId);
  const rejected = rejectedOrderIds(db, pilotId);
  const clicks = clicksByMember(db, pilotId);
  const data = coverage(db, pilot.brandId);
  const baselineOf = baselines(db, pilot, pilotRules(db, pilotId));
  const money = (minor: number) => formatMoney(minor, pilot.currency, 'en-US');

  const byMember = new Map<number, ResultOrder[]>(members.map((m) => [m.id, []]));
  const other = new Map<string, OtherCurrencyTotal>();
  for (const o of credited) {
    if (rejected.has(o.id)) continue;
    if (o.currency !== pilot.currency) {
      const t = other.get(o.currency) ?? { currency: o.currency, orders: 0, revenueMinor: 0 };
      t.orders++;
      t.revenueMinor += o.revenueMinor;
      other.set(o.currency, t);
      continue;
    }
    byMember.get(o.memberId)?.push({
      id: o.id,
      orderDate: o.orderDate,
      revenueMinor: o.revenueMinor,
      netOrder: !o.fullyRefunded,
      newCustomer: firsts.has(o.id),
      held: held.has(o.id),
    });
  }

  const computations: MemberComputation[] = members.map((member) => {
    const orders = byMember.get(member.id) ?? [];
    const revenue = orders.reduce((t, o) => t + o.revenueMinor, 0);
    const baseline = baselineOf(member, revenue);
    const computed = creatorFigures(
      {
        terms: member,
        orders,
        clicks: clicks.get(member.id) ?? null,
        baselineRevenueMinor: baseline.minor,
        baselineReason: baseline.reason,
        newCustomers: orders
          .filter((o) => o.newCustomer)
          .map((o) => ({ firstDate: o.orderDate, nextDate: firsts.get(o.id) ?? null })),
      },
      data.to,
    );
    return { member, orders, computed };
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
    nextOrderDates: firsts,
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
        otherCurrencies: [...other.values()].sort((a, b) => a.currency.localeCompare(b.currency)),
      },
      creators,
      series: seriesOf(computations),
    },
  };
}

/** Net orders and revenue per creator per day, for the chart. */
function seriesOf(members: MemberComputation[]): SeriesPoint[] {
  const points: SeriesPoint[] = [];
  for (const { member, orders } of members) {
    let current: SeriesPoint | undefined;
    for (const o of orders) {
      if (current?.day !== o.orderDate) {
        current = { creatorId: member.id, day: o.orderDate, netOrders: 0, revenueMinor: 0 };
        points.push(current);
      }
      if (o.netOrder) current.netOrders++;
      current.revenueMinor += o.revenueMinor;
    }
  }
  return points;
}
