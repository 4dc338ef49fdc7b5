/**
 * How the import engine reaches a file the user dropped or picked: in the
 * desktop app by its path on disk (the preload reads it from the File), in
 * web mode by uploading it to the loopback server first.
 */

import { ApiFailure, webModeToken } from './client';

export type FileRef = { path: string } | { uploadId: string };

/** The most web mode accepts in one upload (the server refuses more with 413). */
const MAX_UPLOAD_BYTES = 4 * 1024 * 1024 * 1024;

export async function fileRefFor(file: File): Promise<FileRef> {
  const bridge = window.pilotdesk;
  if (bridge) {
    const path = bridge.pathForFile?.(file) ?? '';
    if (path === '') throw failure(`${file.name} is not a file on this computer; save it to a folder, then import it`);
    return { path };
  }
  return upload(file);
}

async function upload(file: File): Promise<FileRef> {
  if (file.size > MAX_UPLOAD_BYTES) throw failure(`${file.name} is larger than 4 GB, the most Pilotdesk accepts`);
  let res: Response;
  try {
    res = await fetch('/api/upload', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/octet-stream',
        'X-Pilotdesk-Token': webModeToken(),
        'X-File-Name': encodeURIComponent(file.name),
      },
      body: file,
    });
  } catch (err) {
    throw failure(`Could not send ${file.name} to Pilotdesk (${(err as Error).message}). Is it still running?`);
  }
  const reply = (await res.json().catch(() => null)) as
    | { ok: true; data: { uploadId: string } }
    | { ok: false; error: { message: string } }
    | null;
  if (reply?.ok) return { uploadId: reply.data.uploadId };
  throw failure(reply?.error.message ?? `Could not send ${file.name} to Pilotdesk (HTTP ${res.status})`);
}

function failure(message: string): ApiFailure {
  return new ApiFailure({ code: 'invalid_input', message });
}
