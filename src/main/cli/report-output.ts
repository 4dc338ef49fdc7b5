/**
 * `pilotdesk report`: turns the command line's words into the report's input
 * (a comma list of sheets, --no-costs) and gives an error on a field the
 * flags fill under another name back to that flag; then says what was written.
 */

import type { Envelope } from '../../shared/api/errors';
import type { ReportWritten } from '../../shared/reports';
import type { Caller } from './import-run';

/** Input fields the `report` flags fill under their own names: the core's field -> the flag's field. */
function flagField(field: string): string {
  if (field === 'path') return 'out';
  if (/^sheets\.\d+$/.test(field)) return 'sheets';
  return field;
}

export async function runReport(call: Caller, input: Record<string, unknown>): Promise<Envelope<ReportWritten>> {
  const { out, sheets, includeCosts, ...rest } = input;
  const request: Record<string, unknown> = { ...rest, includeCosts: includeCosts === undefined };
  if (out !== undefined) request.path = out;
  if (sheets !== undefined) {
    request.sheets = String(sheets)
      .split(',')
      .map((s) => s.trim().toLowerCase())
      .filter((s) => s !== '');
  }
  const result = (await call('reports.export', request)) as Envelope<ReportWritten>;
  if (result.ok) return result;
  const issues = result.error.issues?.map((i) => ({ ...i, field: flagField(i.field) }));
  return { ok: false, error: issues ? { ...result.error, field: issues[0]?.field, issues } : result.error };
}

export function reportWritten(r: ReportWritten): string {
  const orders = r.sheets.includes('Orders') ? `, ${r.orders} attributed order${r.orders === 1 ? '' : 's'}` : '';
  const costs = r.costsLeftOut ? '; costs, fees and payouts left out' : '';
  return `Wrote the report (${r.sheets.join(', ')}${orders}${costs}) to ${r.path}`;
}
