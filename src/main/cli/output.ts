/** Readable summaries of results, for a person at a terminal (--json prints the records instead). */

import type { DemoSummary, Pilot, PilotCreator } from '../../shared/entities';
import { basisPointsToPercent, minorToDecimal } from '../../shared/money';

const money = (minor: number | null, currency: string | undefined) =>
  minor === null ? '-' : currency ? `${minorToDecimal(minor, currency)} ${currency}` : `${minor} (minor units)`;

const percent = (bp: number | null) => (bp === null ? '-' : `${basisPointsToPercent(bp)}%`);

/** "label   value" lines, labels padded to one column. */
function fields(rows: [string, string][]): string {
  const width = Math.max(...rows.map(([label]) => label.length));
  return rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`).join('\n');
}

/** A plain text table: a header row, then one row per record; columns padded to fit. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

export function pilotCreated(p: Pilot): string {
  return `Created pilot ${p.id}: ${p.name}\n${pilotFields(p)}`;
}

function pilotFields(p: Pilot): string {
  return fields([
    ['brand', p.brandName ?? '-'],
    ['currency', p.currency],
    ['dates', `${p.startDate} to ${p.endDate}`],
    ['target CAC', money(p.targetCacMinor, p.currency)],
    ['min orders', String(p.minSample)],
    ['attribution', `${p.attributionMethod}, ${p.attributionWindowDays}-day window`],
    ['returns', `${p.returnWindowDays}-day window`],
    ['status', p.status],
  ]);
}

export function pilotList(pilots: Pilot[]): string {
  if (pilots.length === 0) return 'No pilots yet. Create one with `pilotdesk pilot create`, or try `pilotdesk demo`.';
  return table(
    ['ID', 'NAME', 'BRAND', 'CURRENCY', 'START', 'END', 'CREATORS', 'STATUS'],
    pilots.map((p) => [
      String(p.id),
      p.name,
      p.brandName ?? '-',
      p.currency,
      p.startDate,
      p.endDate,
      String(p.creatorCount),
      p.status,
    ]),
  );
}

const handleText = (c: PilotCreator) => c.handles.map((h) => `@${h.handle} (${h.platform})`).join(', ');

export function creatorAdded(c: PilotCreator, pilot: Pilot | undefined): string {
  const cur = pilot?.currency;
  const title = `Added creator ${c.id}: ${c.name} to pilot ${c.pilotId}${pilot ? ` (${pilot.name})` : ''}`;
  return `${title}\n${fields([
    ['handles', handleText(c)],
    ['stage', c.stage],
    ['discount code', c.discountCode ?? '-'],
    ['landing URL', c.landingUrl ?? '-'],
    ['stipend', money(c.stipendMinor, cur)],
    ['product', c.productUnits === null ? '-' : `${c.productUnits} x ${money(c.productUnitCostMinor, cur)}`],
    ['commission', percent(c.commissionRateBp)],
    ['CPA', money(c.cpaMinor, cur)],
  ])}`;
}

export function creatorList(creators: PilotCreator[], pilot: Pilot | undefined): string {
  const where = pilot ? `pilot ${pilot.id} (${pilot.name})` : 'this pilot';
  if (creators.length === 0) return `No creators in ${where} yet. Add one with \`pilotdesk creator add\`.`;
  const cur = pilot?.currency;
  const rows = creators.map((c) => [
    String(c.id),
    c.name,
    handleText(c),
    c.stage,
    c.discountCode ?? '-',
    money(c.stipendMinor, cur),
    percent(c.commissionRateBp),
    money(c.cpaMinor, cur),
  ]);
  const header = ['ID', 'NAME', 'HANDLES', 'STAGE', 'CODE', 'STIPEND', 'COMMISSION', 'CPA'];
  return `${creators.length} creator${creators.length === 1 ? '' : 's'} in ${where}\n${table(header, rows)}`;
}

export function demoLoaded(d: DemoSummary, pilot: Pilot | undefined): string {
  const name = pilot ? `"${pilot.name}" ` : '';
  return [
    `Loaded the demo pilot ${name}(id ${d.pilotId}): ${d.creators} creators, ${d.orders} orders.`,
    `See them with: pilotdesk creator list --pilot ${d.pilotId}`,
  ].join('\n');
}
