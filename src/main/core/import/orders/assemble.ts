/**
 * Rows to order drafts, one pass, keeping only the cells a format reads.
 * Every row is accounted for here or in its draft: blank rows and repeated
 * header rows are set aside with their reason, rows without an order key are
 * rejected, and every other row belongs to exactly one draft.
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

const LINE_FIELDS: readonly ReadField[] = ['lineName', 'lineSku', 'lineQuantity', 'linePrice', 'lineDiscount'];

export class OrderAssembler {
  readonly drafts = new Map<string, Draft>();
  readonly setAside: SetAside[] = [];
  rowsRead = 0;
  private readonly columns: Array<[ReadField, number]>;
  private readonly keyColumn: number;
  private current: Draft | null = null;

  constructor(
    private readonly format: OrderFormat,
    private readonly header: Header,
  ) {
    this.columns = Object.entries(format.columns)
      .map(([field, names]) => [field as ReadField, header.find(names ?? [])] as [ReadField, number])
      .filter(([, i]) => i >= 0);
    this.keyColumn = header.find(format.columns[format.groupBy] ?? []);
  }

  /** True when the file has the column orders are grouped by. */
  get hasKey(): boolean {
    return this.keyColumn >= 0;
  }

  push(cells: string[], row: number): void {
    this.rowsRead++;
    if (isBlank(cells)) this.aside(row, 'excluded', 'blank row', null);
    else if (this.header.isRepeatedBy(cells)) this.aside(row, 'excluded', 'repeated header row', null);
    else this.place((cells[this.keyColumn] ?? '').trim(), this.read(cells), row);
  }

  private place(key: string, fields: RowFields, row: number): void {
    if (!key) {
      // Layouts that print order fields once let later rows leave the key empty.
      if (this.current && !this.format.scattered) this.add(this.current, fields, false);
      else this.aside(row, 'rejected', `no ${this.keyLabel()}`, this.format.groupBy);
      return;
    }
    const known = this.drafts.get(key);
    if (known) {
      if (!this.format.scattered && known !== this.current) known.repeatedAt ??= row;
      this.current = known;
      this.add(known, fields, false);
      return;
    }
    const draft: Draft = { key, firstRow: row, rowCount: 0, rows: [], lineRows: [], codeCells: [], repeatedAt: null };
    this.drafts.set(key, draft);
    this.current = draft;
    this.add(draft, fields, true);
  }

  private add(draft: Draft, fields: RowFields, first: boolean): void {
    draft.rowCount++;
    if (first || this.format.scattered) draft.rows.push(fields);
    if (LINE_FIELDS.some((f) => fields[f]) || fields.packedLines) draft.lineRows.push(lineCells(fields));
    if (fields.discountCodes) draft.codeCells.push(fields.discountCodes);
  }

  private read(cells: string[]): RowFields {
    const out: RowFields = {};
    for (const [field, i] of this.columns) {
      const v = cells[i];
      if (v !== undefined && v !== '') out[field] = v;
    }
    return out;
  }

  private aside(row: number, bucket: SetAside['bucket'], reason: string, field: string | null): void {
    this.setAside.push({ row, bucket, reason, field });
  }

  private keyLabel(): string {
    const names = this.format.columns[this.format.groupBy];
    return names?.[0] ? `"${names[0]}"` : 'order id';
  }
}

function isBlank(cells: string[]): boolean {
  for (const c of cells) if (c.trim() !== '') return false;
  return true;
}

function lineCells(fields: RowFields): RowFields {
  const out: RowFields = {};
  for (const f of LINE_FIELDS) if (fields[f]) out[f] = fields[f];
  if (fields.packedLines) out.packedLines = fields.packedLines;
  return out;
}
