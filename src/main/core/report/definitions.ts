/**
 * METRICS.md restated for the Method sheet, with the pilot's own settings
 * written in: what each figure means, as the core computes it. Cost
 * definitions are left out of a report without costs.
 */

import type { Pilot } from '../../../shared/entities';
import { formatMoney } from '../../../shared/money';
import { COUNTED_STATUSES } from '../../../shared/orders';
import { REPEAT_WINDOWS } from '../../../shared/results';

export interface Definition {
  term: string;
  text: string;
  /** Depends on costs, fees, commission or payouts. */
  cost?: boolean;
}

const ATTRIBUTION: Record<Pilot['attributionMethod'], string> = {
  code: 'discount codes only',
  link: 'tracked links only',
  both: 'discount codes, then tracked links',
};

const BASELINE: Record<Pilot['baselineMethod'], string> = {
  none: 'none: baseline revenue is 0, so all attributed revenue counts as incremental',
  manual: 'entered per creator (0 where none was entered)',
  pre_period: "derived from the creator's channel in the period before the pilot",
  holdout: "taken from the pilot's latest lift test (holdout regions)",
};

export function definitions(
  pilot: Pilot,
  dataFrom: string | null,
  windowEnd: string,
  withCosts: boolean,
): Definition[] {
  const money = (minor: number) => formatMoney(minor, pilot.currency, 'en-US');
  const statuses = COUNTED_STATUSES.map((s) => s.replace(/_/g, ' ')).join(', ');
  const targetCac =
    pilot.targetCacMinor === null
      ? 'This pilot has no target CAC, so creators are not judged against one.'
      : withCosts
        ? `This pilot's target CAC is ${money(pilot.targetCacMinor)}.`
        : "This pilot's target CAC amount is left out of this report.";
  const all: Definition[] = [
    {
      term: 'Which orders count',
      text: `An order counts when it is not cancelled, not a test order, and its financial status is one of ${statuses}. Cancelled means a cancellation date is present, whatever the financial status says. Pending, voided and expired orders do not count.`,
    },
    {
      term: 'Attribution',
      text: `This pilot attributes by ${ATTRIBUTION[pilot.attributionMethod]}. By code: the order carries the creator's discount code (trimmed, case-insensitive; an order may list several). By link: the order carries the pilot's utm_campaign and the creator's utm_content or utm_source. A code beats a link. An order carrying codes of two creators is credited to the first listed and flagged for review. One order is credited to at most one creator of the pilot.`,
    },
    {
      term: 'Window',
      text: `An order is attributable to a creator from their go-live date (default the pilot start, ${pilot.startDate}) to the pilot end (${pilot.endDate}) plus the ${pilot.attributionWindowDays}-day attribution window, so until ${windowEnd}. An order's date is its calendar date in the shop's own time zone.`,
    },
    { term: 'Net orders', text: 'Attributed counted orders that are not fully refunded.' },
    {
      term: 'Revenue',
      text: `Merchandise revenue after discounts, before shipping and taxes (the subtotal), minus refunds; a refund never takes an order below zero. Money is in ${pilot.currency}; orders in another currency are reported apart and left out of the figures.`,
    },
    { term: 'AOV', text: 'Revenue / net orders.' },
    { term: 'Clicks', text: 'Imported from link analytics or entered by hand, per creator and date.' },
    { term: 'Conversion', text: 'Net orders / clicks.' },
    {
      term: 'New customers',
      text: `Buyers (by a one-way hash of their email) whose first order in the brand's order data is attributed to this creator. The order data is complete from ${dataFrom ?? 'no date yet (no orders imported)'}: "new" is only as good as that history.`,
    },
    {
      term: 'Cost',
      text: 'Stipend + seeded product cost (units x unit cost) + seeding shipping + fees + commission earned + bonuses earned.',
      cost: true,
    },
    { term: 'CAC', text: `Cost / new customers. ${targetCac}`, cost: true },
    { term: 'Cost per order', text: 'Cost / net orders.', cost: true },
    { term: 'ROAS', text: 'Revenue / cost.', cost: true },
    {
      term: 'Baseline revenue',
      text: `What the creator's attributed channel would have sold anyway. This pilot's baseline method: ${BASELINE[pilot.baselineMethod]}.`,
    },
    { term: 'Incremental revenue', text: 'max(0, revenue - baseline revenue).' },
    {
      term: 'iROAS',
      text: 'Incremental revenue / cost. Cost per incremental revenue = cost / incremental revenue.',
      cost: true,
    },
    {
      term: 'Repeat rate',
      text: `For each of ${REPEAT_WINDOWS.join(', ')} days (N): of the creator's new customers whose first order is at least N days before the end of the order data, the share that ordered again within N days. Customers too recent to judge are counted apart as "not yet measurable".`,
    },
    {
      term: 'Target check',
      text: `A creator meets target when CAC is at or under the pilot's target CAC and net orders reach the minimum sample of ${pilot.minSample}; below it the verdict is "not enough data", never met or missed. ${targetCac}`,
    },
    {
      term: 'Commission and bonus',
      text: "Commission: a rate x revenue of attributed orders (rev-share), or a fixed amount per net order or per new customer (CPA), per the creator's terms; tiers apply by cumulative revenue within the pilot. Bonus: a fixed amount when a named metric reaches a threshold within the pilot.",
      cost: true,
    },
    {
      term: 'Payable',
      text: `Commission on an order becomes payable once the order is older than the ${pilot.returnWindowDays}-day return window at the payout period's end and is not fully refunded. A refund after payout becomes a negative adjustment in the next period. Orders held for fraud review are not paid until cleared.`,
      cost: true,
    },
    {
      term: 'Lift test',
      text: 'Test and control regions, a pre period and a test period of equal length. Expected test revenue = test pre-period revenue x (control test-period revenue / control pre-period revenue). Incremental revenue = test test-period revenue - expected, with a 90% interval from a bootstrap over days; "inconclusive" when the interval spans zero.',
    },
    {
      term: 'Arithmetic',
      text: 'Sums are exact integers in minor units (cents). Division happens last, once; money results and ratios round half to even. A figure whose inputs are missing or whose denominator is zero is shown as "—" with the reason, never as 0.',
    },
  ];
  return all.filter((d) => withCosts || !d.cost);
}
