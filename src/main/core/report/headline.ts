/**
 * The report's headline verdict in one sentence, from the pilot's CAC target
 * check (METRICS.md "Target check"). With costs left out it says met or
 * missed without the amounts.
 */

import { formatMoney } from '../../../shared/money';
import type { PilotResults } from '../../../shared/results';

export function headline(results: PilotResults, includeCosts: boolean): string {
  const p = results.pilot;
  const money = (minor: number) => formatMoney(minor, p.currency, 'en-US');
  const cac = p.targets.find((t) => t.figure === 'cacMinor');
  const creators = results.creators.length;
  const metCount = results.creators.filter((c) => c.verdict === 'met').length;
  const sales = `${p.netOrders} net order${p.netOrders === 1 ? '' : 's'}, ${money(p.revenueMinor)} revenue and ${p.newCustomers} new customer${p.newCustomers === 1 ? '' : 's'}`;
  const ofCreators = `${metCount} of ${creators} creator${creators === 1 ? '' : 's'} met it on their own`;
  switch (cac?.verdict) {
    case 'not_enough_data':
      return `Not enough data for a verdict yet: ${sales}, fewer net orders than the minimum sample the pilot needs.`;
    case 'met':
    case 'missed': {
      const how = cac.verdict === 'met' ? 'met' : 'missed';
      const detail = includeCosts ? ` (${cac.reason})` : '';
      return `${p.name} ${how} its target CAC${detail} with ${sales}; ${ofCreators}.`;
    }
    default:
      return `${p.name} has no target CAC to judge against; it brought ${sales}.`;
  }
}
