/** `pilotdesk longlist import FILE [--pilot ID]`, as a script would run it. */

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ImportJob } from '../../../src/shared/imports';
import { runCli } from '../../helpers/cli';
import { LONGLISTS } from './helpers';

const dataDir = mkdtempSync(join(tmpdir(), 'pilotdesk-cli-longlist-'));
const workspace = join(dataDir, 'Sourcing.pilotdesk');
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function json<T>(args: string[]): Promise<T> {
  const run = await runCli([...args, '--workspace', workspace, '--json'], dataDir);
  expect(run.stderr, `stderr of ${args.join(' ')}`).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as T;
}

describe('pilotdesk longlist import', { timeout: 60_000 }, () => {
  it('previews with --dry-run, imports onto a pilot’s longlist, merges a second file, and undoes', async () => {
    const pilot = await json<{ id: number }>([
      ...['pilot', 'create', '--name', 'Autumn', '--brand', 'Fernleaf', '--currency', 'EUR'],
      ...['--start', '2026-09-01', '--end', '2026-09-30'],
    ]);
    const file = join(LONGLISTS, 'hand-kept.xlsx');
    const dry = await json<ImportJob>(['longlist', 'import', file, '--pilot', String(pilot.id), '--dry-run']);
    expect(dry).toMatchObject({ state: 'ready', batchId: null });
    expect(dry.preview?.longlistRows).toHaveLength(8);

    const done = await runCli(
      ['longlist', 'import', file, '--pilot', String(pilot.id), '--workspace', workspace],
      dataDir,
    );
    expect(done.code).toBe(0);
    expect(done.stdout).toMatch(/^Imported hand-kept\.xlsx as batch 1 \(Creator longlist\)/);
    expect(done.stdout).toMatch(/Added\s+5/);
    expect(done.stdout).toMatch(/Rejected\s+1\n/);
    expect(done.stdout).toContain('note: 5 profiles will join the longlist of Autumn.');
    expect(done.stdout).toContain('Row 9, Followers: "lots" is not a count');

    const merged = await runCli(
      ['longlist', 'import', join(LONGLISTS, 'modash-instagram.csv'), '--workspace', workspace],
      dataDir,
    );
    expect(merged.stdout).toContain(
      'updated Maya Lin (row 2): profile link — → https://www.instagram.com/maya.makes/; followers 12,500 → 12,800',
    );

    const refused = await runCli(['imports', 'undo', '--batch', '1', '--workspace', workspace], dataDir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/import 2 changed the same profiles later \(Maya Lin\); undo it first/);
    const second = await runCli(['imports', 'undo', '--batch', '2', '--workspace', workspace], dataDir);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/Undid import 2 \(.*\): \d+ added profiles removed, \d+ updated profiles restored/);
    expect((await runCli(['imports', 'undo', '--batch', '1', '--workspace', workspace], dataDir)).code).toBe(0);
  });

  it('refuses a missing file and an unknown pilot', async () => {
    const missing = await runCli(['longlist', 'import', join(dataDir, 'nope.csv'), '--workspace', workspace], dataDir);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/There is no file at/);
    const noPilot = await runCli(
      ['longlist', 'import', join(LONGLISTS, 'heepsy.ods'), '--pilot', '77', '--workspace', workspace],
      dataDir,
    );
    expect(noPilot.code).toBe(1);
    expect(noPilot.stderr).toMatch(/--pilot: Pilot 77 does not exist/);
  });
});
