/**
 * Reads an orders file through its layout: finds the header (after any
 * preamble), picks the format (chosen, detected, or remembered mapping),
 * assembles drafts in one streaming pass, then reads dates and amounts with
 * one date order and one decimal mark for the whole file — decided from all
 * of its values or chosen by the user, never guessed per cell.
 */

import type { DateOrder, DecimalMark, OrderField, RowProblem } from '../../../../shared/imports';
import { columnsUsed, detectOrderFormat, MAPPED_FORMAT_ID, mappedFormat, orderFormatById } from '../formats';
import type { OrderFormat } from '../formats/types';
import { Header } from '../header';
import type { TableSource } from '../read/table-source';
import { dateOrdersFitting, detectDecimalMark } from '../values';
import { type Draft, OrderAssembler, type SetAside } from './assemble';
import { finalizeDraft, type ParsedOrder, type RejectedOrder } from './finalize';

export interface OrderReadOptions {
  format?: string;
  mapping?: Partial<Record<OrderField, string | null>>;
  dateOrder?: DateOrder;
  decimalMark?: DecimalMark;
  currency: string | null;
  salt: string;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
  /** A mapping remembered for this header signature, if any. */
  remembered(signature: string): Partial<Record<OrderField, string | null>> | null;
}

export interface OrderRead {
  header: Header | null;
  headerRow: number;
  format: OrderFormat | null;
  /** Field -> header name, for the preview. */
  columns: Partial<Record<OrderField, string>>;
  mapping: Partial<Record<OrderField, string | null>> | null;
  dateOrder: DateOrder;
  dateOrderChoices: DateOrder[];
  decimalMark: DecimalMark;
  rowsRead: number;
  orders: ParsedOrder[];
  problems: RowProblem[];
  /** Orders that could not be read: their rows and, when readable, their total. */
  rejected: RejectedOrder[];
  setAside: SetAside[];
  warnings: string[];
}

export async function readOrders(table: TableSource, opts: OrderReadOptions): Promise<OrderRead> {
  let header: Header | null = null;
  let headerRow = 0;
  let format: OrderFormat | null = null;
  let mapping: OrderRead['mapping'] = null;
  let assembler: OrderAssembler | null = null;

  await table.rows(
    (cells, row) => {
      if (assembler) return assembler.push(cells, row);
      if (header) return; // the layout is unknown: only the header was needed
      if (cells.every((c) => c.trim() === '') || (cells[0] ?? '').trimStart().startsWith('#')) return;
      header = new Header(cells);
      headerRow = row;
      ({ format, mapping } = pickFormat(header, opts));
      if (format) assembler = new OrderAssembler(format, header);
    },
    { signal: opts.signal, onProgress: opts.onProgress },
  );

  const base = {
    header,
    headerRow,
    format,
    mapping,
    columns: format && header ? columnsUsed(format, header) : {},
    rowsRead: assembler ? (assembler as OrderAssembler).rowsRead : 0,
  };
  if (!assembler || !format) {
    return {
      ...base,
      dateOrder: opts.dateOrder ?? 'ymd',
      dateOrderChoices: [],
      decimalMark: opts.decimalMark ?? '.',
      orders: [],
      problems: [],
      rejected: [],
      setAside: [],
      warnings: [],
    };
  }
  const built: OrderAssembler = assembler;
  const chosenFormat: OrderFormat = format;
  const warnings: string[] = [];
  const drafts = [...built.drafts.values()];
  const dateOrderChoices = dateOrdersFitting(drafts.map((d) => dateSample(d)).filter(Boolean));
  const dateOrder = opts.dateOrder ?? chosenFormat.dateOrder ?? dateOrderChoices[0] ?? 'ymd';
  const decimalMark = opts.decimalMark ?? detectDecimalMark(amountSamples(drafts)) ?? '.';
  const hasStatusColumn = header !== null && (header as Header).find(chosenFormat.columns.financialStatus ?? []) >= 0;
  if (!hasStatusColumn) warnings.push('The file has no payment status column: every order in it is taken as paid.');
  if (!chosenFormat.dateOrder && dateOrderChoices.length > 1 && !opts.dateOrder) {
    warnings.push(
      `Every date in this file reads as ${dateOrderChoices.join(' or ')}; check the date order before importing.`,
    );
  }

  const orders: ParsedOrder[] = [];
  const problems: RowProblem[] = [];
  const rejected: RejectedOrder[] = [];
  for (const draft of drafts) {
    const done = finalizeDraft(draft, {
      format: chosenFormat,
      source: sourceOf(chosenFormat),
      dateOrder,
      mark: decimalMark,
      currency: opts.currency,
      salt: opts.salt,
      hasStatusColumn,
    });
    if (done.ok) orders.push(done.order);
    else {
      problems.push(done.rejected.problem);
      rejected.push(done.rejected);
    }
  }
  for (const a of built.setAside) {
    if (a.bucket === 'rejected') problems.push({ row: a.row, field: a.field, message: a.reason });
  }
  problems.sort((a, b) => a.row - b.row);
  return {
    ...base,
    dateOrder,
    dateOrderChoices,
    decimalMark,
    orders,
    problems,
    rejected,
    setAside: built.setAside,
    warnings,
  };
}

function pickFormat(header: Header, opts: OrderReadOptions): Pick<OrderRead, 'format' | 'mapping'> {
  if (opts.format && opts.format !== MAPPED_FORMAT_ID) {
    return { format: orderFormatById(opts.format), mapping: null };
  }
  const mapping = opts.mapping ?? null;
  if (opts.format === MAPPED_FORMAT_ID || mapping) {
    const chosen = mapping ?? opts.remembered(header.signature);
    return chosen && hasRequired(chosen)
      ? { format: mappedFormat(chosen), mapping: chosen }
      : { format: null, mapping: chosen };
  }
  const detected = detectOrderFormat(header);
  if (detected) return { format: detected, mapping: null };
  const remembered = opts.remembered(header.signature);
  if (remembered && hasRequired(remembered)) return { format: mappedFormat(remembered), mapping: remembered };
  return { format: null, mapping: remembered };
}

function hasRequired(mapping: Partial<Record<OrderField, string | null>>): boolean {
  return Boolean(mapping.orderId && mapping.createdAt && mapping.total);
}

/**
 * Orders from different shop platforms never share ids, so the source names
 * the platform; a user's mapping is one more source.
 */
export function sourceOf(format: OrderFormat): string {
  return format.id.split('-')[0] ?? format.id;
}

function dateSample(d: Draft): string {
  const head = d.rows[0];
  return head?.createdAt?.trim() ?? '';
}

function amountSamples(drafts: Draft[]): string[] {
  const out: string[] = [];
  for (const d of drafts) {
    const head = d.rows[0];
    if (!head) continue;
    for (const v of [head.total, head.subtotal, head.shipping, head.tax]) if (v && /[.,]/.test(v)) out.push(v);
    if (out.length > 20_000) break;
  }
  return out;
}
