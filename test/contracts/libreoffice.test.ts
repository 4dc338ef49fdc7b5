/**
 * The contract opens in LibreOffice Writer: converted to text, headless, with
 * a fresh profile, it says what the workspace filled in, with a hostile name
 * kept literal. A missing binary is a failure, not a skip: CI installs it.
 */

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NASTY_NAME, pilotWithCreator } from './setup';

const profile = mkdtempSync(join(tmpdir(), 'pilotdesk-lo-profile-'));
const outDir = mkdtempSync(join(tmpdir(), 'pilotdesk-lo-out-'));
afterAll(() => {
  rmSync(profile, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
});

describe('the contract and brief in LibreOffice Writer', () => {
  it('convert to text that holds the filled fields', { timeout: 180_000 }, async () => {
    const { ws, member, pilot } = await pilotWithCreator({ name: NASTY_NAME });
    await ws.ok('contracts.terms', { memberId: member.id, model: 'hybrid' });
    const { path } = await ws.ok('contracts.generate', { memberId: member.id, path: join(ws.dir, 'contract.docx') });
    await ws.ok('briefs.settings', {
      pilotId: pilot.id,
      fields: { callToAction: 'Use MAYA15 for 15% off', hooks: ['Day 14 glow'], dos: [], donts: [] },
    });
    const brief = await ws.ok('briefs.generate', { memberId: member.id, format: 'docx', path: join(ws.dir, 'brief') });

    const run = spawnSync(
      'libreoffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--convert-to',
        'txt:Text (encoded):UTF8',
        '--outdir',
        outDir,
        path as string,
        brief.path as string,
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    const said = `exit ${run.status} ${run.signal ?? ''}\nstdout: ${run.stdout}\nstderr: ${run.stderr}`;
    if (run.error) {
      throw new Error(
        `libreoffice did not run (${run.error.message}): install libreoffice-writer (CI installs it too)`,
      );
    }
    expect(run.status, said).toBe(0);
    expect(run.stderr, said).not.toMatch(/error/i);
    const txt = join(outDir, `${basename(path as string, '.docx')}.txt`);
    expect(existsSync(txt), said).toBe(true);
    const text = readFileSync(txt, 'utf8');
    expect(text).toContain('Creator agreement: Spring glow');
    expect(text).toContain(`between Lumen Skin (the Brand) and ${NASTY_NAME} (@mayaglows on Instagram`);
    expect(text).toContain('150.00 USD stipend, 10% commission, rising to 15% above 1,500.00 USD of revenue');
    expect(text).toContain('discount code MAYA15');
    expect(text).toContain('for 30 days after they are published');
    expect(text).toContain('TikTok: turn on the Branded content toggle');

    const briefText = readFileSync(join(outDir, 'brief.txt'), 'utf8');
    expect(briefText).toContain(`Brief: Spring glow - ${NASTY_NAME}`);
    expect(briefText).toContain('Use MAYA15 for 15% off');
    expect(briefText).toContain('Day 14 glow');
    expect(briefText).toContain('[missing: objective]');
    // The table's cells come through as text.
    expect(briefText).toContain('https://lumen.example/glow?utm_source=instagram&utm_content=mayaglows');
  });
});
