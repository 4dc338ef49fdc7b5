/**
 * Reads a pilot tracking sheet: the spreadsheet a team keeps today, one row
 * per creator. The header is found by its creator column (sheets often carry
 * a title row above it), columns by name or by the user's mapping,
 * remembered by header signature. Amounts, counts and dates are read with the
 * importers' exact value parsers; a row with a cell that cannot be read is
 * rejected whole, naming the row and the column.
 */

import type { Database } from 'better-sqlite3';
import type { Platform } from '../../../../shared/entities';
import {
  type DateOrder,
  type DecimalMark,
  type RowProblem,
  TRACKING_FIELD_LABELS,
  type TrackingField,
} from '../../../../shared/imports';
import { currencyExponent } from '../../../../shared/money';
import { Header } from '../header';
import type { TableSource } from '../read/table-source';
import { rememberedMapping } from '../remembered-mapping';
import { dateOrdersFitting, detectDecimalMark, parseAmount, parseDateText, parseQuantity } from '../values';
import { type CreatorName, platformOf, readCreatorName } from './creator-cell';
import { type Ratio, readRatio } from './ratio';

const COLUMNS: Record<TrackingField, readonly string[]> = {
  creator: ['Creator', 'Influencer', 'Creator name', 'Creator handle', 'Handle', 'Name', 'Talent'],
  channel: ['Channel', 'Platform', 'Network', 'Social channel'],
  campaignStart: ['Campaign start', 'Start date', 'Start', 'Go live', 'Go-live date', 'Live date', 'Launch date'],
  code: ['Tracked code', 'Code', 'Discount code', 'Promo code', 'Coupon', 'Coupon code'],
  clicks: ['Clicks', 'Link clicks', 'Sessions'],
  orders: ['Orders', 'Conversions', 'Purchases', '# orders'],
  revenue: ['Revenue', 'Sales revenue', 'Total revenue', 'Attributed revenue', 'GMV'],
  baselineRevenue: ['Baseline revenue', 'Baseline', 'Baseline sales'],
  totalCosts: ['Total costs', 'Total cost', 'Costs', 'Cost', 'Total spend', 'Spend'],
  aov: ['AOV', 'Average order value', 'Avg order value', 'Avg. order value'],
  conversion: ['Conversion rate', 'Conversion', 'CVR', 'CR', 'Conv. rate'],
  repeatRate: ['Repeat rate', 'Repeat purchase rate', 'Repeat %', 'Returning customer rate'],
};

/** How far down a sheet the header row may be (title rows, notes above it). */
const HEADER_SEARCH_ROWS = 20;
const TOTALS_ROW = /^(grand )?totals?\b|^sum\b/i;

export type TrackingMapping = Partial<Record<TrackingField, string | null>>;

/** One creator row as the sheet has it, read into exact values. */
export interface SheetRow {
  row: number;
  creator: CreatorName;
  platform: Platform | null;
  campaignStart: string | null;
  code: string | null;
  clicks: number | null;
  orders: number | null;
  revenueMinor: number | null;
  baselineRevenueMinor: number | null;
  totalCostsMinor: number | null;
  aovMinor: number | null;
  conversion: Ratio | null;
  repeatRate: Ratio | null;
}

export interface TrackingRead {
  pilotId: number;
  currency: string;
  header: Header | null;
  headerRow: number;
  columns: Partial<Record<TrackingField, string>>;
  /** The user's mapping when they gave one (remembered on commit). */
  mapping: TrackingMapping | null;
  dateOrder: DateOrder;
  dateOrderChoices: DateOrder[];
  decimalMark: DecimalMark;
  rowsRead: number;
  rows: SheetRow[];
  problems: RowProblem[];
  /** Blank, repeated header and totals rows. */
  skipped: Array<{ row: number; reason: string }>;
  warnings: string[];
}

