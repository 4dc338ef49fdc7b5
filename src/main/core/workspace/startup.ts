import { existsSync } from 'node:fs';
import { ApiError } from '../../../shared/api/errors';
import { defaultWorkspacePath } from './data-dir';
import type { Session } from './session';

/**
 * Opens the workspace an app starts on: the one asked for, else the last one
 * used, else the default workspace in the data folder (made on first start).
 * Returns why the last one could not be reopened, if it could not.
 */
export function openStartupWorkspace(session: Session, requested?: string): { skipped?: string } {
  if (requested) {
    session.open(requested, 'open-or-create');
    return {};
  }
  const last = session.settings.lastWorkspace;
  if (last && existsSync(last)) {
    try {
      session.open(last, 'open');
      return {};
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      session.open(defaultWorkspacePath(session.settings.dataDir), 'open-or-create');
      return { skipped: err.message };
    }
  }
  session.open(defaultWorkspacePath(session.settings.dataDir), 'open-or-create');
  return {};
}
