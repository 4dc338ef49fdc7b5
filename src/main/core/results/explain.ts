/**
 * The drill-down: for any figure of a creator or the pilot, the formula in
 * words, its inputs, and the orders and costs behind it — taken from the very
 * computation that produced the figure.
 */

import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { daysBetween } from '../../../shared/dates';
import type { CostBreakdown, FigureExplanation, FigureName, Figures } from '../../../shared/results';
import { EXPLAIN_ORDER_LIMIT, repeatWindowOf } from '../../../shared/results';
import { pilotOrderRows } from '../db/order-queries';
import { computePilot, type MemberOrder, memberOrders } from './pilot-results';

interface Behind {
  order: MemberOrder;
  commissionMinor: number;
}

interface Recipe {
  formula: string;
  inputs: (f: Figures) => [string, number | null, boolean][];
  orders?: (b: Behind) => { contributionMinor: number; note: string } | null;
  costs?: boolean;
}

const revenueOf = (b: Behind) => ({
  contributionMinor: b.order.revenueMinor,
  note: b.order.netOrder ? '' : 'fully refunded: no revenue',
});
const netOrder = (b: Behind) => (b.order.netOrder ? { contributionMinor: b.order.revenueMinor, note: '' } : null);
const newCustomer = (b: Behind) =>
  b.order.newCustomer
    ? { contributionMinor: b.order.revenueMinor, note: "the buyer's first order with the brand" }
    : null;
const commission = (b: Behind) =>
  b.commissionMinor !== 0
    ? { contributionMinor: b.commissionMinor, note: b.order.held ? 'held for fraud review' : '' }
    : null;

const costInputs = (f: Figures): [string, number | null, boolean][] => [['Cost', f.costMinor, true]];

function repeatRecipe(days: 30 | 60 | 90): Recipe {
  return {
    formula: `New customers who ordered again within ${days} days / new customers whose first order is at least ${days} days before the order data ends`,
    inputs: (f) => [
      [`Repeat rate ${days} days`, f[`repeatRate${days}`], false],
      ['New customers', f.newCustomers, false],
      ['Not yet measurable', f.notYetMeasurable[days], false],
    ],
    orders: (b) => (b.order.newCustomer ? { contributionMinor: b.order.revenueMinor, note: '' } : null),
  };
}

const RECIPES: Record<FigureName, Recipe> = {
  netOrders: {
    formula: 'Attributed orders that count and are not fully refunded',
    inputs: (f) => [['Net orders', f.netOrders, false]],
    orders: netOrder,
  },
  revenueMinor: {
    formula: 'Sum of subtotal (after discounts, before shipping and taxes) minus refunds, never below zero per order',
    inputs: (f) => [['Revenue', f.revenueMinor, true]],
    orders: revenueOf,
  },
  aovMinor: {
    formula: 'Revenue / net orders',
    inputs: (f) => [
      ['Revenue', f.revenueMinor, true],
      ['Net orders', f.netOrders, false],
    ],
    orders: revenueOf,
  },
  clicks: {
    formula: 'Clicks imported from link analytics or entered by hand',
    inputs: (f) => [['Clicks', f.clicks, false]],
  },
  conversion: {
    formula: 'Net orders / clicks',
    inputs: (f) => [
      ['Net orders', f.netOrders, false],
      ['Clicks', f.clicks, false],
    ],
    orders: netOrder,
  },
  newCustomers: {
    formula: "Buyers whose first order with the brand is attributed here (by the buyer's email hash)",
    inputs: (f) => [['New customers', f.newCustomers, false]],
    orders: newCustomer,
  },
  costMinor: {
    formula:
      'Stipend + seeded product (units x unit cost) + seeding shipping + fees + commission earned + bonuses earned',
    inputs: costInputs,
    orders: commission,
    costs: true,
  },
  cacMinor: {
    formula: 'Cost / new customers',
    inputs: (f) => [...costInputs(f), ['New customers', f.newCustomers, false]],
    orders: newCustomer,
    costs: true,
  },
  costPerOrderMinor: {
    formula: 'Cost / net orders',
    inputs: (f) => [...costInputs(f), ['Net orders', f.netOrders, false]],
    orders: netOrder,
    costs: true,
  },
  roas: {
    formula: 'Revenue / cost',
    inputs: (f) => [['Revenue', f.revenueMinor, true], ...costInputs(f)],
    orders: revenueOf,
    costs: true,
  },
  baselineRevenueMinor: {
    formula: "What the creator's channel would have sold anyway, by the pilot's baseline method",
    inputs: (f) => [['Baseline revenue', f.baselineRevenueMinor, true]],
  },
  incrementalRevenueMinor: {
    formula: 'max(0, revenue - baseline revenue)',
    inputs: (f) => [
      ['Revenue', f.revenueMinor, true],
      ['Baseline revenue', f.baselineRevenueMinor, true],
    ],
    orders: revenueOf,
  },
  iroas: {
    formula: 'Incremental revenue / cost',
    inputs: (f) => [['Incremental revenue', f.incrementalRevenueMinor, true], ...costInputs(f)],
    orders: revenueOf,
    costs: true,
  },
  costPerIncremental: {
    formula: 'Cost / incremental revenue',
    inputs: (f) => [...costInputs(f), ['Incremental revenue', f.incrementalRevenueMinor, true]],
    costs: true,
  },
  commissionMinor: {
    formula:
      'Commission rate x revenue (higher tier rates on cumulative revenue above each tier), plus the fixed CPA per net order or new customer',
    inputs: (f) => [['Commission', f.commissionMinor, true]],
    orders: commission,
  },
  bonusMinor: {
    formula: 'A fixed amount once the named metric reaches its threshold within the pilot',
    inputs: (f) => [['Bonus', f.bonusMinor, true]],
    costs: true,
  },
  repeatRate30: repeatRecipe(30),
  repeatRate60: repeatRecipe(60),
  repeatRate90: repeatRecipe(90),
  heldOrders: {
    formula: 'Orders flagged for fraud review that nobody has cleared or rejected yet: their commission is held',
    inputs: (f) => [['Held orders', f.heldOrders, false]],
    orders: (b) => (b.order.held ? { contributionMinor: b.commissionMinor, note: 'held for fraud review' } : null),
  },
};

