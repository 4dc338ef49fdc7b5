/**
 * Turns completed drafts into orders as the file streams by. Dates and
 * amounts are read with one date order and one decimal mark for the whole
 * file: chosen by the user, fixed by the layout, or learnt from the file's
 * own values — the date order once only one order reads every date seen, the
 * mark from the first amount that can only be read one way. Until then
 * drafts wait; after that they are read at once and their text let go.
 */

import type { DateOrder, DecimalMark, RowProblem } from '../../../../shared/imports';
import type { OrderFormat } from '../formats/types';
import { detectDecimalMark, parseDateText } from '../values';
import type { Draft, DraftSink } from './assemble';
import { type FinalizeContext, finalizeDraft, type ParsedOrder, type RejectedOrder } from './finalize';

const ALL_ORDERS: DateOrder[] = ['ymd', 'mdy', 'dmy'];

export interface CollectorOptions {
  format: OrderFormat;
  source: string;
  dateOrder?: DateOrder;
  decimalMark?: DecimalMark;
  currency: string | null;
  salt: string;
  hasStatusColumn: boolean;
}

export class OrderCollector implements DraftSink {
  readonly orders: ParsedOrder[] = [];
  readonly rejected: RejectedOrder[] = [];
  private readonly fixedOrder: DateOrder | null;
  private fitting: DateOrder[];
  private mark: DecimalMark | null;
  private pending: Draft[] = [];
  /** Where each completed key's result went, to reject both copies of an order the file holds twice. */
  private readonly done = new Map<string, ParsedOrder | RejectedOrder>();

  constructor(private readonly opts: CollectorOptions) {
    this.fixedOrder = opts.dateOrder ?? opts.format.dateOrder ?? null;
    this.fitting = this.fixedOrder ? [this.fixedOrder] : [...ALL_ORDERS];
    this.mark = opts.decimalMark ?? null;
  }

  complete(draft: Draft): void {
    this.learn(draft);
    if (this.settled) {
      if (this.pending.length > 0) this.flush();
      this.finalize(draft);
    } else this.pending.push(draft);
  }

  repeated(key: string, row: number): void {
    const waiting = this.pending.find((d) => d.key === key);
    if (waiting) {
      waiting.repeatedAt ??= row;
      return;
    }
    const earlier = this.done.get(key);
    if (!earlier || !('externalId' in earlier)) return;
    const at = this.orders.indexOf(earlier);
    if (at >= 0) this.orders.splice(at, 1);
    const rejected: RejectedOrder = {
      problem: {
        row: earlier.firstRow,
        field: 'orderName',
        message: `order ${key} appears twice in the file (again at row ${row})`,
      },
      rowCount: earlier.rowCount,
      total: { currency: earlier.currency, minor: earlier.totalMinor },
    };
    this.rejected.push(rejected);
    this.done.set(key, rejected);
  }

  /** The end of the file: decide what is still open and read every waiting draft. */
  end(): { dateOrder: DateOrder; dateOrderChoices: DateOrder[]; decimalMark: DecimalMark } {
    const dateOrderChoices = this.fixedOrder ? [this.fixedOrder] : this.fitting;
    this.fitting = [dateOrderChoices[0] ?? 'ymd'];
    this.mark ??= '.';
    this.flush();
    return { dateOrder: this.fitting[0] ?? 'ymd', dateOrderChoices, decimalMark: this.mark };
  }

  get problems(): RowProblem[] {
    return this.rejected.map((r) => r.problem);
  }

  private get settled(): boolean {
    return this.fitting.length === 1 && this.mark !== null;
  }

  private learn(draft: Draft): void {
    const head = draft.rows[0];
    if (!head) return;
    if (this.fitting.length > 1 && head.createdAt) {
      const text = head.createdAt.trim();
      const fits = this.fitting.filter((o) => parseDateText(text, o).ok);
      // A date no order can read is that order's problem, not evidence about the file.
      if (fits.length > 0) this.fitting = fits;
    }
    if (this.mark === null) {
      for (const v of [head.total, head.subtotal, head.shipping, head.tax, head.orderValue, head.subtotalExTax]) {
        if (v && (v.includes('.') || v.includes(','))) {
          const mark = detectDecimalMark([v]);
          if (mark) {
            this.mark = mark;
            break;
          }
        }
      }
    }
  }

  private flush(): void {
    const waiting = this.pending;
    this.pending = [];
    for (const draft of waiting) this.finalize(draft);
  }

  private finalize(draft: Draft): void {
    const ctx: FinalizeContext = {
      format: this.opts.format,
      source: this.opts.source,
      dateOrder: this.fitting[0] ?? 'ymd',
      mark: this.mark ?? '.',
      currency: this.opts.currency,
      salt: this.opts.salt,
      hasStatusColumn: this.opts.hasStatusColumn,
    };
    const done = finalizeDraft(draft, ctx);
    if (done.ok) {
      this.orders.push(done.order);
      this.done.set(draft.key, done.order);
    } else {
      this.rejected.push(done.rejected);
      this.done.set(draft.key, done.rejected);
    }
  }
}
