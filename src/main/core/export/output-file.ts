/**
 * Where an export lands: the path asked for, or an "exports" folder next to
 * the workspace file. An existing file is never overwritten: the name gets
 * " (2)", " (3)"... until it is free. The file is created exclusively, so two
 * exports at once cannot take the same name.
 */

import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { ApiError } from '../../../shared/api/errors';

/** A file name from free text: no path separators or characters file systems refuse. */
export function safeFileName(text: string): string {
  const printable = [...text].map((ch) => (ch.charCodeAt(0) < 32 ? ' ' : ch)).join('');
  const cleaned = printable
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  return cleaned.slice(0, 150) || 'export';
}

export function exportsFolder(workspacePath: string | null): string {
  if (!workspacePath) throw new ApiError('no_workspace', 'No workspace is open; create or open one first');
  return join(dirname(workspacePath), 'exports');
}

/** Writes the bytes to a free file name; returns the path written. */
export function writeNewFile(target: string, extension: string, bytes: Buffer): string {
  let full = resolve(target);
  if (extname(full).toLowerCase() !== `.${extension}`) full = `${full}.${extension}`;
  mkdirSync(dirname(full), { recursive: true });
  const stem = basename(full, `.${extension}`);
  for (let n = 1; n < 1000; n++) {
    const candidate = n === 1 ? full : join(dirname(full), `${stem} (${n}).${extension}`);
    try {
      writeFileSync(candidate, bytes, { flag: 'wx' });
      return candidate;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw ApiError.field('path', `cannot write ${candidate}: ${(err as Error).message}`);
      }
    }
  }
  throw ApiError.field('path', `too many files named like ${full}; pick another name`);
}
