/**
 * A draft's text to a stored order: amounts in minor units of its currency,
 * the calendar date as the shop wrote it, codes, lines, UTM and a buyer hash.
 * A draft that cannot be read whole is rejected with the row and the reason;
 * nothing is half-read.
 */

import type { DateOrder, DecimalMark, MoneySum, RowProblem } from '../../../../shared/imports';
import { currencyExponent, isCurrencyCode } from '../../../../shared/money';
import type { NewOrder, OrderLine } from '../../db/orders';
import { buyerHash } from '../../privacy';
import type { LineText, OrderAmounts, OrderFormat, RowFields } from '../formats/types';
import { parseAmount, parseDateText, parseQuantity } from '../values';
import type { Draft } from './assemble';
import { isTestOrder, normaliseStatus } from './status';
import { mergeUtm, utmFromNotes, utmFromUrl } from './utm';

export interface ParsedOrder extends NewOrder {
  firstRow: number;
  rowCount: number;
  /** Only its tracked-link parameters are known: they go to the stored order of this id. */
  utmOnly?: boolean;
}

export interface FinalizeContext {
  format: OrderFormat;
  source: string;
  dateOrder: DateOrder;
  mark: DecimalMark;
  /** The currency of files that name none. */
  currency: string | null;
  salt: string;
  hasStatusColumn: boolean;
}

export interface RejectedOrder {
  problem: RowProblem;
  rowCount: number;
  /** The order's total when it could still be read, so the file's sums add up. */
  total: MoneySum | null;
}

export type Finalized = { ok: true; order: ParsedOrder } | { ok: false; rejected: RejectedOrder };

class Reject extends Error {
  constructor(
    readonly field: string | null,
    message: string,
  ) {
    super(message);
  }
}

const SCIENTIFIC = /^\d+(?:[.,]\d+)?E\+?\d+$/i;

export function finalizeDraft(draft: Draft, ctx: FinalizeContext): Finalized {
  try {
    return { ok: true, order: build(draft, ctx) };
  } catch (err) {
    if (!(err instanceof Reject)) throw err;
    return {
      ok: false,
      rejected: {
        problem: { row: draft.firstRow, field: err.field, message: err.message },
        rowCount: draft.rowCount,
        total: readableTotal(draft, ctx),
      },
    };
  }
}

function build(draft: Draft, ctx: FinalizeContext): ParsedOrder {
  if (ctx.format.utmOnly) return utmOnly(draft, ctx);
  const head = draft.rows[0] ?? {};
  if (draft.repeatedAt !== null) {
    throw new Reject(
      ctx.format.groupBy,
      `order ${draft.key} appears twice in the file (again at row ${draft.repeatedAt})`,
    );
  }
  const externalId = (ctx.format.groupBy === 'orderName' ? (head.orderId ?? '') : draft.key).trim();
  if (!externalId) throw new Reject('orderId', 'has no order id');
  if (SCIENTIFIC.test(externalId)) {
    throw new Reject(
      'orderId',
      `order id "${externalId}" was rounded by a spreadsheet program; export the file again and import it without opening it in Excel`,
    );
  }
  if (externalId.length > 100) throw new Reject('orderId', 'order id is longer than 100 characters');

  const currency = (head.currency ?? '').trim().toUpperCase() || ctx.currency;
  if (!currency) throw new Reject('currency', 'has no currency');
  if (!isCurrencyCode(currency)) throw new Reject('currency', `"${currency}" is not a currency code`);
  const exponent = currencyExponent(currency);

  const mark = ctx.mark;
  const amounts: OrderAmounts = ctx.format.amounts
    ? ctx.format.amounts(draft.rows, (text) => readAmount('amount', text, exponent, mark))
    : {
        subtotal: readAmount('subtotal', head.subtotal, exponent, mark),
        discount: readAmount('discount', head.discount, exponent, mark),
        shipping: readAmount('shipping', head.shipping, exponent, mark),
        tax: readAmount('tax', head.tax, exponent, mark),
        total: readAmount('total', head.total, exponent, mark),
        refunded: readAmount('refunded', head.refunded, exponent, mark),
      };
  if (amounts.total === null) throw new Reject('total', 'has no total');
  const shipping = amounts.shipping ?? 0;
  const tax = amounts.tax ?? 0;

  const dateText = head.time ? `${head.createdAt ?? ''} ${head.time}`.trim() : (head.createdAt ?? '');
  if (!dateText) throw new Reject('createdAt', 'has no order date');
  const date = parseDateText(dateText, ctx.dateOrder);
  if (!date.ok) throw new Reject('createdAt', `order date "${dateText}" ${date.message}`);

  const rawStatus = ctx.hasStatusColumn ? normaliseStatus(head.financialStatus ?? '') : 'paid';
  const cancelledAt =
    head.cancelledAt?.trim() || (rawStatus === 'cancelled' ? (head.financialStatus ?? '').trim() : null);
  const utm = mergeUtm(
    { source: head.utmSource, medium: head.utmMedium, campaign: head.utmCampaign, content: head.utmContent },
    utmFromUrl(head.landingUrl),
    utmFromNotes(head.notes, head.noteAttributes),
  );
  const buyer = head.buyer?.trim();
  const country = head.region?.trim() ?? '';
  const province = head.province?.trim() ?? '';
  const region = country && province ? `${country}-${province}` : country || province;

  return {
    source: ctx.source,
    externalId: own(externalId),
    orderName: ownOrNull(head.orderName?.trim()),
    orderDate: date.value.date,
    createdAtText: own(dateText),
    currency,
    subtotalMinor: amounts.subtotal ?? Math.max(0, amounts.total - shipping - tax),
    discountMinor: Math.abs(amounts.discount ?? 0),
    shippingMinor: shipping,
    taxMinor: tax,
    totalMinor: amounts.total,
    refundedMinor: Math.abs(amounts.refunded ?? 0),
    financialStatus: rawStatus,
    cancelledAt: ownOrNull(cancelledAt),
    isTest: isTestOrder(head.paymentMethod, head.tags),
    discountCodes: codesOf(draft.codeCells, ctx.format),
    landingUrl: ownOrNull(head.landingUrl?.trim().slice(0, 2000)),
    utm: {
      source: ownOrNull(utm.source),
      medium: ownOrNull(utm.medium),
      campaign: ownOrNull(utm.campaign),
      content: ownOrNull(utm.content),
    },
    region: ownOrNull(region.slice(0, 64)),
    buyerHash: buyer ? buyerHash(ctx.salt, buyer) : null,
    lines: linesOf(draft.lineRows, ctx, exponent),
    firstRow: draft.firstRow,
    rowCount: draft.rowCount,
  };
}

