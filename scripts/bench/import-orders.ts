/**
 * Bench child, one measurement per process so its peak memory is its own:
 *   bare FILE            papaparse alone over the file (the yardstick)
 *   import FILE WS DATA  a first import through the contract, then the same file again
 * Prints one JSON line: {firstMs, previewMs?, againMs?, maxRssMb, ...}.
 */

import { readFileSync } from 'node:fs';
import { dispatch } from '../../src/main/core/api';
import { bareParse } from '../../src/main/core/import/read/bare-parse';
import { Session } from '../../src/main/core/workspace/session';
import { Settings } from '../../src/main/core/workspace/settings';
import type { ImportJob } from '../../src/shared/imports';

const [mode, file, workspace, dataDir] = process.argv.slice(2);
const rssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

async function must<T>(session: Session, method: string, input: unknown): Promise<T> {
  const res = await dispatch(session, method, input);
  if (!res.ok) throw new Error(`${method}: ${res.error.message}`);
  return res.data as T;
}

/** One import through the contract; `previewMs` is the part before the user could press Import. */
async function importOnce(session: Session, brandId: number): Promise<ImportJob & { previewMs: number }> {
  const start = performance.now();
  let job = await must<ImportJob>(session, 'imports.start', { kind: 'orders', file: { path: file }, brandId });
  while (job.state === 'reading') {
    await new Promise((resolve) => setTimeout(resolve, 5));
    job = await must<ImportJob>(session, 'imports.status', { jobId: job.id });
  }
  if (job.state !== 'ready') throw new Error(`not ready: ${job.error?.message}`);
  const previewMs = performance.now() - start;
  job = await must<ImportJob>(session, 'imports.commit', { jobId: job.id });
  while (job.state === 'committing') {
    await new Promise((resolve) => setTimeout(resolve, 5));
    job = await must<ImportJob>(session, 'imports.status', { jobId: job.id });
  }
  if (job.state !== 'done') throw new Error(`not done: ${job.error?.message}`);
  return { ...job, previewMs };
}

if (mode === 'bare') {
  const start = performance.now();
  const rows = await bareParse(readFileSync(file as string));
  console.log(JSON.stringify({ firstMs: performance.now() - start, rows, maxRssMb: rssMb() }));
} else {
  const session = new Session(new Settings(dataDir as string), false);
  session.open(workspace as string, 'create');
  const pilot = await must<{ id: number; brandId: number }>(session, 'pilots.create', {
    name: 'Bench pilot',
    brand: 'Brando',
    currency: 'USD',
    startDate: '2026-05-01',
    endDate: '2026-06-30',
  });
  for (const [name, code] of [
    ['Maya', 'MAYA15'],
    ['Leo', 'LEO10'],
    ['Sam', 'SAM-20'],
  ] as const) {
    await must(session, 'creators.add', {
      pilotId: pilot.id,
      name,
      handles: [{ platform: 'instagram', handle: name.toLowerCase() }],
      discountCode: code,
    });
  }
  let start = performance.now();
  const first = await importOnce(session, pilot.brandId);
  const firstMs = performance.now() - start;
  start = performance.now();
  const again = await importOnce(session, pilot.brandId);
  const againMs = performance.now() - start;
  const added = first.preview?.buckets.find((b) => b.bucket === 'added')?.records ?? 0;
  const unchanged = again.preview?.buckets.find((b) => b.bucket === 'unchanged')?.records ?? 0;
  session.close();
  console.log(JSON.stringify({ firstMs, previewMs: first.previewMs, againMs, added, unchanged, maxRssMb: rssMb() }));
}
