#!/usr/bin/env node
// Runs web mode from the TypeScript sources (tsx compiles on the fly).
import { tsImport } from 'tsx/esm/api';
import { ensureNodeNative } from './node-native.mjs';

ensureNodeNative();
await tsImport('../src/main/server/serve.ts', import.meta.url);
