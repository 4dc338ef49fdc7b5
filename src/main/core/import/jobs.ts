/**
 * Import jobs: read and plan in the background (yielding between chunks, so
 * the app answers while a large file is read), hold the plan for review,
 * then commit on request. Callers poll `status`; a job can be cancelled until
 * its commit has started, and a commit is one transaction.
 */

import { randomBytes } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import type { AutoBackup, BackupReason } from '../../../shared/backups';
import { DEFAULT_MAX_FILE_MB, type ImportJob, type ImportPreview } from '../../../shared/imports';
import { brandCurrencies } from '../db/brands';
import { getPilot } from '../db/pilots';
import { sql } from '../db/statements';
import { workspaceSalt } from '../privacy';
import { type ClickRead, type ClickReadOptions, commitClicks, planClicks, readClicks } from './clicks/clicks';
import { clickPreview } from './clicks/preview';
import type { LonglistMapping } from './longlist/columns';
import { commitLonglist, previewLonglist } from './longlist/import';
import { longlistPreview } from './longlist/preview';
import { hasHandleColumn, type LonglistRead, readLonglist } from './longlist/read-longlist';
import { commitOrders } from './orders/commit';
import { planOrders } from './orders/plan';
import { orderPreview } from './orders/preview';
import { type OrderRead, type OrderReadOptions, readOrders } from './orders/read-orders';
import type { PostMapping } from './posts/columns';
import { commitPosts, previewPosts } from './posts/import';
import { postsPreview } from './posts/preview';
import { hasPostColumns, type PostRead, readPosts } from './posts/read-posts';
import { openTable } from './read/open-table';
import { ReadError } from './read/read-error';
import type { TableFacts, TableSource } from './read/table-source';
import { rememberedMapping } from './remembered-mapping';
import { loadSourceFile, type SourceFile, type UploadSource } from './source-file';
import { commitTracking, previewTracking } from './tracking/move-in';
import { trackingPreview } from './tracking/preview';
import { readTracking, type TrackingMapping, type TrackingRead } from './tracking/read-tracking';

type StartInput = ParsedInput<'imports.start'>;

interface Running {
  job: ImportJob;
  controller: AbortController;
  workspace: string;
  input: Omit<StartInput, 'brandId'> & { brandId: number | null };
  /** The file's bytes are let go once read; its name and hash stay for the commit. */
  file: SourceFile | null;
  facts: TableFacts | null;
  read: OrderRead | ClickRead | TrackingRead | LonglistRead | PostRead | null;
  finishedAt: number | null;
}

export interface JobHost {
  readonly db: Database;
  readonly path: string | null;
  uploads?: UploadSource;
  /** An automatic backup of the workspace, made before every import writes; a failure stops the import. */
  autoBackup(reason: BackupReason): Promise<AutoBackup>;
}

const KEEP_FINISHED_MS = 60 * 60 * 1000;

export class ImportJobs {
  private readonly jobs = new Map<string, Running>();

  /** Checks the request and the file's size at once (so those errors name their field), then reads in the background. */
  async start(host: JobHost, input: StartInput): Promise<ImportJob> {
    this.forgetOld();
    const db = host.db;
    const brandId = input.kind === 'orders' ? resolveBrand(db, input.brandId) : null;
    if (input.kind === 'clicks' || input.kind === 'tracking' || input.kind === 'posts') {
      requirePilot(db, input.pilotId, input.kind);
    }
    // A longlist joins a pilot's longlist only when one is named; without one it adds profiles alone.
    if (input.kind === 'longlist' && input.pilotId !== undefined) requirePilot(db, input.pilotId, input.kind);
    const file = await loadSourceFile(input.file, input.maxFileMb, host.uploads);
    const id = randomBytes(16).toString('hex');
    const running: Running = {
      job: {
        id,
        kind: input.kind,
        state: 'reading',
        fileName: file.name,
        progress: { phase: 'Reading the file', done: 0, total: 0 },
        preview: null,
        batchId: null,
        error: null,
      },
      controller: new AbortController(),
      workspace: host.path ?? '',
      input: { ...input, brandId },
      file,
      facts: null,
      read: null,
      finishedAt: null,
    };
    this.jobs.set(id, running);
    void this.prepare(host, running);
    return { ...running.job };
  }

