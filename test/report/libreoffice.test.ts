/**
 * The report opens cleanly in LibreOffice: Debian's libreoffice-calc converts
 * the demo report to PDF, headless, with a fresh profile. A missing binary is
 * a failure, not a skip: CI installs it, and a report nobody opened is not
 * checked.
 */

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { newWorkspace } from '../helpers/workspace';

const LIBREOFFICE = 'libreoffice';
const profile = mkdtempSync(join(tmpdir(), 'pilotdesk-lo-profile-'));
const outDir = mkdtempSync(join(tmpdir(), 'pilotdesk-lo-out-'));
afterAll(() => {
  rmSync(profile, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
});

function installed(): boolean {
  return spawnSync('sh', ['-c', `command -v ${LIBREOFFICE}`], { encoding: 'utf8' }).status === 0;
}

describe('the client report in LibreOffice', () => {
  it('converts to a PDF without errors', { timeout: 180_000 }, async () => {
    if (!installed()) {
      throw new Error(
        'libreoffice is not installed: run `sudo apt-get install -y libreoffice-calc` (CI installs it too)',
      );
    }
    const ws = newWorkspace();
    const { pilotId } = await ws.ok('demo.load', {});
    const { path } = await ws.ok('reports.export', { pilotId, path: join(ws.dir, 'Demo report.xlsx') });

    const run = spawnSync(
      LIBREOFFICE,
      [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, path],
      { encoding: 'utf8', timeout: 120_000 },
    );
    const said = `exit ${run.status} ${run.signal ?? ''}\nstdout: ${run.stdout}\nstderr: ${run.stderr}`;
    expect(run.error, said).toBeUndefined();
    expect(run.status, said).toBe(0);
    // LibreOffice writes "Error: ..." (a load or export failure) on stderr but may still exit 0.
    expect(run.stderr, said).not.toMatch(/error/i);
    const pdf = join(outDir, 'Demo report.pdf');
    expect(existsSync(pdf), said).toBe(true);
    expect(statSync(pdf).size).toBeGreaterThan(1000);
  });
});
