import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../helpers/cli';
import { outreachPilot } from './outreach-pilot';

beforeEach(() => {
  vi.stubEnv('PILOTDESK_USER', 'Robin');
});
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('pilotdesk outreach', { timeout: 60_000 }, () => {
  it('exports a batch from the command line, then lists it as due', async () => {
    const ws = await outreachPilot([
      { name: 'Ana López', handle: 'ana' },
      { name: 'No Mail', handle: 'nomail', email: null },
    ]);
    await ws.ok('outreach.setSettings', { dailyCap: 50, senderName: 'Robin', senderEmail: null });
    ws.session.close();
    const [ana, nomail] = ws.memberIds as [number, number];
    const args = (...more: string[]) => [...more, '--workspace', ws.path];

    const refused = await runCli(
      args(
        'outreach',
        'export',
        '--pilot',
        String(ws.pilot.id),
        '--template',
        String(ws.template.id),
        '--members',
        `${ana},x`,
        '--format',
        'csv',
      ),
      ws.dir,
    );
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('--members');

    const exported = await runCli(
      args(
        'outreach',
        'export',
        '--pilot',
        String(ws.pilot.id),
        '--template',
        String(ws.template.id),
        '--members',
        `${ana}, ${nomail}`,
        '--format',
        'csv',
        '--deadline',
        '2026-12-14',
        '--follow-up',
        '2026-12-10',
      ),
      ws.dir,
    );
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);
    const path = /to (.+\.csv);/.exec(exported.stdout)?.[1] ?? '';
    expect(exported.stdout).toContain('Wrote 1 message as a mail-merge CSV');
    expect(exported.stdout).toContain(`No Mail [member ${nomail}]: no email`);
    expect(readFileSync(path, 'utf8')).toContain('ana@example.com');

    const due = await runCli(args('outreach', 'due', '--date', '2026-12-12'), ws.dir);
    expect(due.code).toBe(0);
    expect(due.stdout).toBe(
      `1 follow-up due:\n2026-12-10  2 days overdue    Ana López (@ana)  Spring Glow, contacted  [member ${ana}]\n`,
    );
    const json = await runCli(args('outreach', 'due', '--date', '2026-12-09', '--json'), ws.dir);
    expect(JSON.parse(json.stdout)).toEqual([]);
  });
});
