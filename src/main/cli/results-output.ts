/**
 * `pilotdesk results`: the pilot summary and one line per creator, for a
 * person or (with --json) for a script, with the field names scripts rely on.
 */

import { formatMoney } from '../../shared/money';
import type { CreatorResult, FigureName, PilotResults, PilotSummary } from '../../shared/results';

const PILOT_FIELDS = [
  'netOrders',
  'revenueMinor',
  'aovMinor',
  'clicks',
  'conversion',
  'newCustomers',
  'costMinor',
  'cacMinor',
  'roas',
  'incrementalRevenueMinor',
  'iroas',
] as const satisfies readonly FigureName[];

const CREATOR_FIGURES = [
  'netOrders',
  'revenueMinor',
  'aovMinor',
  'clicks',
  'conversion',
  'newCustomers',
  'costMinor',
  'commissionMinor',
  'bonusMinor',
  'cacMinor',
  'roas',
  'incrementalRevenueMinor',
  'iroas',
  'repeatRate30',
  'repeatRate60',
  'repeatRate90',
] as const satisfies readonly FigureName[];

/** Picks the named figures, and the reasons of those that are null. */
function figuresOf(source: PilotSummary | CreatorResult, names: readonly FigureName[]) {
  const out: Record<string, unknown> = {};
  const reasons: Record<string, string> = {};
  for (const name of names) {
    out[name] = source[name];
    const reason = source.reasons[name];
    if (source[name] === null && reason) reasons[name] = reason;
  }
  return { out, reasons };
}

export function resultsJson(r: PilotResults): unknown {
  const p = figuresOf(r.pilot, PILOT_FIELDS);
  return {
    pilot: { id: r.pilot.id, name: r.pilot.name, currency: r.pilot.currency, ...p.out, reasons: p.reasons },
    creators: r.creators.map((c) => {
      const f = figuresOf(c, CREATOR_FIGURES);
      return {
        id: c.id,
        name: c.name,
        handle: c.handle,
        code: c.code,
        ...f.out,
        verdict: c.verdict,
        reasons: f.reasons,
      };
    }),
  };
}

export function resultsText(r: PilotResults): string {
  const p = r.pilot;
  const money = (v: number | null) => (v === null ? '—' : formatMoney(v, p.currency, 'en-US'));
  const times = (v: number | null) => (v === null ? '—' : `${v.toFixed(2)}x`);
  const lines = [
    `${p.name} (${p.currency}, ${p.startDate} to ${p.endDate}; orders count until ${p.windowEnd})`,
    `  Net orders ${p.netOrders} · revenue ${money(p.revenueMinor)} · AOV ${money(p.aovMinor)} · new customers ${p.newCustomers}`,
    `  Cost ${money(p.costMinor)} · CAC ${money(p.cacMinor)} · ROAS ${times(p.roas)} · incremental ${money(p.incrementalRevenueMinor)} · iROAS ${times(p.iroas)}`,
    ...p.targets.map((t) => `  ${t.figure}: ${t.verdict.replace(/_/g, ' ')} (${t.reason})`),
    '',
    ...r.creators.map(
      (c) =>
        `  ${c.id}  ${c.name}${c.handle ? ` @${c.handle}` : ''}: ${c.netOrders} net orders, ${money(c.revenueMinor)}, CAC ${money(c.cacMinor)}, ${c.verdict.replace(/_/g, ' ')}`,
    ),
  ];
  if (r.creators.length === 0) lines.push('  No creators in this pilot yet.');
  return lines.join('\n');
}
