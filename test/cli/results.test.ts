/** `pilotdesk results --pilot ID --workspace W --json`: the field names scripts rely on, and the same figures as the API. */

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';

const dataDir = mkdtempSync(join(tmpdir(), 'pilotdesk-cli-results-'));
const workspace = join(dataDir, 'Demo.pilotdesk');
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const PILOT_KEYS = [
  'id',
  'name',
  'currency',
  'netOrders',
  'revenueMinor',
  'aovMinor',
  'clicks',
  'conversion',
  'newCustomers',
  'costMinor',
  'cacMinor',
  'roas',
  'incrementalRevenueMinor',
  'iroas',
  'reasons',
];
const CREATOR_KEYS = [
  'id',
  'name',
  'handle',
  'code',
  'netOrders',
  'revenueMinor',
  'aovMinor',
  'clicks',
  'conversion',
  'newCustomers',
  'costMinor',
  'commissionMinor',
  'bonusMinor',
  'cacMinor',
  'roas',
  'incrementalRevenueMinor',
  'iroas',
  'repeatRate30',
  'repeatRate60',
  'repeatRate90',
  'verdict',
  'reasons',
];

interface Printed {
  pilot: Record<string, unknown> & { reasons: Record<string, string> };
  creators: (Record<string, unknown> & { reasons: Record<string, string> })[];
}

describe('pilotdesk results', { timeout: 60_000 }, () => {
  it('prints the pilot and every creator with the agreed field names; a null figure has its reason', async () => {
    const demo = await runCli(['demo', '--workspace', workspace, '--json'], dataDir);
    expect(demo.code).toBe(0);
    const { pilotId } = JSON.parse(demo.stdout) as { pilotId: number };

    const run = await runCli(['results', '--pilot', String(pilotId), '--workspace', workspace, '--json'], dataDir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout) as Printed;
    expect(Object.keys(printed.pilot)).toEqual(PILOT_KEYS);
    expect(printed.creators).toHaveLength(12);
    for (const c of printed.creators) {
      expect(Object.keys(c)).toEqual(CREATOR_KEYS);
      for (const key of CREATOR_KEYS) if (c[key] === null) expect(c.reasons[key], `${c.name} ${key}`).toBeTruthy();
    }
    // The demo has no clicks: conversion is null and says why.
    expect(printed.pilot.conversion).toBeNull();
    expect(printed.pilot.reasons.conversion).toBe('no clicks recorded');
    const sum = (key: string) => printed.creators.reduce((t, c) => t + (c[key] as number), 0);
    expect(printed.pilot.netOrders).toBe(sum('netOrders'));
    expect(printed.pilot.revenueMinor).toBe(sum('revenueMinor'));
    expect(printed.pilot.costMinor).toBe(sum('costMinor'));

    const text = await runCli(['results', '--pilot', String(pilotId), '--workspace', workspace], dataDir);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Spring Glow creator pilot');
    expect(text.stdout).toMatch(/cacMinor: (met|missed)/);
  });

  it('names the flag when the pilot does not exist', async () => {
    const run = await runCli(['results', '--pilot', '999', '--workspace', workspace], dataDir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/--pilot/);
  });
});
