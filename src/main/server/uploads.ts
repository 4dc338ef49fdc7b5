/**
 * Files a browser sent to web mode, held in memory until the import engine
 * reads them by id. A browser cannot hand the server a path, so an import in
 * web mode names an upload instead ({uploadId}).
 *
 * `take` leaves the entry in place: a preview may be re-run with other
 * options (mapping, date order, sheet) on the same bytes. Entries expire
 * after a while, and the total held is capped: the oldest go first.
 */

import { randomBytes } from 'node:crypto';

export const UPLOAD_TTL_MS = 30 * 60 * 1000;
/** One upload may be as large as the largest import the contract allows (4096 MB). */
export const MAX_UPLOAD_BYTES = 4 * 1024 * 1024 * 1024;

interface Entry {
  name: string;
  bytes: Buffer;
  expiresAt: number;
}

export interface UploadStoreOptions {
  /** Most bytes held at once, over all uploads. */
  maxTotalBytes?: number;
  ttlMs?: number;
  now?: () => number;
}

export class UploadStore {
  private readonly entries = new Map<string, Entry>();
  private held = 0;
  private readonly maxTotalBytes: number;
  private readonly ttlMs: number;
  private readonly now: () => number;

  constructor(options: UploadStoreOptions = {}) {
    this.maxTotalBytes = options.maxTotalBytes ?? MAX_UPLOAD_BYTES;
    this.ttlMs = options.ttlMs ?? UPLOAD_TTL_MS;
    this.now = options.now ?? Date.now;
  }

  /** Keeps the bytes and returns their id (32 hex characters); makes room by dropping the oldest. */
  put(name: string, bytes: Buffer): string {
    if (bytes.length > this.maxTotalBytes) {
      throw new RangeError(`The file is larger than the ${this.maxTotalBytes} bytes an upload may hold`);
    }
    this.expire();
    // Map iteration is insertion order: the first entries are the oldest.
    for (const [id] of this.entries) {
      if (this.held + bytes.length <= this.maxTotalBytes) break;
      this.drop(id);
    }
    const id = randomBytes(16).toString('hex');
    this.entries.set(id, { name, bytes, expiresAt: this.now() + this.ttlMs });
    this.held += bytes.length;
    return id;
  }

  take(id: string): { name: string; bytes: Buffer } | null {
    this.expire();
    const entry = this.entries.get(id);
    return entry ? { name: entry.name, bytes: entry.bytes } : null;
  }

  /** Bytes held now (for tests and diagnostics). */
  get heldBytes(): number {
    return this.held;
  }

  clear(): void {
    this.entries.clear();
    this.held = 0;
  }

  private expire(): void {
    const now = this.now();
    for (const [id, entry] of this.entries) if (entry.expiresAt <= now) this.drop(id);
  }

  private drop(id: string): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    this.entries.delete(id);
    this.held -= entry.bytes.length;
  }
}
