/**
 * The sheet's figures against the ones Pilotdesk computes itself from the
 * imported orders (METRICS.md), creator by creator, on the pilot as it is
 * after the move-in. Every difference is listed with both values as a person
 * reads them, and why they differ when the data can tell.
 */

import type { Database } from 'better-sqlite3';
import type { CheckedFigure, FigureDifference } from '../../../../shared/imports';
import { formatMoney } from '../../../../shared/money';
import type { CreatorResult, PilotResults } from '../../../../shared/results';
import { COUNTS, FULLY_REFUNDED } from '../../db/order-sql';
import { sql } from '../../db/statements';
import { computePilotResults } from '../../results/pilot-results';
import type { Ratio } from './ratio';
import type { SheetRow } from './read-tracking';

export function figureDifferences(db: Database, pilotId: number, landed: Map<number, SheetRow>): FigureDifference[] {
  const results = computePilotResults(db, pilotId);
  const byMember = new Map(results.creators.map((c) => [c.id, c]));
  const money = (minor: number | null) => (minor === null ? '—' : formatMoney(minor, results.pilot.currency, 'en-US'));
  const out: FigureDifference[] = [];
  for (const [memberId, sheet] of landed) {
    const c = byMember.get(memberId);
    if (!c) continue;
    const notes = new Notes(db, results, c, memberId);
    const push = (figure: CheckedFigure, sheetText: string, ours: string) =>
      out.push({ row: sheet.row, creator: c.name, figure, sheet: sheetText, pilotdesk: ours, note: notes.of(figure) });
    if (sheet.clicks !== null && sheet.clicks !== c.clicks) push('clicks', count(sheet.clicks), count(c.clicks));
    if (sheet.orders !== null && sheet.orders !== c.netOrders) push('orders', count(sheet.orders), count(c.netOrders));
    if (sheet.revenueMinor !== null && sheet.revenueMinor !== c.revenueMinor) {
      push('revenue', money(sheet.revenueMinor), money(c.revenueMinor));
    }
    if (sheet.aovMinor !== null && sheet.aovMinor !== c.aovMinor) push('aov', money(sheet.aovMinor), money(c.aovMinor));
    if (sheet.conversion && differs(sheet.conversion, c.conversion)) {
      push('conversion', sheet.conversion.text, percent(c.conversion));
    }
    if (sheet.repeatRate && differs(sheet.repeatRate, c.repeatRate90)) {
      push('repeatRate', sheet.repeatRate.text, percent(c.repeatRate90));
    }
  }
  return out.sort((a, b) => a.row - b.row);
}

function differs(sheet: Ratio, ours: number | null): boolean {
  return ours === null || Math.abs(sheet.value - ours) > sheet.tolerance;
}

const count = (n: number | null) => (n === null ? '—' : n.toLocaleString('en-US'));
const percent = (r: number | null) =>
  r === null ? '—' : `${(r * 100).toLocaleString('en-US', { maximumFractionDigits: 2 })}%`;

/** Why a creator's figures may differ from a sheet's, worked out once per creator. */
class Notes {
  private facts: { credited: number; refunded: number; codeOutside: number; codeAny: number } | null = null;

  constructor(
    private readonly db: Database,
    private readonly results: PilotResults,
    private readonly c: CreatorResult,
    private readonly memberId: number,
  ) {}

  of(figure: CheckedFigure): string | null {
    if (this.results.pilot.dataFrom === null) return 'No orders are imported for this pilot’s shop yet.';
    const reason = figure === 'repeatRate' ? this.c.reasons.repeatRate90 : this.c.reasons[reasonKey(figure)];
    if (reason) return `Pilotdesk has no figure: ${reason}.`;
    if (figure === 'clicks') return 'Pilotdesk counts the clicks recorded for this creator, imported or typed.';
    const f = this.load();
    const notes: string[] = [];
    if (figure === 'repeatRate') notes.push('Pilotdesk’s repeat rate is the 90-day one (METRICS.md).');
    if (this.c.code && f.codeAny === 0) notes.push(`No imported order carries the code ${this.c.code} yet.`);
    if (f.codeOutside > 0) {
      notes.push(
        `${f.codeOutside} order${f.codeOutside === 1 ? '' : 's'} with the code ${this.c.code} fall outside the creator's window (${this.c.goLiveDate} to ${this.results.pilot.windowEnd}) and do not count.`,
      );
    }
    if (f.refunded > 0 && figure !== 'conversion') {
      notes.push(
        `${f.refunded} credited order${f.refunded === 1 ? ' was' : 's were'} fully refunded: Pilotdesk leaves them out and counts revenue net of refunds.`,
      );
    }
    if (figure === 'revenue' || figure === 'aov') {
      notes.push('Pilotdesk’s revenue is the subtotal after discounts, without shipping and tax.');
    }
    return notes.length > 0 ? notes.join(' ') : null;
  }

  private load() {
    if (this.facts) return this.facts;
    const credited = sql(
      this.db,
      `SELECT count(*) AS credited, coalesce(sum(${FULLY_REFUNDED}), 0) AS refunded
       FROM attributions a JOIN orders o ON o.id = a.order_id WHERE a.pilot_creator_id = ? AND ${COUNTS}`,
    ).get(this.memberId) as { credited: number; refunded: number };
    const code = this.c.code
      ? (sql(
          this.db,
          `SELECT count(*) AS codeAny,
             coalesce(sum(o.id NOT IN (SELECT order_id FROM attributions WHERE pilot_creator_id = @member)), 0) AS codeOutside
           FROM order_codes oc JOIN orders o ON o.id = oc.order_id
           WHERE oc.code = @code COLLATE NOCASE AND ${COUNTS}`,
        ).get({ member: this.memberId, code: this.c.code }) as { codeAny: number; codeOutside: number })
      : { codeAny: 0, codeOutside: 0 };
    this.facts = { ...credited, ...code };
    return this.facts;
  }
}

function reasonKey(figure: Exclude<CheckedFigure, 'repeatRate'>) {
  const keys = {
    clicks: 'clicks',
    orders: 'netOrders',
    revenue: 'revenueMinor',
    aov: 'aovMinor',
    conversion: 'conversion',
  } as const;
  return keys[figure];
}
