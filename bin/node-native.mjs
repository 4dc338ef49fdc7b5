// better-sqlite3 is built for one runtime at a time; after `npm start` it may be
// Electron's. Probe it (a few ms) and switch back to the Node build when needed.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export function ensureNodeNative() {
  try {
    const Database = createRequire(import.meta.url)('better-sqlite3');
    new Database(':memory:').close();
  } catch {
    const script = fileURLToPath(new URL('../scripts/native.mjs', import.meta.url));
    const { status } = spawnSync(process.execPath, [script, 'node'], { stdio: 'inherit' });
    if (status !== 0) process.exit(status ?? 1);
  }
}
