/**
 * Each test gets its own data folder, a fresh workspace file and a web-mode
 * server on loopback; nothing is shared between tests, so they can run in
 * any order and in parallel workers.
 */

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { dispatch } from '../../src/main/core/api';
import { Session } from '../../src/main/core/workspace/session';
import { Settings } from '../../src/main/core/workspace/settings';
import { startWebServer } from '../../src/main/server/server';
import type { InputOf, Method, ResultOf } from '../../src/shared/api/contract';

const rendererDir = resolve(import.meta.dirname, '../../out/renderer');

export interface Pilotdesk {
  /** The address to open, with this run's token. */
  url: string;
  /** A folder for extra workspace files in this test. */
  dir: string;
  workspacePath: string;
  /** Calls the core directly, to arrange data without clicking through it. */
  call<M extends Method>(method: M, input: InputOf<M>): Promise<ResultOf<M>>;
}

export const test = base.extend<{ app: Pilotdesk }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern
  app: async ({}, use) => {
    if (!existsSync(join(rendererDir, 'index.html'))) {
      throw new Error(`No built renderer at ${rendererDir}; run \`npx electron-vite build\` first`);
    }
    const dir = mkdtempSync(join(tmpdir(), 'pilotdesk-e2e-'));
    const session = new Session(new Settings(join(dir, 'data')));
    const workspacePath = join(dir, 'First client.pilotdesk');
    session.open(workspacePath, 'create');
    const server = await startWebServer({ session, rendererDir });
    try {
      await use({
        url: server.url,
        dir,
        workspacePath,
        call: async (method, input) => {
          const envelope = await dispatch(session, method, input);
          if (!envelope.ok) throw new Error(envelope.error.message);
          return envelope.data as ResultOf<typeof method>;
        },
      });
    } finally {
      await server.close();
      session.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
});

export { expect };

/** The left navigation's button for an area (column headers may share its word). */
export function area(
  page: Page,
  name: 'Pilots' | 'Creators' | 'Orders' | 'Results' | 'Payouts' | 'Review' | 'Reports' | 'Workspace',
) {
  return page.getByRole('navigation', { name: 'Areas' }).getByRole('button', { name, exact: true });
}
