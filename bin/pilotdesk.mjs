#!/usr/bin/env node
// The `pilotdesk` command: the CLI face, run from the TypeScript sources.
import { tsImport } from 'tsx/esm/api';
import { ensureNodeNative } from './node-native.mjs';

ensureNodeNative();
await tsImport('../src/main/cli/index.ts', import.meta.url);
