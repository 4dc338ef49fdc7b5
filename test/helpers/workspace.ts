/** Real workspace files in fresh temp folders, removed after each test file. */

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { dispatch } from '../../src/main/core/api';
import { Session } from '../../src/main/core/workspace/session';
import { Settings } from '../../src/main/core/workspace/settings';
import type { InputOf, Method, ResultOf } from '../../src/shared/api/contract';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pilotdesk-test-'));
  dirs.push(dir);
  return dir;
}

/** A session on a new workspace file, plus typed call helpers. */
export function newWorkspace() {
  const dir = tempDir();
  const session = new Session(new Settings(dir));
  const path = join(dir, 'test.pilotdesk');
  session.open(path, 'create');
  const call = <M extends Method>(method: M, input: InputOf<M> | Record<string, unknown>) =>
    dispatch(session, method, input);
  const ok = async <M extends Method>(method: M, input: InputOf<M>): Promise<ResultOf<M>> => {
    const envelope = await dispatch(session, method, input);
    if (!envelope.ok) throw new Error(`${method} failed: ${envelope.error.message}`);
    return envelope.data as ResultOf<M>;
  };
  return { dir, path, session, call, ok };
}
