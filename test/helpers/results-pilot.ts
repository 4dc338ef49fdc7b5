/**
 * A small pilot with every case results must handle, from a real Shopify
 * export: window edges, a buyer with an earlier order, a full and a partial
 * refund, tiers, CPA, a bonus, and an order in another currency.
 */

import { importFile } from './imports';
import { writeShopifyCsv } from './shopify-csv';
import { newWorkspace } from './workspace';

const at = (day: string) => `${day} 10:00:00 -0700`;

export async function resultsPilot() {
  const ws = newWorkspace();
  const pilot = await ws.ok('pilots.create', {
    name: 'Spring Glow',
    brand: 'Fernleaf',
    currency: 'USD',
    startDate: '2026-03-01',
    endDate: '2026-03-31',
    attributionWindowDays: 10,
    minSample: 2,
    targetCac: '30.00',
  });
  const maya = await ws.ok('creators.add', {
    pilotId: pilot.id,
    name: 'Maya',
    handles: [{ platform: 'instagram', handle: 'mayamakes' }],
    discountCode: 'MAYA15',
    stipend: '100.00',
    productUnits: 2,
    productUnitCost: '10.00',
    seedingShipping: '5.00',
    commissionRate: '10',
    commissionTiers: [{ from: '100.00', rate: '20' }],
    bonusMetric: 'net_orders',
    bonusThreshold: '2',
    bonusAmount: '25.00',
  });
  const leo = await ws.ok('creators.add', {
    pilotId: pilot.id,
    name: 'Leo',
    handles: [{ platform: 'tiktok', handle: 'leoglows' }],
    discountCode: 'LEO10',
    cpa: '5.00',
  });
  const file = writeShopifyCsv(ws.dir, 'orders_export_1.csv', [
    { name: '#1001', created: at('2026-02-20'), total: '30.00', email: 'a@example.com' },
    { name: '#1002', created: at('2026-03-01'), total: '80.00', code: 'MAYA15', email: 'a@example.com' },
    { name: '#1003', created: at('2026-03-05'), total: '60.00', code: 'MAYA15', email: 'b@example.com' },
    {
      name: '#1004',
      created: at('2026-03-10'),
      total: '50.00',
      code: 'MAYA15',
      email: 'c@example.com',
      status: 'refunded',
      refunded: '50.00',
    },
    { name: '#1005', created: at('2026-04-10'), total: '40.00', code: 'LEO10', email: 'd@example.com' },
    { name: '#1006', created: at('2026-04-11'), total: '45.00', code: 'LEO10', email: 'f@example.com' },
    {
      name: '#1007',
      created: at('2026-03-12'),
      total: '20.00',
      code: 'LEO10',
      email: 'g@example.com',
      currency: 'EUR',
    },
    { name: '#1008', created: at('2026-03-15'), total: '25.00', email: 'b@example.com' },
    {
      name: '#1009',
      created: at('2026-03-20'),
      total: '30.00',
      code: 'MAYA15',
      email: 'e@example.com',
      status: 'partially_refunded',
      refunded: '10.00',
    },
  ]);
  await importFile(ws, { kind: 'orders', file: { path: file }, brandId: pilot.brandId as number, currency: 'USD' });
  return { ws, pilot, maya, leo };
}
