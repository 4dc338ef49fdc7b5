/**
 * The results bench's workspace: one pilot with 50 creators on commission
 * (some tiered, some CPA, some with a bonus) over a generated Shopify export
 * where nine orders in ten carry one of their codes, imported through the
 * contract like a user's file: 115k orders, of which about 100k are
 * attributed (some coded orders fall outside the window).
 */

import { join } from 'node:path';
import { dispatch } from '../../src/main/core/api';
import type { Session } from '../../src/main/core/workspace/session';
import type { ImportJob } from '../../src/shared/imports';
import { writeShopifyExport } from '../fixtures/shopify-export';

export const BENCH_CREATORS = 50;
export const BENCH_ORDERS = 115_000;

async function must<T>(session: Session, method: string, input: unknown): Promise<T> {
  const res = await dispatch(session, method, input);
  if (!res.ok) throw new Error(`${method}: ${res.error.message}`);
  return res.data as T;
}

async function until(session: Session, job: ImportJob, busy: ImportJob['state']): Promise<ImportJob> {
  let current = job;
  while (current.state === busy) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    current = await must<ImportJob>(session, 'imports.status', { jobId: current.id });
  }
  return current;
}

/** Creates the workspace at `path` in `session`; returns the pilot id. */
export async function resultsWorkspace(session: Session, dir: string, path: string): Promise<number> {
  const codes = Array.from({ length: BENCH_CREATORS }, (_, i) => `CREATOR${String(i + 1).padStart(2, '0')}`);
  const file = join(dir, 'orders_export_results.csv');
  await writeShopifyExport(file, { orders: BENCH_ORDERS, codes, codeShare: 0.9 });
  session.open(path, 'create');
  const pilot = await must<{ id: number; brandId: number }>(session, 'pilots.create', {
    name: 'Results bench',
    brand: 'Brando',
    currency: 'USD',
    startDate: '2026-05-01',
    endDate: '2026-06-30',
    targetCac: '40.00',
  });
  for (const [i, code] of codes.entries()) {
    await must(session, 'creators.add', {
      pilotId: pilot.id,
      name: `Creator ${i + 1}`,
      handles: [{ platform: 'instagram', handle: `creator${i + 1}` }],
      discountCode: code,
      stipend: '250.00',
      productUnits: 3,
      productUnitCost: '18.00',
      commissionRate: i % 5 === 4 ? null : '10',
      commissionTiers: i % 3 === 0 ? [{ from: '5000.00', rate: '15' }] : [],
      cpa: i % 5 === 4 ? '6.00' : null,
      bonusMetric: i % 4 === 0 ? 'net_orders' : null,
      bonusThreshold: i % 4 === 0 ? '500' : null,
      bonusAmount: i % 4 === 0 ? '150.00' : null,
    });
  }
  let job = await must<ImportJob>(session, 'imports.start', {
    kind: 'orders',
    file: { path: file },
    brandId: pilot.brandId,
  });
  job = await until(session, job, 'reading');
  if (job.state !== 'ready') throw new Error(`import not ready: ${job.error?.message}`);
  job = await until(session, await must<ImportJob>(session, 'imports.commit', { jobId: job.id }), 'committing');
  if (job.state !== 'done') throw new Error(`import not done: ${job.error?.message}`);
  return pilot.id;
}
