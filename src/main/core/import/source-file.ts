/**
 * The bytes of the file an import names: a path on this machine, or an
 * upload web mode holds. The size limit is checked before a byte is read.
 */

import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { ApiError } from '../../../shared/api/errors';
import { DEFAULT_MAX_FILE_MB } from '../../../shared/imports';
import { describeBytes } from './read/read-error';

export interface UploadSource {
  take(id: string): { name: string; bytes: Buffer } | null;
}

export interface SourceFile {
  name: string;
  bytes: Buffer;
  contentHash: string;
}

export type FileRef = { path: string } | { uploadId: string };

export async function loadSourceFile(
  ref: FileRef,
  maxFileMb: number | undefined,
  uploads: UploadSource | undefined,
): Promise<SourceFile> {
  const limitMb = maxFileMb ?? DEFAULT_MAX_FILE_MB;
  const limit = limitMb * 1024 * 1024;
  let name: string;
  let bytes: Buffer;
  if ('path' in ref) {
    const info = await stat(ref.path).catch(() => null);
    if (!info?.isFile()) throw ApiError.field('file', `There is no file at ${ref.path}`);
    if (info.size > limit) throw tooLarge(info.size, limitMb);
    name = basename(ref.path);
    bytes = await readFile(ref.path);
  } else {
    const upload = uploads?.take(ref.uploadId);
    if (!upload) throw ApiError.field('file', 'The uploaded file is gone (uploads are kept 30 minutes); drop it again');
    if (upload.bytes.length > limit) throw tooLarge(upload.bytes.length, limitMb);
    name = upload.name;
    bytes = upload.bytes;
  }
  return { name, bytes, contentHash: createHash('sha256').update(bytes).digest('hex') };
}

function tooLarge(size: number, limitMb: number): ApiError {
  return ApiError.field(
    'maxFileMb',
    `The file is ${describeBytes(size)}, over the ${limitMb} MB limit; raise the limit to import it`,
  );
}
