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
import { OrderAssembler, type SetAside } from './assemble';
import { OrderCollector } from './collector';
import type { ParsedOrder, RejectedOrder } from './finalize';

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
  let picked: Pick<OrderRead, 'format' | 'mapping'> = { format: null, mapping: null };
  let assembler: OrderAssembler | null = null;
  let collector: OrderCollector | null = null;

  await table.rows(
    (cells, row) => {
      if (assembler) return assembler.push(cells, row);
      if (header) return; // the layout is unknown: only the header was needed
      if (cells.every((c) => c.trim() === '') || (cells[0] ?? '').trimStart().startsWith('#')) return;
      const found = new Header(cells);
      header = found;
      headerRow = row;
      picked = pickFormat(found, opts);
      if (!picked.format) return;
      collector = new OrderCollector({
        format: picked.format,
        source: sourceOf(picked.format),
        dateOrder: opts.dateOrder,
        decimalMark: opts.decimalMark,
        currency: opts.currency,
        salt: opts.salt,
        hasStatusColumn: found.find(picked.format.columns.financialStatus ?? []) >= 0,
      });
      assembler = new OrderAssembler(picked.format, found, collector);
    },
    { signal: opts.signal, onProgress: opts.onProgress },
  );

  const h = header as Header | null;
  const format = picked.format;
  const built = assembler as OrderAssembler | null;
  const collected = collector as OrderCollector | null;
  const base = {
    header: h,
    headerRow,
    format,
    mapping: picked.mapping,
    columns: format && h ? columnsUsed(format, h) : {},
    rowsRead: built?.rowsRead ?? 0,
  };
  if (!built || !collected || !format) {
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
  built.finish();
  const decided = collected.end();
  const warnings: string[] = [];
  if (h && h.find(format.columns.financialStatus ?? []) < 0) {
    warnings.push('The file has no payment status column: every order in it is taken as paid.');
  }
  if (decided.dateOrderChoices.length > 1 && !opts.dateOrder) {
    warnings.push(
      `Every date in this file reads as ${decided.dateOrderChoices.join(' or ')}; check the date order before importing.`,
    );
  }
  const problems = [
    ...collected.problems,
    ...built.setAside
      .filter((a) => a.bucket === 'rejected')
      .map((a) => ({ row: a.row, field: a.field, message: a.reason })),
  ].sort((a, b) => a.row - b.row);
  return {
    ...base,
    ...decided,
    orders: collected.orders,
    problems,
    rejected: collected.rejected,
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
