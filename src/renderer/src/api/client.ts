/**
 * The renderer's typed client. In the desktop app it calls the preload bridge
 * (IPC); in web mode it POSTs to /api/<method> with this run's token. Either
 * way the answer is the core's envelope.
 */

import type { PilotdeskBridge } from '../../../shared/api/bridge';
import type { InputOf, Method, ResultOf } from '../../../shared/api/contract';
import type { ApiErrorBody, Envelope } from '../../../shared/api/errors';

declare global {
  interface Window {
    pilotdesk?: PilotdeskBridge;
  }
}

const TOKEN_KEY = 'pilotdesk.token';

/** Takes the web-mode token from the address fragment once, then keeps it for this tab only. */
function webToken(): string {
  const match = /(?:^#|&)token=([^&]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

export const isDesktop = typeof window !== 'undefined' && window.pilotdesk !== undefined;
const token = isDesktop ? '' : webToken();

/** Web mode's access token, for the upload request (api/file-ref.ts). */
export function webModeToken(): string {
  return token;
}

export async function call<M extends Method>(method: M, input: InputOf<M>): Promise<Envelope<ResultOf<M>>> {
  if (window.pilotdesk) return (await window.pilotdesk.invoke(method, input)) as Envelope<ResultOf<M>>;
  try {
    const res = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Pilotdesk-Token': token },
      body: JSON.stringify(input ?? {}),
    });
    return (await res.json()) as Envelope<ResultOf<M>>;
  } catch (err) {
    return {
      ok: false,
      error: {
        code: 'internal',
        message: `Pilotdesk is not reachable (${(err as Error).message}). Is it still running?`,
      },
    };
  }
}

/** A failed call, carrying the core's error with its field issues. */
export class ApiFailure extends Error {
  constructor(readonly body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiFailure';
  }

  /** Messages by field, for showing beside form inputs. */
  get fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const issue of this.body.issues ?? []) out[issue.field] ??= issue.message;
    return out;
  }
}

/** Calls and unwraps: the data, or an ApiFailure thrown. */
export async function request<M extends Method>(method: M, input: InputOf<M>): Promise<ResultOf<M>> {
  const envelope = await call(method, input);
  if (!envelope.ok) throw new ApiFailure(envelope.error);
  return envelope.data;
}

export function onWorkspaceChanged(listener: () => void): () => void {
  return window.pilotdesk?.onWorkspaceChanged(listener) ?? (() => {});
}

/** A file picked with the desktop File > Import Orders… menu item. */
export function onImportFile(listener: (path: string) => void): () => void {
  return window.pilotdesk?.onImportFile?.(listener) ?? (() => {});
}

/** An area the desktop menu asks the page to show (File > Export Report… shows "reports"). */
export function onShowArea(listener: (area: string) => void): () => void {
  return window.pilotdesk?.onShowArea?.(listener) ?? (() => {});
}