  /**
   * Before the workspace's data is replaced (a restore): refuses while an
   * import is being written, and cancels previews planned on the old data.
   */
  settleForReplace(workspace: string): void {
    const mine = [...this.jobs.values()].filter((r) => r.workspace === workspace);
    if (mine.some((r) => r.job.state === 'committing')) {
      throw new ApiError('conflict', 'An import is being written; wait for it to finish, then restore');
    }
    for (const r of mine) this.cancel(r.job.id);
  }

  status(id: string): ImportJob {
    return { ...this.get(id).job };
  }

  cancel(id: string): ImportJob {
    const r = this.get(id);
    if (r.job.state === 'reading' || r.job.state === 'ready') {
      r.controller.abort();
      this.finish(r, 'cancelled');
    }
    return { ...r.job };
  }

  commit(host: JobHost, id: string): ImportJob {
    const r = this.get(id);
    if (r.job.state !== 'ready') {
      throw new ApiError('conflict', `This import is ${r.job.state}, not ready to commit`);
    }
    if (host.path !== r.workspace)
      throw new ApiError('conflict', 'The workspace changed since this preview; start again');
    if (r.job.preview?.needsMapping) throw ApiError.field('mapping', 'Map the required columns before importing');
    r.job.state = 'committing';
    r.job.progress = { phase: 'Backing up the workspace', done: 0, total: r.job.preview?.orders ?? 0 };
    // Written on the next turn, so this call answers at once with "committing".
    setImmediate(() => void this.write(host, r));
    return { ...r.job };
  }

  private async prepare(host: JobHost, r: Running): Promise<void> {
    const file = r.file;
    if (!file) return;
    try {
      const table = await openTable(file.bytes, file.name, {
        limits: { maxFileBytes: (r.input.maxFileMb ?? DEFAULT_MAX_FILE_MB) * 1024 * 1024 },
        sheet: r.input.sheet,
        signal: r.controller.signal,
      });
      if (this.stopped(r)) return;
      r.facts = { fileName: table.fileName, fileBytes: table.fileBytes, sheet: table.sheet, sheets: table.sheets };
      r.job.preview = await this.readAndPlan(host, r, table);
      r.file = { ...file, bytes: Buffer.alloc(0) };
      if (this.stopped(r)) return;
      const earlier = sameFileImported(host.db, file.contentHash);
      if (earlier) r.job.preview.warnings.unshift(earlier);
      r.job.state = 'ready';
    } catch (err) {
      this.fail(r, err);
    }
  }