const COST_LABELS: [keyof CostBreakdown, string][] = [
  ['stipendMinor', 'Stipend'],
  ['productMinor', 'Seeded product (units x unit cost)'],
  ['shippingMinor', 'Seeding shipping'],
  ['feesMinor', 'Fees'],
  ['commissionMinor', 'Commission earned'],
  ['bonusMinor', 'Bonus earned'],
];

export function explainFigure(db: Database, input: ParsedInput<'results.explain'>): FigureExplanation {
  const { pilot, members, results } = computePilot(db, input.pilotId);
  const chosen = input.creatorId === undefined ? members : members.filter((m) => m.member.id === input.creatorId);
  if (chosen.length === 0 && input.creatorId !== undefined) {
    throw ApiError.field('creatorId', `Creator ${input.creatorId} is not in pilot ${pilot.name}`);
  }
  const figures: Figures =
    input.creatorId === undefined
      ? results.pilot
      : (results.creators.find((c) => c.id === input.creatorId) ?? results.pilot);
  const recipe = RECIPES[input.figure];

  const behind: { b: Behind; contributionMinor: number; note: string }[] = [];
  if (recipe.orders) {
    const orders = memberOrders(
      db,
      pilot,
      chosen.map((m) => m.member),
    );
    for (const order of [...orders.values()].flat()) {
      const b = { order, commissionMinor: order.commissionMinor };
      const part = recipe.orders(b);
      if (part) behind.push({ b, ...part });
    }
  }
  const listed = behind.slice(0, EXPLAIN_ORDER_LIMIT);
  const rows = pilotOrderRows(
    db,
    pilot.id,
    listed.map((x) => x.b.order.id),
  );
  const dataEnd = results.pilot.dataTo;
  const orders = listed.flatMap(({ b, contributionMinor, note }) => {
    const row = rows.get(b.order.id);
    if (!row) return [];
    return [
      {
        ...row,
        contributionMinor,
        newCustomer: b.order.newCustomer,
        note: note || repeatNote(input.figure, b.order, dataEnd),
      },
    ];
  });
  const costs = recipe.costs
    ? chosen.flatMap(({ member, computed }) =>
        COST_LABELS.filter(([key]) => computed.costs[key] !== 0).map(([key, label]) => ({
          label,
          amountMinor: computed.costs[key],
          creatorName: member.name,
        })),
      )
    : [];
  const value = input.figure === 'heldOrders' ? figures.heldOrders : (figures[input.figure] as number | null);
  return {
    figure: input.figure,
    creatorId: input.creatorId ?? null,
    formula: recipe.formula,
    value,
    reason: figures.reasons[input.figure] ?? null,
    inputs: recipe.inputs(figures).map(([label, v, money]) => ({ label, value: v, money })),
    orderCount: behind.length,
    orders,
    costs,
  };
}

/** For a repeat rate: whether this new customer ordered again in time, or is too recent to judge. */
function repeatNote(figure: FigureName, order: MemberOrder, dataEnd: string | null): string {
  const days = repeatWindowOf(figure);
  if (!days || !order.newCustomer) return '';
  if (!dataEnd || daysBetween(order.orderDate, dataEnd) < days) return 'not yet measurable: too recent';
  if (order.nextDays !== null && order.nextDays <= days) {
    return `ordered again ${order.nextDays} day${order.nextDays === 1 ? '' : 's'} later`;
  }
  return `no order again within ${days} days`;
}
