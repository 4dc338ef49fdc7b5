/** Runs an import through the public contract, as the app and the CLI do: start, wait, commit, wait. */

import type { InputOf } from '../../src/shared/api/contract';
import type { ImportJob, ImportPreview } from '../../src/shared/imports';
import type { newWorkspace } from './workspace';

type Workspace = ReturnType<typeof newWorkspace>;

async function settle(ws: Workspace, job: ImportJob): Promise<ImportJob> {
  let current = job;
  while (current.state === 'reading' || current.state === 'committing') {
    await new Promise((resolve) => setTimeout(resolve, 2));
    current = await ws.ok('imports.status', { jobId: current.id });
  }
  return current;
}

/** The preview of a file (nothing written). */
export async function preview(ws: Workspace, input: InputOf<'imports.start'>): Promise<ImportJob> {
  return settle(ws, await ws.ok('imports.start', input));
}

/** Imports a file whole; fails the test if it does not land. */
export async function importFile(
  ws: Workspace,
  input: InputOf<'imports.start'>,
): Promise<ImportPreview & { batchId: number }> {
  const ready = await preview(ws, input);
  if (ready.state !== 'ready') throw new Error(`import not ready: ${ready.state} ${ready.error?.message ?? ''}`);
  const done = await settle(ws, await ws.ok('imports.commit', { jobId: ready.id }));
  if (done.state !== 'done' || !done.preview || done.batchId === null) {
    throw new Error(`import did not land: ${done.state} ${done.error?.message ?? ''}`);
  }
  return { ...done.preview, batchId: done.batchId };
}

/** Orders (records) per bucket and reason: {added: 5, 'excluded:cancelled': 1, ...}. */
export function bucketCounts(p: ImportPreview): Record<string, number> {
  const out: Record<string, number> = {};
  for (const b of p.buckets) {
    const key = b.reason && b.bucket === 'excluded' ? `excluded:${b.reason}` : b.bucket;
    out[key] = (out[key] ?? 0) + b.records;
  }
  return out;
}

/** Checks the summary's own arithmetic: bucket rows and money add up to the file's. */
export function bucketsAddUp(p: ImportPreview): { rows: boolean; money: boolean } {
  const rows = p.buckets.reduce((n, b) => n + b.rows, 0);
  const money = new Map<string, number>();
  for (const b of p.buckets) for (const t of b.totals) money.set(t.currency, (money.get(t.currency) ?? 0) + t.minor);
  return {
    rows: rows === p.rowsRead && rows === p.fileTotals.rows,
    money:
      p.fileTotals.totals.every((t) => money.get(t.currency) === t.minor) && money.size === p.fileTotals.totals.length,
  };
}
