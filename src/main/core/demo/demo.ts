/**
 * The demo workspace: one brand, one pilot with 12 creators on real terms,
 * and about three months of shop orders shaped like a Shopify export
 * (baseline sales, creator codes after each go-live, tracked links, refunds,
 * cancellations, a test order), how each creator went live (terms, signed
 * contract, approved post, sign-offs) and an approved outreach template. Seeded,
 * so every load is the same data.
 */

import type { Database } from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import { addDays, daysBetween } from '../../../shared/dates';
import type { DemoSummary } from '../../../shared/entities';
import { basisPointsToPercent, minorToDecimal } from '../../../shared/money';
import { attributePilot } from '../attribution/attribute';
import { createBrand } from '../db/brands';
import { rememberFirstOrders } from '../db/buyer-history';
import { addCreator } from '../db/creators';
import { createBatch, finishBatch, type NewOrder, OrderWriter } from '../db/orders';
import { createPilot } from '../db/pilots';
import { sql } from '../db/statements';
import { buyerHash, workspaceSalt } from '../privacy';
import { CREATORS, DEMO_BRAND, DEMO_ORDERS_FROM, DEMO_ORDERS_TO, DEMO_PILOT, UNIT_COST_MINOR } from './catalogue';
import { recordDemoGoingLive } from './going-live';
import { DemoOrders } from './orders';
import { addDemoTemplate } from './outreach-template';

export function loadDemo(db: Database): DemoSummary {
  if (sql(db, 'SELECT 1 FROM brands WHERE name = ?').get(DEMO_BRAND)) {
    throw new ApiError('conflict', `The demo is already in this workspace (brand "${DEMO_BRAND}")`);
  }
  return db.transaction(() => {
    const brand = createBrand(db, DEMO_BRAND);
    const pilot = createPilot(db, {
      name: DEMO_PILOT.name,
      brand: DEMO_BRAND,
      market: DEMO_PILOT.market,
      currency: DEMO_PILOT.currency,
      startDate: DEMO_PILOT.startDate,
      endDate: DEMO_PILOT.endDate,
      objective: 'sales',
      targetCac: '30.00',
      targetAov: '55.00',
      targetConversion: '2.5',
      targetRepeatRate: '20',
      minSample: 10,
      attributionMethod: 'both',
      attributionWindowDays: 30,
      returnWindowDays: 30,
      baselineMethod: 'pre_period',
      budget: '6000.00',
      creatorCap: '500.00',
      status: 'measuring',
      glCode: '6420-CREATORS',
    });
    const members = CREATORS.map((c, i) =>
      addCreator(db, {
        pilotId: pilot.id,
        name: c.name,
        handles: [{ platform: c.platform, handle: c.handle }],
        email: `${c.handle.replace(/\./g, '')}@creators.example`,
        region: `US-${c.region}`,
        followers: c.followers,
        stage: 'live',
        stipend: minorText(c.stipendMinor),
        productUnits: c.productUnits,
        productUnitCost: minorText(UNIT_COST_MINOR),
        commissionRate: c.commissionBp === null ? null : basisPointsToPercent(c.commissionBp),
        cpa: c.cpaMinor === null ? null : minorText(c.cpaMinor),
        discountCode: c.code,
        landingUrl: `${DEMO_PILOT.landingUrl}?utm_source=${c.platform}&utm_medium=creator&utm_campaign=${DEMO_PILOT.slug}&utm_content=${encodeURIComponent(c.handle)}`,
        goLiveDate: addDays(DEMO_PILOT.startDate, c.liveDay),
        cpaBasis: 'net_order',
        // Every third rev-share creator earns more past 1,500.00 of revenue; every fourth has a bonus at 25 orders.
        commissionTiers: c.commissionBp !== null && i % 3 === 0 ? [{ from: '1500.00', rate: '15' }] : [],
        seedingShipping: minorText(c.productUnits * 650),
        fees: i % 4 === 1 ? '25.00' : null,
        bonusMetric: i % 4 === 0 ? 'net_orders' : null,
        bonusThreshold: i % 4 === 0 ? '25' : null,
        bonusAmount: i % 4 === 0 ? '100.00' : null,
        baselineRevenue: null,
        payeeRef: `V-${String(1001 + i)}`,
      }),
    );
    recordDemoGoingLive(db, brand.id, pilot.id, members);

    const salt = workspaceSalt(db);
    const batch = createBatch(db, {
      kind: 'orders',
      fileName: 'Demo orders (generated)',
      contentHash: 'demo',
      format: 'demo',
      brandId: brand.id,
      pilotId: null,
    });
    const generator = new DemoOrders(20260803);
    const days = daysBetween(DEMO_ORDERS_FROM, DEMO_ORDERS_TO);
    let orders = 0;
    const writer = new OrderWriter(db, batch);
    for (let d = 0; d <= days; d++) {
      for (const order of generator.day(addDays(DEMO_ORDERS_FROM, d))) {
        writer.add(withHash(order, salt));
        orders++;
      }
    }
    writer.finish();
    finishBatch(db, batch, { rowsRead: orders, added: orders, updated: 0, summary: null });
    rememberFirstOrders(db, brand.id);
    attributePilot(db, pilot.id);
    addDemoTemplate(db);
    return { brandId: brand.id, pilotId: pilot.id, creators: CREATORS.length, orders };
  })();
}

function withHash(order: NewOrder & { buyerEmail: string }, salt: string): NewOrder {
  const { buyerEmail, ...rest } = order;
  return { ...rest, buyerHash: buyerHash(salt, buyerEmail) };
}

function minorText(minor: number): string {
  return minorToDecimal(minor, DEMO_PILOT.currency);
}
