#!/usr/bin/env node
/**
 * Puts better-sqlite3's native binary in place for the runtime about to use
 * it: `node scripts/native.mjs node` before tests and the CLI, `... electron`
 * before the desktop app. Each build is kept in a cache beside node_modules,
 * so switching back and forth is a file copy, and a binary that is already
 * right is detected from a stamp and skipped at once.
 */

import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const runtime = process.argv[2];
if (runtime !== 'node' && runtime !== 'electron') {
  console.error('usage: node scripts/native.mjs node|electron');
  process.exit(2);
}

const require = createRequire(import.meta.url);
const pkgDir = dirname(require.resolve('better-sqlite3/package.json'));
const release = join(pkgDir, 'build', 'Release');
const binary = join(release, 'better_sqlite3.node');
const stampFile = join(release, 'pilotdesk-runtime.txt');
const projectRoot = dirname(dirname(pkgDir));
const cacheDir = join(pkgDir, '..', '.cache', 'pilotdesk-native');
const platform = `${process.platform}-${process.arch}`;

const nodeTarget = `node-${process.versions.modules}-${platform}`;
const electronVersion = () => JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
const target = runtime === 'node' ? nodeTarget : `electron-${electronVersion()}-${platform}`;

const current = readStamp() ?? (loadsInNode() ? stamp(nodeTarget) : undefined);
if (current === target) process.exit(0);

// Keep the binary we are about to replace, so switching back is a copy.
if (current && existsSync(binary)) save(current);

const cached = join(cacheDir, target, 'better_sqlite3.node');
if (existsSync(cached)) {
  // Copy then rename: a process still running the old binary keeps its copy intact.
  copyFileSync(cached, `${binary}.tmp`);
  renameSync(`${binary}.tmp`, binary);
  stamp(target);
  console.log(`better-sqlite3: switched to the cached build for ${target}`);
  process.exit(0);
}

console.log(`better-sqlite3: building for ${target} (once; later switches are a copy)…`);
const build =
  runtime === 'node'
    ? spawnSync('npm', ['rebuild', 'better-sqlite3'], { stdio: 'inherit', shell: process.platform === 'win32' })
    : spawnSync(
        process.execPath,
        [
          require.resolve('@electron/rebuild/lib/cli.js'),
          '--force',
          '--only',
          'better-sqlite3',
          '--module-dir',
          projectRoot,
        ],
        {
          stdio: 'inherit',
        },
      );
if (build.status !== 0) {
  console.error(`better-sqlite3: the build for ${target} failed; see the output above.`);
  process.exit(1);
}
if (runtime === 'node' && !loadsInNode()) {
  console.error('better-sqlite3: rebuilt, but Node still cannot load it.');
  process.exit(1);
}
stamp(target);
save(target);

function readStamp() {
  if (!existsSync(binary) || !existsSync(stampFile)) return undefined;
  return readFileSync(stampFile, 'utf8').trim();
}

function stamp(value) {
  writeFileSync(stampFile, `${value}\n`);
  return value;
}

function save(value) {
  mkdirSync(join(cacheDir, value), { recursive: true });
  copyFileSync(binary, join(cacheDir, value, 'better_sqlite3.node'));
}

function loadsInNode() {
  const probe = spawnSync(process.execPath, ['-e', "new (require('better-sqlite3'))(':memory:').close()"], {
    cwd: projectRoot,
    stdio: 'ignore',
  });
  return probe.status === 0;
}
