/**
 * `npm run serve`: Pilotdesk in a browser. Serves the built renderer and the
 * API on 127.0.0.1 and prints the address to open.
 *   --port N          listen on N (default: any free port)
 *   --workspace FILE  open or create this workspace (default: the last one used)
 */

import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { defaultDataDir } from '../core/workspace/data-dir';
import { Session } from '../core/workspace/session';
import { Settings } from '../core/workspace/settings';
import { openStartupWorkspace } from '../core/workspace/startup';
import { startWebServer } from './server';

const { values } = parseArgs({
  options: { port: { type: 'string' }, workspace: { type: 'string' } },
  strict: true,
});

const port = values.port === undefined ? 0 : Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port: "${values.port}" is not a port number`);
  process.exit(2);
}

const session = new Session(new Settings(defaultDataDir()));
const { skipped } = openStartupWorkspace(session, values.workspace);
if (skipped) console.warn(`Could not reopen the last workspace: ${skipped}`);
const server = await startWebServer({
  session,
  rendererDir: fileURLToPath(new URL('../../../out/renderer', import.meta.url)),
  port,
});
console.log(`Pilotdesk workspace: ${session.path}`);
console.log(`Pilotdesk is running at ${server.url}`);
console.log("Open that address in your browser (it holds this run's access token). Press Ctrl+C to stop.");

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void server.close().then(() => {
      session.close();
      process.exit(0);
    });
  });
}