/** Codes in file order, trimmed, each once whatever its case. */
function codesOf(cells: string[], format: OrderFormat): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const cell of cells) {
    const codes = format.codes ? format.codes(cell) : cell.split(',');
    for (const raw of codes) {
      const code = raw.trim().slice(0, 255);
      if (code && !seen.has(code.toLowerCase())) {
        seen.add(code.toLowerCase());
        out.push(own(code));
      }
    }
  }
  return out;
}

function linesOf(rows: RowFields[], ctx: FinalizeContext, exponent: number): OrderLine[] {
  const texts: LineText[] = rows.flatMap((r) => {
    if (r.packedLines && ctx.format.lines) return ctx.format.lines(r.packedLines);
    if (!r.lineName && !r.lineSku && !r.lineQuantity) return [];
    return [
      {
        name: r.lineName ?? '',
        sku: r.lineSku ?? '',
        quantity: r.lineQuantity ?? '1',
        price: r.linePrice ?? '',
        discount: r.lineDiscount ?? '',
      },
    ];
  });
  return texts.map((t) => {
    const qty = parseQuantity(t.quantity || '1', ctx.mark);
    if (!qty.ok) throw new Reject('lineQuantity', `line quantity "${t.quantity}" ${qty.message}`);
    const price = t.price ? parseAmount(t.price, exponent, ctx.mark) : { ok: true as const, value: 0 };
    if (!price.ok) throw new Reject('linePrice', `line price ${price.message}`);
    const discount = t.discount ? parseAmount(t.discount, exponent, ctx.mark) : { ok: true as const, value: 0 };
    if (!discount.ok) throw new Reject('lineDiscount', `line discount ${discount.message}`);
    return {
      sku: ownOrNull(t.sku.trim().slice(0, 200)),
      name: ownOrNull(t.name.trim().slice(0, 300)),
      quantity: qty.value,
      unitPriceMinor: price.value,
      discountMinor: Math.abs(discount.value),
    };
  });
}

function readableTotal(draft: Draft, ctx: FinalizeContext): MoneySum | null {
  const head = draft.rows[0] ?? {};
  const currency = (head.currency ?? '').trim().toUpperCase() || ctx.currency;
  if (!currency || !isCurrencyCode(currency) || !head.total) return null;
  const parsed = parseAmount(head.total, currencyExponent(currency), ctx.mark);
  return parsed.ok ? { currency, minor: parsed.value } : null;
}

function readAmount(field: string, text: string | undefined, exponent: number, mark: DecimalMark): number | null {
  if (text === undefined || text.trim() === '') return null;
  const parsed = parseAmount(text, exponent, mark);
  if (!parsed.ok) throw new Reject(field, `${field} ${parsed.message}`);
  return parsed.value;
}

/**
 * A copy of a cell's text that does not hold on to the parser's chunk: V8
 * keeps substrings of 13 characters or more as views of their parent, and
 * an order kept for the commit would otherwise keep the whole file's text.
 */
function own(text: string): string {
  return text.length < 13 ? text : `${text} `.slice(0, -1);
}

function ownOrNull(text: string | undefined | null): string | null {
  return text ? own(text) : null;
}

/** An analytics report's row: an order id and the first value of each parameter over its rows. */
function utmOnly(draft: Draft, ctx: FinalizeContext): ParsedOrder {
  const pick = (field: 'utmSource' | 'utmMedium' | 'utmCampaign' | 'utmContent' | 'landingUrl') =>
    ownOrNull(draft.rows.map((r) => r[field]?.trim()).find((v) => v && v !== '(not set)' && v !== '(none)'));
  const fromUrl = utmFromUrl(pick('landingUrl') ?? undefined);
  return {
    source: ctx.source,
    externalId: own(draft.key.replace(/^#/, '')),
    orderName: null,
    orderDate: '',
    createdAtText: null,
    currency: '',
    subtotalMinor: 0,
    discountMinor: 0,
    shippingMinor: 0,
    taxMinor: 0,
    totalMinor: 0,
    refundedMinor: 0,
    financialStatus: '',
    cancelledAt: null,
    isTest: false,
    discountCodes: [],
    landingUrl: pick('landingUrl'),
    utm: mergeUtm(
      {
        source: pick('utmSource'),
        medium: pick('utmMedium'),
        campaign: pick('utmCampaign'),
        content: pick('utmContent'),
      },
      fromUrl,
    ),
    region: null,
    buyerHash: null,
    lines: [],
    firstRow: draft.firstRow,
    rowCount: draft.rowCount,
    utmOnly: true,
  };
}
