/**
 * Rows to order drafts, one pass, keeping only the cells a format reads.
 * Every row is accounted for here or in its draft: blank rows and repeated
 * header rows are set aside with their reason, rows without an order key are
 * rejected, and every other row belongs to exactly one draft.
 *
 * For layouts whose orders are adjacent rows, a draft is handed on as soon as
 * the next order starts, so a 100k-order file is never held as drafts at once.
 */

import type { OrderFormat, ReadField, RowFields } from '../formats/types';
import type { Header } from '../header';

export interface Draft {
  key: string;
  firstRow: number;
  rowCount: number;
  /** The first row, or every row for scattered layouts. */
  rows: RowFields[];
  /** Line item cells of every row. */
  lineRows: RowFields[];
  codeCells: string[];
  /** Set when the key shows up again after other orders: the file holds this order twice. */
  repeatedAt: number | null;
}

export interface SetAside {
  row: number;
  bucket: 'excluded' | 'rejected';
  reason: string;
  field: string | null;
}

export interface DraftSink {
  /** A draft is complete: no later row can belong to it (unless the file repeats the order). */
  complete(draft: Draft): void;
  /** A completed order's key appears again at `row`. */
  repeated(key: string, row: number): void;
}

const LINE_FIELDS: readonly ReadField[] = ['lineName', 'lineSku', 'lineQuantity', 'linePrice', 'lineDiscount'];

export class OrderAssembler {
  readonly setAside: SetAside[] = [];
  rowsRead = 0;
  private readonly open = new Map<string, Draft>();
  private readonly completed = new Set<string>();
  private readonly columns: Array<[ReadField, number]>;
  private readonly lineColumns: Array<[ReadField, number]>;
  private readonly packedColumns: number[];
  private readonly keyColumn: number;
  private current: Draft | null = null;

  constructor(
    private readonly format: OrderFormat,
    private readonly header: Header,
    private readonly sink: DraftSink,
  ) {
    this.columns = Object.entries(format.columns)
      .map(([field, names]) => [field as ReadField, header.find(names ?? [])] as [ReadField, number])
      .filter(([, i]) => i >= 0);
    this.lineColumns = this.columns.filter(
      ([f]) => LINE_FIELDS.includes(f) || f === 'packedLines' || f === 'discountCodes',
    );
    const pattern = format.packedLineColumns;
    this.packedColumns = pattern ? header.names.flatMap((name, i) => (pattern.test(name) ? [i] : [])) : [];
    this.keyColumn = header.find(format.columns[format.groupBy] ?? []);
  }

  push(cells: string[], row: number): void {
    this.rowsRead++;
    if (isBlank(cells)) this.aside(row, 'excluded', 'blank row', null);
    else if (this.header.isRepeatedBy(cells)) this.aside(row, 'excluded', 'repeated header row', null);
    else this.place((cells[this.keyColumn] ?? '').trim(), cells, row);
  }

  /** The end of the file: every open draft is complete. */
  finish(): void {
    for (const draft of this.open.values()) this.sink.complete(draft);
    this.open.clear();
    this.current = null;
  }

  private place(key: string, cells: string[], row: number): void {
    const current = this.current;
    if (!key || (current && key === current.key)) {
      // Layouts that print order fields once let later rows leave the key empty.
      if (current && (key || !this.format.scattered)) this.add(current, cells, false);
      else this.aside(row, 'rejected', `no ${this.keyLabel()}`, this.format.groupBy);
      return;
    }
    const known = this.open.get(key);
    if (known) {
      this.current = known;
      this.add(known, cells, false);
      return;
    }
    if (!this.format.scattered && current) {
      this.open.delete(current.key);
      this.completed.add(current.key);
      this.sink.complete(current);
    }
    if (this.completed.has(key)) this.sink.repeated(key, row);
    const draft: Draft = { key, firstRow: row, rowCount: 0, rows: [], lineRows: [], codeCells: [], repeatedAt: null };
    if (this.completed.has(key)) draft.repeatedAt = row;
    this.open.set(key, draft);
    this.current = draft;
    this.add(draft, cells, true);
  }

  private add(draft: Draft, cells: string[], first: boolean): void {
    draft.rowCount++;
    const fields = first || this.format.scattered ? read(cells, this.columns) : read(cells, this.lineColumns);
    if (this.packedColumns.length > 0) {
      const packed = this.packedColumns.map((i) => cells[i] ?? '').filter((c) => c.trim() !== '');
      if (packed.length > 0) fields.packedLines = packed.join(';');
    }
    if (first || this.format.scattered) draft.rows.push(fields);
    if (fields.lineName || fields.lineSku || fields.lineQuantity || fields.packedLines) draft.lineRows.push(fields);
    if (fields.discountCodes) draft.codeCells.push(fields.discountCodes);
  }

  private aside(row: number, bucket: SetAside['bucket'], reason: string, field: string | null): void {
    this.setAside.push({ row, bucket, reason, field });
  }

  private keyLabel(): string {
    const names = this.format.columns[this.format.groupBy];
    return names?.[0] ? `"${names[0]}"` : 'order id';
  }
}

function read(cells: string[], columns: Array<[ReadField, number]>): RowFields {
  const out: RowFields = {};
  for (let c = 0; c < columns.length; c++) {
    const column = columns[c] as [ReadField, number];
    const v = cells[column[1]];
    if (v) out[column[0]] = v;
  }
  return out;
}

function isBlank(cells: string[]): boolean {
  for (const c of cells) if (c !== '' && c.trim() !== '') return false;
  return true;
}