export interface TrackingReadOptions {
  pilotId: number;
  currency: string;
  mapping?: TrackingMapping;
  dateOrder?: DateOrder;
  decimalMark?: DecimalMark;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

type Cells = Partial<Record<TrackingField, string>>;

export async function readTracking(db: Database, table: TableSource, opts: TrackingReadOptions): Promise<TrackingRead> {
  const given = opts.mapping && Object.keys(opts.mapping).length > 0 ? opts.mapping : null;
  let header: Header | null = null;
  let headerRow = 0;
  let index: Partial<Record<TrackingField, number>> = {};
  let mapping: TrackingMapping | null = given;
  let firstRow: { header: Header; row: number } | null = null;
  let looked = 0;
  const raw: Array<{ row: number; cells: Cells }> = [];
  const skipped: TrackingRead['skipped'] = [];
  let rowsRead = 0;

  await table.rows(
    (cells, row) => {
      const blank = cells.every((c) => c.trim() === '');
      if (!header) {
        if (blank || looked >= HEADER_SEARCH_ROWS) return;
        looked++;
        const candidate = new Header(cells);
        firstRow ??= { header: candidate, row };
        const use = given ?? rememberedMapping<TrackingMapping>(db, 'tracking', candidate.signature);
        const found = columnIndex(candidate, use);
        if (found.creator === undefined) return;
        header = candidate;
        headerRow = row;
        index = found;
        mapping = use;
        return;
      }
      rowsRead++;
      if (blank || header.isRepeatedBy(cells)) {
        skipped.push({ row, reason: 'blank or repeated header row' });
        return;
      }
      const picked: Cells = {};
      for (const [field, i] of Object.entries(index)) picked[field as TrackingField] = (cells[i] ?? '').trim();
      if (TOTALS_ROW.test(picked.creator ?? '')) {
        skipped.push({ row, reason: 'totals row' });
        return;
      }
      raw.push({ row, cells: picked });
    },
    { signal: opts.signal, onProgress: opts.onProgress },
  );

  const h = header as Header | null;
  const columns: Partial<Record<TrackingField, string>> = {};
  for (const [field, i] of Object.entries(index)) columns[field as TrackingField] = h?.names[i] ?? '';
  const warnings: string[] = [];
  const first = firstRow as { header: Header; row: number } | null;
  if (!h) {
    warnings.push('No column for the creator was found: pick which column names each creator.');
    return {
      pilotId: opts.pilotId,
      currency: opts.currency,
      header: first?.header ?? null,
      headerRow: first?.row ?? 0,
      columns,
      mapping,
      dateOrder: opts.dateOrder ?? 'ymd',
      dateOrderChoices: [],
      decimalMark: opts.decimalMark ?? '.',
      rowsRead: 0,
      rows: [],
      problems: [],
      skipped: [],
      warnings,
    };
  }
  const missing = Object.entries(given ?? {}).filter(([, name]) => name && h.find([name]) < 0);
  for (const [field, name] of missing) {
    warnings.push(
      `The column "${name}" chosen for ${TRACKING_FIELD_LABELS[field as TrackingField]} is not in the file.`,
    );
  }

  const dateOrderChoices =
    index.campaignStart === undefined ? [] : dateOrdersFitting(raw.map((r) => r.cells.campaignStart ?? ''));
  const dateOrder = opts.dateOrder ?? dateOrderChoices[0] ?? 'ymd';
  const amountCells = raw.flatMap((r) => [r.cells.revenue, r.cells.totalCosts, r.cells.aov, r.cells.baselineRevenue]);
  const decimalMark = opts.decimalMark ?? detectDecimalMark(amountCells.filter((c): c is string => !!c)) ?? '.';
  const reader = new RowReader(currencyExponent(opts.currency), decimalMark, dateOrder);
  const rows: SheetRow[] = [];
  const problems: RowProblem[] = [];
  for (const { row, cells } of raw) {
    const read = reader.read(row, cells);
    if ('problem' in read) problems.push(read.problem);
    else rows.push(read);
  }
  return {
    pilotId: opts.pilotId,
    currency: opts.currency,
    header: h,
    headerRow,
    columns,
    mapping,
    dateOrder,
    dateOrderChoices,
    decimalMark,
    rowsRead,
    rows,
    problems,
    skipped,
    warnings,
  };
}

/** Reads one row's cells; the first cell that cannot be read rejects the row, named. */
class RowReader {
  constructor(
    private readonly exponent: number,
    private readonly mark: DecimalMark,
    private readonly dateOrder: DateOrder,
  ) {}

  read(row: number, cells: Cells): SheetRow | { problem: RowProblem } {
    const fail = (field: TrackingField, what: string) => ({
      problem: { row, field, message: `Row ${row}, ${TRACKING_FIELD_LABELS[field]}: ${what}` },
    });
    const creator = readCreatorName(cells.creator ?? '');
    if (!creator.ok) return fail('creator', creator.message);
    const out: SheetRow = {
      row,
      creator: creator.value,
      platform: cells.channel ? platformOf(cells.channel) : null,
      campaignStart: null,
      code: null,
      clicks: null,
      orders: null,
      revenueMinor: null,
      baselineRevenueMinor: null,
      totalCostsMinor: null,
      aovMinor: null,
      conversion: null,
      repeatRate: null,
    };
    if (cells.campaignStart) {
      const date = parseDateText(cells.campaignStart, this.dateOrder);
      if (!date.ok) return fail('campaignStart', `"${cells.campaignStart}" ${date.message}`);
      out.campaignStart = date.value.date;
    }
    if (cells.code) {
      if (!/^[A-Za-z0-9_-]{3,40}$/.test(cells.code)) {
        return fail('code', `"${cells.code}" is not a discount code (3 to 40 letters, digits, - or _)`);
      }
      out.code = cells.code;
    }
    for (const field of ['clicks', 'orders'] as const) {
      const text = cells[field];
      if (!text) continue;
      const n = parseQuantity(text, this.mark);
      if (!n.ok || n.value < 0) return fail(field, `"${text}" ${n.ok ? 'is negative' : n.message}`);
      out[field] = n.value;
    }
    const money = [
      ['revenue', 'revenueMinor'],
      ['baselineRevenue', 'baselineRevenueMinor'],
      ['totalCosts', 'totalCostsMinor'],
      ['aov', 'aovMinor'],
    ] as const;
    for (const [field, key] of money) {
      const text = cells[field];
      if (!text) continue;
      const amount = parseAmount(text, this.exponent, this.mark);
      if (!amount.ok) return fail(field, amount.message === 'is empty' ? 'is empty' : amount.message);
      if (amount.value < 0) return fail(field, `"${text}" is negative`);
      out[key] = amount.value;
    }
    for (const field of ['conversion', 'repeatRate'] as const) {
      const text = cells[field];
      if (!text) continue;
      const ratio = readRatio(text, this.mark);
      if (!ratio.ok) return fail(field, ratio.message);
      out[field] = ratio.value;
    }
    return out;
  }
}

function columnIndex(header: Header, mapping: TrackingMapping | null): Partial<Record<TrackingField, number>> {
  return header.columns(COLUMNS, mapping);
}
