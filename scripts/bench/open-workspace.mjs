// Bench child: what a CLI call does before its command runs. Loads the core
// from the TypeScript sources through tsx, as bin/pilotdesk.mjs does, then
// creates and reads a new workspace.  Usage: node open-workspace.mjs DATA_DIR FILE
import { tsImport } from 'tsx/esm/api';

await tsImport('./open-workspace.ts', import.meta.url);
