/**
 * The `pilotdesk` command as a person runs it: a real `node bin/pilotdesk.mjs`
 * process on real workspace files in a temp folder, checking what it prints,
 * its exit status, and that a refused command changes nothing.
 */

import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Run, runCli } from '../helpers/cli';

let dataDir: string;
let workspace: string;

/** Runs `pilotdesk ARGS` with the temp data folder; resolves when it exits. */
const cli = (args: string[]): Promise<Run> => runCli(args, dataDir);

/** Runs a command on the test workspace with --json and parses its stdout. */
async function json<T>(args: string[]): Promise<T> {
  const run = await cli([...args, '--workspace', workspace, '--json']);
  expect(run.stderr, `stderr of ${args.join(' ')}`).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as T;
}

/** `pilot create` with valid required flags, some replaced or added. */
const pilotCreate = (flags: Record<string, string> = {}) => [
  'pilot',
  'create',
  ...Object.entries({ name: 'Spring glow', currency: 'USD', start: '2026-03-01', end: '2026-04-30', ...flags }).flatMap(
    ([flag, value]) => [`--${flag}`, value],
  ),
];

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'pilotdesk-cli-'));
  workspace = join(dataDir, 'client', 'Acme.pilotdesk');
});

afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

describe('pilotdesk', { timeout: 30_000 }, () => {
  let pilotId: number;

  it('creates a pilot, reading the money flag exactly, and lists it', async () => {
    const pilot = await json<Record<string, unknown>>(
      pilotCreate({
        brand: 'Acme',
        'target-cac': '25.00',
        'window-days': '14',
        'return-days': '21',
        'min-orders': '12',
      }),
    );
    expect(pilot).toMatchObject({
      name: 'Spring glow',
      brandName: 'Acme',
      currency: 'USD',
      startDate: '2026-03-01',
      endDate: '2026-04-30',
      targetCacMinor: 2500,
      attributionWindowDays: 14,
      returnWindowDays: 21,
      minSample: 12,
    });
    expect(pilot.id).toEqual(expect.any(Number));
    pilotId = pilot.id as number;

    const list = await json<{ id: number; name: string }[]>(['pilot', 'list']);
    expect(list.map((p) => [p.id, p.name])).toEqual([[pilotId, 'Spring glow']]);

    // Closed properly: no WAL left beside the workspace, and the human list names the pilot.
    expect(existsSync(`${workspace}-wal`)).toBe(false);
    const human = await cli(['pilot', 'list', '--workspace', workspace]);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/Spring glow\s+Acme\s+USD\s+2026-03-01\s+2026-04-30/);
  });

  it('adds a creator with every flag, in exact minor units and basis points, and lists them', async () => {
    const member = await json<Record<string, unknown>>([
      ...['creator', 'add', '--pilot', String(pilotId), '--name', 'Ana Lima', '--handle', '@ana.lima'],
      ...['--platform', 'tiktok', '--code', 'ANA10', '--stipend', '200.00', '--product-units', '2'],
      ...['--product-cost', '35.00', '--commission-rate', '10', '--cpa', '5.00'],
      ...['--landing-url', 'https://shop.example/spring'],
    ]);
    expect(member).toMatchObject({
      pilotId,
      name: 'Ana Lima',
      handles: [{ platform: 'tiktok', handle: 'ana.lima' }],
      discountCode: 'ANA10',
      stipendMinor: 20000,
      productUnits: 2,
      productUnitCostMinor: 3500,
      commissionRateBp: 1000,
      cpaMinor: 500,
      landingUrl: 'https://shop.example/spring',
    });
    expect(member.id).toEqual(expect.any(Number));

    const [list, human] = await Promise.all([
      json<{ name: string; stipendMinor: number }[]>(['creator', 'list', '--pilot', String(pilotId)]),
      cli(['creator', 'list', '--pilot', String(pilotId), '--workspace', workspace]),
    ]);
    expect(list.map((c) => [c.name, c.stipendMinor])).toEqual([['Ana Lima', 20000]]);
    expect(human.stdout).toMatch(
      /Ana Lima\s+@ana\.lima \(tiktok\)\s+contracted\s+ANA10\s+200\.00 USD\s+10%\s+5\.00 USD/,
    );
  });

  it('refuses invalid values naming the flag, exits 1, and changes nothing', async () => {
    const before = await json<unknown>(['pilot', 'list']);
    const creatorsBefore = await json<unknown>(['creator', 'list', '--pilot', String(pilotId)]);
    const cases: [string[], RegExp][] = [
      [pilotCreate({ currency: 'XYZ' }), /^--currency: .*ISO 4217/m],
      [pilotCreate({ 'target-cac': '12.345' }), /^--target-cac: USD has 2 decimal places at most$/m],
      [pilotCreate({ end: '2026-02-01' }), /^--end: End date must be on or after the start date$/m],
      [['creator', 'add', '--pilot', '999', '--name', 'Bo', '--handle', '@bo'], /^--pilot: No such pilot$/m],
      [
        ['creator', 'add', '--pilot', String(pilotId), '--name', 'Bo', '--handle', '@bo', '--landing-url', 'shop'],
        /^--landing-url: Landing URL must be a full http\(s\) address/m,
      ],
      [
        ['creator', 'add', '--pilot', String(pilotId), '--name', 'Cy', '--handle', '@cy', '--code', 'ANA10'],
        /^--code: /m,
      ],
    ];
    const runs = await Promise.all(cases.map(([args]) => cli([...args, '--workspace', workspace])));
    runs.forEach((run, i) => {
      const [args, message] = cases[i] ?? [[], /$^/];
      expect(run.code, args.join(' ')).toBe(1);
      expect(run.stdout, args.join(' ')).toBe('');
      expect(run.stderr, args.join(' ')).toMatch(message);
    });

    const jsonError = await cli([...pilotCreate({ 'target-cac': '1.001' }), '--json', '--workspace', workspace]);
    expect(jsonError.code).toBe(1);
    expect(JSON.parse(jsonError.stderr)).toMatchObject({
      error: { code: 'invalid_input', field: 'targetCac', flag: '--target-cac' },
    });

    expect(await json<unknown>(['pilot', 'list'])).toEqual(before);
    expect(await json<unknown>(['creator', 'list', '--pilot', String(pilotId)])).toEqual(creatorsBefore);
  });

  it('reports usage errors naming the command or flag, with exit 2', async () => {
    const [unknownFlag, missing, unknownCommand, noValue] = await Promise.all([
      cli(['pilot', 'list', '--bogus', '1', '--workspace', workspace]),
      cli(['pilot', 'create', '--name', 'X', '--currency', 'USD', '--workspace', workspace]),
      cli(['pilots', 'list']),
      cli(['creator', 'list', '--pilot', '--json']),
    ]);
    expect(unknownFlag).toMatchObject({ code: 2, stdout: '' });
    expect(unknownFlag.stderr).toContain('Unknown flag --bogus');
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toContain('Missing required flags --start, --end');
    expect(unknownCommand.code).toBe(2);
    expect(unknownCommand.stderr).toContain('Unknown command "pilots list"');
    expect(noValue.code).toBe(2);
    expect(noValue.stderr).toContain('--pilot needs a value');
  });

  it('refuses a --workspace file that is not a workspace, leaving it as it was', async () => {
    const notes = join(dataDir, 'notes.txt');
    writeFileSync(notes, 'not a workspace');
    const run = await cli(['pilot', 'list', '--workspace', notes]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('--workspace: notes.txt is not a Pilotdesk workspace. Nothing was changed.\n');
    expect(readFileSync(notes, 'utf8')).toBe('not a workspace');
  });

  it('loads the demo: one pilot with 12 creators', async () => {
    const demoWorkspace = join(dataDir, 'demo.pilotdesk');
    const run = await cli(['demo', '--json', '--workspace', demoWorkspace]);
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout) as { pilotId: number; creators: number; orders: number };
    expect(summary.creators).toBe(12);
    expect(summary.orders).toBeGreaterThan(0);
    const creators = await cli([
      'creator',
      'list',
      '--pilot',
      String(summary.pilotId),
      '--json',
      '--workspace',
      demoWorkspace,
    ]);
    expect((JSON.parse(creators.stdout) as unknown[]).length).toBe(12);
  });

  it('without --workspace uses the workspace the app opens, and never changes the app recent list', async () => {
    const settings = join(dataDir, 'settings.json');
    // The CLI runs above did not touch the recent list.
    expect(existsSync(settings)).toBe(false);
    // As the app leaves it: the demo workspace was the last one open.
    const recent = JSON.stringify({
      recent: [{ path: join(dataDir, 'demo.pilotdesk'), openedAt: '2026-11-01T10:00:00Z' }],
    });
    writeFileSync(settings, recent);
    const run = await cli(['pilot', 'list', '--json']);
    expect(readFileSync(settings, 'utf8')).toBe(recent);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { brandName: string }[]).map((p) => p.brandName)).toEqual(['Northwind Botanics']);
  });

  it('--help and help COMMAND list every command and flag', async () => {
    const [help, one] = await Promise.all([cli(['--help']), cli(['help', 'creator', 'add'])]);
    expect(help.code).toBe(0);
    for (const command of ['pilot create', 'pilot list', 'creator add', 'creator list', 'demo']) {
      expect(help.stdout).toContain(`pilotdesk ${command}`);
    }
    for (const flag of [
      '--workspace',
      '--json',
      '--target-cac',
      '--min-orders',
      '--commission-rate',
      '--landing-url',
    ]) {
      expect(help.stdout).toContain(flag);
    }
    expect(one.code).toBe(0);
    expect(one.stdout).toContain('--product-cost AMOUNT');
    expect(one.stdout).not.toContain('pilotdesk pilot create');
  });
});
