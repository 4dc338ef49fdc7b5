/**
 * Bench child, one measurement per process so its peak memory is its own:
 *   bare FILE              papaparse alone over the file (the yardstick)
 *   import FILE WS DATA    a first import through the contract into a new workspace
 *   reimport FILE WS DATA  the same file again into that workspace (0 new)
 * Prints one JSON line: {ms, previewMs?, records?, maxRssMb}.
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

async function newBenchWorkspace(session: Session): Promise<number> {
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
  return pilot.brandId;
}

if (mode === 'bare') {
  const start = performance.now();
  const rows = await bareParse(readFileSync(file as string));
  console.log(JSON.stringify({ ms: performance.now() - start, rows, maxRssMb: rssMb() }));
} else {
  const session = new Session(new Settings(dataDir as string), false);
  let brandId: number;
  if (mode === 'import') brandId = await newBenchWorkspace(session);
  else {
    session.open(workspace as string, 'open');
    brandId = (await must<Array<{ id: number }>>(session, 'brands.list', {}))[0]?.id ?? 0;
  }
  const start = performance.now();
  const job = await importOnce(session, brandId);
  const ms = performance.now() - start;
  const bucket = mode === 'import' ? 'added' : 'unchanged';
  const records = job.preview?.buckets.find((b) => b.bucket === bucket)?.records ?? 0;
  session.close();
  console.log(JSON.stringify({ ms, previewMs: job.previewMs, records, maxRssMb: rssMb() }));
}
