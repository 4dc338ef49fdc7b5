/** `pilotdesk report`: writes the workbook a client receives; a bad pilot or sheet is refused naming its flag. */

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { readBook } from './workbook';

const dataDir = mkdtempSync(join(tmpdir(), 'pilotdesk-cli-report-'));
const workspace = join(dataDir, 'Demo.pilotdesk');
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('pilotdesk report', { timeout: 60_000 }, () => {
  it('writes the report, then a second one without costs beside it', async () => {
    const demo = await runCli(['demo', '--workspace', workspace, '--json'], dataDir);
    expect(demo.code).toBe(0);
    const { pilotId } = JSON.parse(demo.stdout) as { pilotId: number };
    const out = join(dataDir, 'out', 'Client.xlsx');

    const run = await runCli(['report', '--pilot', String(pilotId), '--workspace', workspace, '--out', out], dataDir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^Wrote the report \(Summary, Creators, Orders, Content, Payouts, Method, \d+ attributed orders\) to /,
    );
    expect(run.stdout.trim().endsWith(out)).toBe(true);
    expect(readBook(out).wb.SheetNames).toEqual(['Summary', 'Creators', 'Orders', 'Content', 'Payouts', 'Method']);

    const slim = await runCli(
      [
        'report',
        '--pilot',
        String(pilotId),
        '--workspace',
        workspace,
        '--out',
        out,
        '--sheets',
        'creators, summary,payouts',
        '--no-costs',
        '--json',
      ],
      dataDir,
    );
    expect(slim.code).toBe(0);
    const written = JSON.parse(slim.stdout) as { path: string; sheets: string[]; costsLeftOut: boolean };
    expect(written).toMatchObject({
      path: join(dataDir, 'out', 'Client (2).xlsx'),
      sheets: ['Summary', 'Creators'],
      costsLeftOut: true,
    });
    expect(readBook(written.path).wb.SheetNames).toEqual(['Summary', 'Creators']);
  });

  it('names --pilot for a pilot that does not exist, and --sheets for an unknown sheet; writes nothing', async () => {
    const out = join(dataDir, 'refused.xlsx');
    const bad = await runCli(['report', '--pilot', '999', '--workspace', workspace, '--out', out], dataDir);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^--pilot: /);
    const sheet = await runCli(
      ['report', '--pilot', '1', '--workspace', workspace, '--out', out, '--sheets', 'totals', '--json'],
      dataDir,
    );
    expect(sheet.code).toBe(1);
    expect(JSON.parse(sheet.stderr)).toMatchObject({ error: { flag: '--sheets' } });
    const missing = await runCli(['report', '--pilot', '1', '--workspace', workspace], dataDir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--out');
    expect(existsSync(out)).toBe(false);
  });
});
