/**
 * `orders import` / `clicks import`: start the job, wait while the file is
 * read, then (unless --dry-run) commit and wait for the write. Progress goes
 * to stderr so stdout stays the result.
 */

import type { Method } from '../../shared/api/contract';
import type { Envelope } from '../../shared/api/errors';
import type { ImportJob } from '../../shared/imports';

export type Caller = (method: Method, input: unknown) => Promise<Envelope<unknown>>;

export interface RunOptions {
  dryRun: boolean;
  progress(text: string): void;
}

const POLL_MS = 25;

export async function runImport(
  call: Caller,
  input: Record<string, unknown>,
  options: RunOptions,
): Promise<Envelope<ImportJob>> {
  const { dryRun: _, ...startInput } = input;
  const started = (await call('imports.start', startInput)) as Envelope<ImportJob>;
  if (!started.ok) return started;
  const ready = await settle(call, started.data, options);
  if (!ready.ok || ready.data.state !== 'ready') return ready;
  if (options.dryRun) return ready;
  if (ready.data.preview?.needsMapping) {
    return {
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'Pilotdesk does not know this layout; map its columns once in the app, or pass --format',
        field: 'format',
      },
    };
  }
  const committing = (await call('imports.commit', { jobId: ready.data.id })) as Envelope<ImportJob>;
  if (!committing.ok) return committing;
  options.progress('Writing');
  return settle(call, committing.data, options);
}

/** Polls until the job leaves its working state; a failed job comes back as an error envelope. */
async function settle(call: Caller, job: ImportJob, options: RunOptions): Promise<Envelope<ImportJob>> {
  let current = job;
  let lastPhase = '';
  while (current.state === 'reading' || current.state === 'committing') {
    if (current.progress.phase !== lastPhase) {
      lastPhase = current.progress.phase;
      options.progress(lastPhase);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    const next = (await call('imports.status', { jobId: current.id })) as Envelope<ImportJob>;
    if (!next.ok) return next;
    current = next.data;
  }
  if (current.state === 'failed') {
    return {
      ok: false,
      error: {
        code: 'invalid_input',
        message: current.error?.message ?? 'The import failed',
        ...(current.error?.field ? { field: current.error.field } : {}),
      },
    };
  }
  return { ok: true, data: current };
}
