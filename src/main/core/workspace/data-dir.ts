import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The per-user data folder, the same one Electron's app.getPath('userData')
 * gives for "Pilotdesk", so the desktop app, web mode and the CLI share the
 * default workspace and the recent list. PILOTDESK_DATA_DIR overrides it.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.PILOTDESK_DATA_DIR) return env.PILOTDESK_DATA_DIR;
  const home = homedir();
  switch (process.platform) {
    case 'win32':
      return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Pilotdesk');
    case 'darwin':
      return join(home, 'Library', 'Application Support', 'Pilotdesk');
    default:
      return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), 'Pilotdesk');
  }
}

export const WORKSPACE_EXTENSION = '.pilotdesk';

export function defaultWorkspacePath(dataDir: string): string {
  return join(dataDir, `My workspace${WORKSPACE_EXTENSION}`);
}
