/**
 * SheetJS parses a workbook in a worker thread, never on the app's own thread.
 * Some damaged files send it into a loop it never leaves (a BIFF formula
 * record whose length lies makes parse_Rgce spin forever), which on the main
 * thread would freeze the whole app. In a worker the parse can be given a
 * deadline and cancelled: the thread is terminated and the file refused.
 */

import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { ParsingOptions, WorkBook } from 'xlsx';

/** The worker is a few lines of CommonJS, so it runs the same from sources, the bundle and tests. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const XLSX = require(workerData.xlsx);
parentPort.on('message', ({ bytes, options }) => {
  try {
    parentPort.postMessage({ workbook: XLSX.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), options) });
  } catch (error) {
    parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
`;

const XLSX_PATH = createRequire(import.meta.url).resolve('xlsx');

export class ParseStopped extends Error {
  constructor(readonly reason: 'deadline' | 'cancelled') {
    super(reason);
  }
}

/** One idle worker is kept for the next file; a stopped one is never reused. */
let idle: Worker | null = null;

function takeWorker(): Worker {
  const worker = idle ?? new Worker(WORKER_SOURCE, { eval: true, workerData: { xlsx: XLSX_PATH } });
  idle = null;
  worker.ref();
  return worker;
}

function release(worker: Worker): void {
  if (idle) {
    void worker.terminate();
    return;
  }
  // An idle worker must not keep a CLI run or a test process alive.
  worker.unref();
  idle = worker;
}

type Reply = { workbook?: WorkBook; error?: string };

/**
 * The workbook SheetJS reads from the bytes, or its error message thrown as an
 * Error, or ParseStopped when the deadline passes or the signal aborts.
 */
export function parseWorkbookInWorker(
  bytes: Buffer,
  options: ParsingOptions,
  { deadlineMs, signal }: { deadlineMs: number; signal?: AbortSignal },
): Promise<WorkBook> {
  if (signal?.aborted) return Promise.reject(new ParseStopped('cancelled'));
  const worker = takeWorker();
  return new Promise<WorkBook>((resolve, reject) => {
    const settle = (keepWorker: boolean) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      worker.off('message', onMessage).off('error', onFailure).off('exit', onExit);
      if (keepWorker) release(worker);
      else void worker.terminate();
    };
    const onMessage = (reply: Reply) => {
      settle(true);
      if (reply.workbook) resolve(reply.workbook);
      else reject(new Error(reply.error ?? 'unknown error'));
    };
    const onFailure = (error: Error) => {
      settle(false);
      reject(error);
    };
    const onExit = (code: number) => onFailure(new Error(`the reader stopped (exit code ${code})`));
    const stop = (reason: ParseStopped['reason']) => {
      settle(false);
      reject(new ParseStopped(reason));
    };
    const onAbort = () => stop('cancelled');
    const timer = setTimeout(() => stop('deadline'), deadlineMs);
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', onMessage).on('error', onFailure).on('exit', onExit);
    worker.postMessage({ bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), options });
  });
}