  private async readAndPlan(host: JobHost, r: Running, table: TableSource): Promise<ImportPreview> {
    const onProgress = (done: number, total: number) => {
      r.job.progress = { phase: 'Reading the file', done, total };
    };
    const { signal } = r.controller;
    if (r.input.kind === 'orders') {
      const read = await readOrders(table, {
        format: r.input.format,
        mapping: r.input.mapping as OrderReadOptions['mapping'],
        dateOrder: r.input.dateOrder,
        decimalMark: r.input.decimalMark,
        currency: r.input.currency ?? brandCurrency(host.db, r.input.brandId),
        salt: workspaceSalt(host.db),
        signal,
        onProgress,
        remembered: (signature) => rememberedMapping(host.db, 'orders', signature),
      });
      r.read = read;
      r.job.progress = { phase: 'Checking against the workspace', done: 0, total: 0 };
      return orderPreview(table, read, read.format ? planOrders(host.db, read, r.input.brandId) : null);
    }
    if (r.input.kind === 'longlist') {
      const read = await readLonglist(host.db, table, {
        mapping: r.input.mapping as LonglistMapping | undefined,
        signal,
        onProgress,
      });
      r.read = read;
      r.job.progress = { phase: 'Checking against the workspace', done: 0, total: 0 };
      const pilot = r.input.pilotId ?? null;
      return longlistPreview(table, read, hasHandleColumn(read) ? previewLonglist(host.db, read, pilot) : null);
    }
    const pilotId = r.input.pilotId as number;
    if (r.input.kind === 'posts') {
      const read = await readPosts(host.db, table, {
        mapping: r.input.mapping as PostMapping | undefined,
        dateOrder: r.input.dateOrder,
        signal,
        onProgress,
      });
      r.read = read;
      r.job.progress = { phase: 'Checking against the pilot', done: 0, total: 0 };
      return postsPreview(table, read, hasPostColumns(read) ? previewPosts(host.db, read, pilotId) : null);
    }
    if (r.input.kind === 'tracking') {
      const read = await readTracking(host.db, table, {
        pilotId,
        currency: getPilot(host.db, pilotId, 'pilotId').currency,
        mapping: r.input.mapping as TrackingMapping | undefined,
        dateOrder: r.input.dateOrder,
        decimalMark: r.input.decimalMark,
        signal,
        onProgress,
      });
      r.read = read;
      r.job.progress = { phase: 'Checking against the pilot', done: 0, total: 0 };
      return trackingPreview(table, read, read.header ? previewTracking(host.db, read) : null);
    }
    const read = await readClicks(host.db, table, {
      pilotId,
      mapping: r.input.mapping as ClickReadOptions['mapping'],
      dateOrder: r.input.dateOrder,
      signal,
      onProgress,
    });
    r.read = read;
    return clickPreview(table, read, planClicks(host.db, read));
  }

  private async write(host: JobHost, r: Running): Promise<void> {
    if (r.job.state !== 'committing' || !r.read || !r.file || !r.facts) return;
    try {
      // Never write an import without a way back: a backup that fails stops it here, with nothing written.
      await host.autoBackup('import');
      if (r.job.state !== 'committing' || !r.read || !r.file || !r.facts) return;
      if (host.path !== r.workspace)
        throw new ApiError('conflict', 'The workspace changed since this preview; start again');
      r.job.progress = { ...r.job.progress, phase: 'Writing' };
      if (r.input.kind === 'orders') {
        const read = r.read as OrderRead;
        const { batchId, plan } = commitOrders(host.db, read, {
          fileName: r.file.name,
          contentHash: r.file.contentHash,
          brandId: r.input.brandId,
        });
        r.job.batchId = batchId;
        r.job.preview = orderPreview(r.facts, read, plan);
      } else if (r.input.kind === 'longlist') {
        const read = r.read as LonglistRead;
        const landed = commitLonglist(host.db, read, {
          fileName: r.file.name,
          contentHash: r.file.contentHash,
          pilotId: r.input.pilotId ?? null,
        });
        r.job.batchId = landed.batchId;
        r.job.preview = longlistPreview(r.facts, read, landed);
      } else if (r.input.kind === 'posts') {
        const read = r.read as PostRead;
        const landed = commitPosts(host.db, read, {
          fileName: r.file.name,
          contentHash: r.file.contentHash,
          pilotId: r.input.pilotId as number,
        });
        r.job.batchId = landed.batchId;
        r.job.preview = postsPreview(r.facts, read, landed);
      } else if (r.input.kind === 'tracking') {
        const read = r.read as TrackingRead;
        const moveIn = commitTracking(host.db, read, { fileName: r.file.name, contentHash: r.file.contentHash });
        r.job.batchId = moveIn.batchId;
        r.job.preview = trackingPreview(r.facts, read, moveIn);
      } else {
        const read = r.read as ClickRead;
        const { batchId, plan } = commitClicks(host.db, read, {
          fileName: r.file.name,
          contentHash: r.file.contentHash,
        });
        r.job.batchId = batchId;
        r.job.preview = clickPreview(r.facts, read, plan);
      }
      r.job.progress = { phase: 'Done', done: r.job.progress.total, total: r.job.progress.total };
      this.finish(r, 'done');
    } catch (err) {
      this.fail(r, err);
    }
  }

