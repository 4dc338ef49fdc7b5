/** Generates a day of demo orders with a seeded random source. */

import { addDays, daysBetween } from '../../../shared/dates';
import type { NewOrder, OrderLine } from '../db/orders';
import { CREATORS, DEMO_PILOT, PRODUCTS, US_STATES } from './catalogue';

type DemoOrder = NewOrder & { buyerEmail: string };

/** mulberry32: small, fast, and the same sequence for the same seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TAX_BP = 800;
const FREE_SHIPPING_FROM = 5000;
const SHIPPING = 595;

export class DemoOrders {
  private readonly rand: () => number;
  private next = 5_812_340_001_000;
  private name = 1001;
  private customers = 0;
  /** Buyers seen so far, by creator (or '' for the shop), for repeat orders. */
  private readonly buyers = new Map<string, string[]>();

  constructor(seed: number) {
    this.rand = random(seed);
  }

  day(date: string): DemoOrder[] {
    const out: DemoOrder[] = [];
    const weekend = [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());
    const organic = this.poisson(weekend ? 26 : 20);
    for (let i = 0; i < organic; i++) out.push(this.order(date, null));
    for (const c of CREATORS) {
      const live = addDays(DEMO_PILOT.startDate, c.liveDay);
      const since = daysBetween(live, date);
      if (since < 0 || date > addDays(DEMO_PILOT.endDate, 30)) continue;
      // A post pulls hardest in its first days, then settles to a long tail.
      const rate = c.pull * (0.35 + 1.6 * Math.exp(-since / 6));
      const n = this.poisson(rate);
      for (let i = 0; i < n; i++) out.push(this.order(date, c));
    }
    if (date === addDays(DEMO_PILOT.startDate, 1)) out.push(this.testOrder(date));
    return out;
  }

  private order(date: string, creator: (typeof CREATORS)[number] | null): DemoOrder {
    const lines = this.lines();
    const gross = lines.reduce((s, l) => s + l.quantity * l.unitPriceMinor, 0);
    const byLink = creator !== null && this.rand() < 0.18;
    const welcome = creator === null && this.rand() < 0.08;
    const codes = creator && !byLink ? [creator.code] : welcome ? ['WELCOME10'] : [];
    const discountBp = codes.length === 0 ? 0 : creator ? 1500 : 1000;
    const discount = Math.round((gross * discountBp) / 10_000);
    spreadDiscount(lines, discount);
    const subtotal = gross - discount;
    const shipping = subtotal >= FREE_SHIPPING_FROM ? 0 : SHIPPING;
    const tax = Math.round((subtotal * TAX_BP) / 10_000);
    const total = subtotal + shipping + tax;
    const roll = this.rand();
    const refunded = roll < 0.04 ? total : roll < 0.06 ? Math.round(total * 0.4) : 0;
    const cancelled = roll > 0.99;
    const pending = !cancelled && roll > 0.98;
    const hour = String(8 + Math.floor(this.rand() * 14)).padStart(2, '0');
    const minute = String(Math.floor(this.rand() * 60)).padStart(2, '0');
    const offset = date >= '2026-11-01' ? '-0800' : '-0700';
    const region =
      this.rand() < 0.03 ? `CA-${['ON', 'BC', 'QC'][Math.floor(this.rand() * 3)]}` : `US-${this.pick(US_STATES)}`;
    const handle = creator?.handle ?? null;
    const order: DemoOrder = {
      source: 'shopify',
      externalId: String(this.next++),
      orderName: `#${this.name++}`,
      orderDate: date,
      createdAtText: `${date} ${hour}:${minute}:00 ${offset}`,
      currency: DEMO_PILOT.currency,
      subtotalMinor: subtotal,
      discountMinor: discount,
      shippingMinor: shipping,
      taxMinor: tax,
      totalMinor: total,
      refundedMinor: cancelled ? total : refunded,
      financialStatus: cancelled
        ? 'refunded'
        : pending
          ? 'pending'
          : refunded === total
            ? 'refunded'
            : refunded > 0
              ? 'partially_refunded'
              : 'paid',
      cancelledAt: cancelled ? `${date} ${hour}:${minute}:30 ${offset}` : null,
      isTest: false,
      discountCodes: codes,
      landingUrl: byLink ? `${DEMO_PILOT.landingUrl}?utm_campaign=${DEMO_PILOT.slug}&utm_content=${handle}` : null,
      utm: byLink
        ? { source: creator?.platform ?? null, medium: 'creator', campaign: DEMO_PILOT.slug, content: handle }
        : { source: null, medium: null, campaign: null, content: null },
      region,
      buyerHash: null,
      buyerEmail: this.buyer(creator?.code ?? ''),
      lines,
    };
    return order;
  }

  private testOrder(date: string): DemoOrder {
    const o = this.order(date, null);
    return { ...o, isTest: true, buyerEmail: 'staff@northwind-botanics.example' };
  }

  private lines(): OrderLine[] {
    const count = this.rand() < 0.7 ? 1 : this.rand() < 0.8 ? 2 : 3;
    const lines: OrderLine[] = [];
    for (let i = 0; i < count; i++) {
      const p = this.pick(PRODUCTS);
      lines.push({
        sku: p.sku,
        name: p.name,
        quantity: this.rand() < 0.85 ? 1 : 2,
        unitPriceMinor: p.priceMinor,
        discountMinor: 0,
      });
    }
    return lines;
  }

  /** One in five buyers of a channel comes back; the rest are new. */
  private buyer(channel: string): string {
    const seen = this.buyers.get(channel) ?? [];
    if (seen.length > 0 && this.rand() < 0.2) return this.pick(seen);
    const email = `customer${++this.customers}@mail.example`;
    seen.push(email);
    this.buyers.set(channel, seen);
    return email;
  }

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.rand() * items.length)] as T;
  }

  private poisson(mean: number): number {
    const limit = Math.exp(-mean);
    let k = 0;
    let p = this.rand();
    while (p > limit) {
      k++;
      p *= this.rand();
    }
    return k;
  }
}

/** Shares an order's discount over its lines, the remainder on the first line. */
function spreadDiscount(lines: OrderLine[], discount: number): void {
  const gross = lines.reduce((s, l) => s + l.quantity * l.unitPriceMinor, 0);
  if (gross === 0 || discount === 0) return;
  let given = 0;
  for (const l of lines) {
    l.discountMinor = Math.floor((discount * l.quantity * l.unitPriceMinor) / gross);
    given += l.discountMinor;
  }
  const first = lines[0];
  if (first) first.discountMinor += discount - given;
}
