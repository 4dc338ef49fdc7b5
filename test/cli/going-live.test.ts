/**
 * The going-live commands as a person runs them: a real `pilotdesk` process
 * on a real workspace file, made ready through the API first (a signed
 * contract, a code, a link and an approved post for Maya; nothing for Leo).
 */

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { goLiveWorkspace, makeReady } from '../golive/golive-workspace';
import { type Run, runCli } from '../helpers/cli';
import { fixture } from '../import/posts/helpers';

let dir: string;
let workspace: string;
let pilotId: number;
let leoId: number;

const cli = (args: string[]): Promise<Run> => runCli([...args, '--workspace', workspace], dir);

beforeAll(async () => {
  const ws = await goLiveWorkspace();
  const maya = await ws.add('Maya Lin', { handles: [{ platform: 'instagram', handle: 'maya.makes' }] });
  const leo = await ws.add('Leo Park', { handles: [{ platform: 'instagram', handle: 'leo.park' }] });
  await makeReady(ws.ok, ws.pilot.id, maya.id);
  ws.session.close();
  dir = ws.dir;
  workspace = ws.path;
  pilotId = ws.pilot.id;
  leoId = leo.id;
});

describe('pilotdesk going-live commands', { timeout: 60_000 }, () => {
  it('golive check prints a line per creator: ready, or what is missing', async () => {
    const run = await cli(['golive', 'check', '--pilot', String(pilotId)]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Maya Lin {2}contracted {3}ready$/m);
    expect(run.stdout).toMatch(
      /^Leo Park {2}contracted {3}missing: Contract not signed \(status: no contract yet\) \(contract\); No discount code \(code\); No tracked link \(link\); Content not approved: No content recorded yet \(content\)$/m,
    );
    expect(run.stdout).toContain('1 of 2 creators ready to go live.');
  });

  it('codes generate gives the creators without a code theirs, and links build their links', async () => {
    const codes = await cli(['codes', 'generate', '--pilot', String(pilotId)]);
    expect(codes.code).toBe(0);
    expect(codes.stdout).toMatch(/^Generated 1 code:\ncreator\s+code\s+note\nLeo Park\s+LEO\S*15$/m);
    expect(codes.stdout).toContain('1 creator kept the code they had.');

    const links = await cli(['links', 'build', '--pilot', String(pilotId)]);
    expect(links.code).toBe(0);
    expect(links.stdout).toMatch(
      /^Built 1 tracked link:\ncreator\s+link\nLeo Park\s+https:\/\/shop\.example\.com\/spring\?\S*utm_content=leo\.park/m,
    );

    const again = await cli(['codes', 'generate', '--pilot', String(pilotId), '--member', String(leoId)]);
    expect(again.stdout).toMatch(/^Generated 1 code:/);
  });

  it('codes export writes the shop file, naming the flag of a bad value', async () => {
    const out = join(dir, 'spring-discounts.csv');
    const run = await cli(['codes', 'export', '--pilot', String(pilotId), '--format', 'matrixify', '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^Wrote 2 codes \\(matrixify\\) to ${out}$`, 'm'));
    expect(existsSync(out)).toBe(true);

    const badName = await cli([
      'codes',
      'export',
      '--pilot',
      String(pilotId),
      '--format',
      'matrixify',
      '--out',
      join(dir, 'codes.csv'),
    ]);
    expect(badName.code).toBe(1);
    expect(badName.stderr).toMatch(
      /^--out: Matrixify reads a file as discounts only when its name contains "discount"/,
    );

    const badFormat = await cli(['codes', 'export', '--pilot', String(pilotId), '--format', 'pdf']);
    expect(badFormat.code).toBe(1);
    expect(badFormat.stderr).toBe('--format: format must be one of matrixify, webtoffee, printable\n');
  });

  it('contract generate writes the .docx and says what is not filled in', async () => {
    const out = join(dir, 'leo-contract.docx');
    const run = await cli(['contract', 'generate', '--member', String(leoId), '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^Wrote the contract to ${out}$`, 'm'));
    expect(existsSync(out)).toBe(true);
    const missing = await cli(['contract', 'generate', '--member', '999']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^--member: /);
  });

  it('signoffs overdue and timeline week list the work, and refuse a bad date naming the flag', async () => {
    const overdue = await cli(['signoffs', 'overdue', '--at', '2026-03-02T09:00:00Z']);
    expect(overdue.code).toBe(0);
    expect(overdue.stdout).toBe('No sign-offs are overdue.\n');
    // Years on, nobody approved either brief: both are past their SLA.
    const late = await cli(['signoffs', 'overdue', '--at', '2031-01-01T00:00:00Z']);
    expect(late.code).toBe(0);
    expect(late.stdout).toMatch(/^pilot\s+creator\s+sign-off\s+due\s+overdue$/m);
    expect(late.stdout).toMatch(/^Spring Glow\s+Leo Park\s+Brief approved\s+\d{4}-\d\d-\d\d \d\d:\d\d\s+\d+ h$/m);
    expect(late.stdout).toMatch(/^Spring Glow\s+Maya Lin\s+Brief approved\s+/m);
    expect(late.stdout).toMatch(/^2 sign-offs overdue\.$/m);

    const week = await cli(['timeline', 'week', '--date', '2026-03-04']);
    expect(week.code).toBe(0);
    expect(week.stdout).toMatch(/^Week 2026-03-02 to 2026-03-08: \d+ things? due\ndue\s+pilot\s+creator\s+what\n/);
    expect(week.stdout).toMatch(/Spring Glow\s+Leo Park\s+Contract not signed/);

    const bad = await cli(['timeline', 'week', '--date', '4 March']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe('--date: date must be a date like 2026-03-01\n');
  });

  it('posts import previews with --dry-run, then imports, naming rejected rows', async () => {
    const file = fixture('agency-posts.csv').path;
    const dry = await cli(['posts', 'import', file, '--pilot', String(pilotId), '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/^Preview of agency-posts\.csv \(Posts for Spring Glow\); nothing written/);
    const done = await cli(['posts', 'import', file, '--pilot', String(pilotId)]);
    expect(done.code).toBe(0);
    expect(done.stdout).toMatch(/^Imported agency-posts\.csv as batch 1 \(Posts for Spring Glow\)/);
    expect(done.stdout).toMatch(/^Added\s+2$/m);
    expect(done.stdout).toMatch(/^Rejected\s+creator not found in the pilot\s+4$/m);
    expect(done.stdout).toMatch(/^Rejected\s+number not readable\s+1$/m);
    expect(done.stdout).toContain(
      '  Row 6, Post link: "instagram post" is not a web address starting with http:// or https://',
    );
    expect(done.stdout).toContain('  Row 7, Views: "lots" is not a count (write it like 12,500, 12.5K or 1.2M)');
  });

  it('refuses a missing or unknown flag with exit 2', async () => {
    const noPilot = await cli(['posts', 'import', fixture('agency-posts.csv').path]);
    expect(noPilot.code).toBe(2);
    expect(noPilot.stderr).toMatch(/--pilot/);
    const unknown = await cli(['golive', 'check', '--pilot', String(pilotId), '--bogus', '1']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/--bogus/);
  });
});