  private stopped(r: Running): boolean {
    return r.job.state !== 'reading';
  }

  private fail(r: Running, err: unknown): void {
    if (r.job.state === 'cancelled') return;
    if (err instanceof ReadError && err.code === 'cancelled') {
      this.finish(r, 'cancelled');
      return;
    }
    const known = err instanceof ApiError || err instanceof ReadError;
    const message = known ? (err as Error).message : `Unexpected error: ${(err as Error)?.message ?? String(err)}`;
    const field = err instanceof ApiError ? (err.toBody().field ?? null) : null;
    r.job.error = { message, field };
    this.finish(r, 'failed');
  }

  private finish(r: Running, state: 'done' | 'failed' | 'cancelled'): void {
    r.job.state = state;
    r.finishedAt = Date.now();
    // The parsed file is not needed any more; only the summary stays.
    r.read = null;
    r.file = null;
    r.facts = null;
  }

  private get(id: string): Running {
    const r = this.jobs.get(id);
    if (!r) throw new ApiError('not_found', 'No such import (imports are forgotten an hour after they finish)');
    return r;
  }

  private forgetOld(): void {
    const now = Date.now();
    for (const [id, r] of this.jobs) if (r.finishedAt && now - r.finishedAt > KEEP_FINISHED_MS) this.jobs.delete(id);
  }
}

/** The brand an order import is for: as chosen, or the workspace's only brand. */
function resolveBrand(db: Database, brandId: number | undefined): number {
  if (brandId !== undefined) {
    if (!sql(db, 'SELECT 1 FROM brands WHERE id = ?').get(brandId)) {
      throw ApiError.field('brandId', `Brand ${brandId} does not exist`);
    }
    return brandId;
  }
  const ids = sql(db, 'SELECT id FROM brands WHERE archived_at IS NULL').pluck().all() as number[];
  if (ids.length === 1 && ids[0] !== undefined) return ids[0];
  throw ApiError.field(
    'brandId',
    ids.length === 0
      ? 'Create the brand (shop) these orders belong to first'
      : 'Pick the brand (shop) these orders belong to',
  );
}

const PICK_PILOT = {
  clicks: 'Pick the pilot these clicks belong to',
  tracking: 'Pick the pilot this tracking sheet moves into',
  longlist: 'Pick the pilot whose longlist this joins',
  posts: 'Pick the pilot these posts belong to',
} as const;

function requirePilot(db: Database, pilotId: number | undefined, kind: keyof typeof PICK_PILOT): void {
  if (pilotId === undefined) throw ApiError.field('pilotId', PICK_PILOT[kind]);
  if (!sql(db, 'SELECT 1 FROM pilots WHERE id = ?').get(pilotId)) {
    throw ApiError.field('pilotId', `Pilot ${pilotId} does not exist`);
  }
}

/** The currency for a file that names none: the brand's pilots' one currency, if they agree. */
function brandCurrency(db: Database, brandId: number | null): string | null {
  const currencies = [...brandCurrencies(db, brandId)];
  return currencies.length === 1 ? (currencies[0] ?? null) : null;
}

function sameFileImported(db: Database, contentHash: string): string | null {
  const row = sql(
    db,
    `SELECT id, imported_at AS at FROM import_batches WHERE content_hash = ? AND undone_at IS NULL
     ORDER BY id DESC LIMIT 1`,
  ).get(contentHash) as { id: number; at: string } | undefined;
  return row ? `This exact file was imported before (import ${row.id}, ${row.at.slice(0, 10)}).` : null;
}
