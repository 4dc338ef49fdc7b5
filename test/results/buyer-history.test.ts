/**
 * New customers stay right as order data changes: each buyer's first order
 * with the brand is rebuilt on every import and undo, and a workspace from
 * schema 2 gets it at the upgrade. The ledger (per order) and the results
 * (per day) agree on every creator's commission.
 */

import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { rememberAllFirstOrders } from '../../src/main/core/db/buyer-history';
import { MIGRATIONS } from '../../src/main/core/db/migrations';
import { pilotLedger } from '../../src/main/core/results/ledger';
import { importFile } from '../helpers/imports';
import { resultsPilot } from '../helpers/results-pilot';
import { writeShopifyCsv } from '../helpers/shopify-csv';
import { newWorkspace } from '../helpers/workspace';

describe("buyers' first orders", () => {
  it('follow imports and undos', async () => {
    const { ws, pilot, maya } = await resultsPilot();
    const newOf = async () =>
      (await ws.ok('results.get', { pilotId: pilot.id })).creators.find((c) => c.id === maya.id)?.newCustomers;
    expect(await newOf()).toBe(3); // b@, c@, e@

    // An older order of b@ turns up: b@'s first order is no longer Maya's.
    const older = writeShopifyCsv(ws.dir, 'older.csv', [
      { name: '#0999', created: '2026-01-15 09:00:00 -0700', total: '12.00', email: 'b@example.com' },
    ]);
    const job = await importFile(ws, { kind: 'orders', file: { path: older }, brandId: pilot.brandId as number });
    expect(await newOf()).toBe(2);

    await ws.ok('imports.undo', { batchId: job.batchId as number });
    expect(await newOf()).toBe(3);
  });

  it('are backfilled when a schema 2 workspace is upgraded', async () => {
    const { ws, pilot } = await resultsPilot();
    const before = await ws.ok('results.get', { pilotId: pilot.id });
    const db = ws.session.db as Database.Database;
    db.exec('UPDATE orders SET buyer_first = 0, buyer_next_days = NULL');
    rememberAllFirstOrders(db);
    expect(await ws.ok('results.get', { pilotId: pilot.id })).toEqual(before);
    expect(MIGRATIONS[2]?.name).toMatch(/first orders/);
  });
});

describe('the ledger and the results', () => {
  it("agree on every creator's commission, tiers and CPA included", async () => {
    const ws = newWorkspace();
    const demo = await ws.ok('demo.load', {});
    const results = await ws.ok('results.get', { pilotId: demo.pilotId });
    const ledger = pilotLedger(ws.session.db, demo.pilotId);
    for (const c of results.creators) {
      const orders = ledger.creators.find((l) => l.pilotCreatorId === c.id)?.orders ?? [];
      expect(
        orders.reduce((t, o) => t + o.commissionMinor, 0),
        c.name,
      ).toBe(c.commissionMinor);
      expect(orders.filter((o) => o.newCustomer).length, c.name).toBe(c.newCustomers);
    }
  });
});
