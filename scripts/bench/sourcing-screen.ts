/**
 * Opening the sourcing screen in Chromium on a pilot of 2,000 profiles: from
 * the click to the table's rows in view (scored, sorted, virtualised), beside
 * a bare page that sets a plain 2,000-row table of the same columns into the
 * same browser. Drives the system Chromium through Playwright against web
 * mode, as the e2e tests do.
 */

import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from '@playwright/test';
import { dispatch } from '../../src/main/core/api';
import { Session } from '../../src/main/core/workspace/session';
import { Settings } from '../../src/main/core/workspace/settings';
import { startWebServer, type WebServer } from '../../src/main/server/server';
import type { Section } from './timing';

const PROFILES = 2_000;
/** Rows the table shows in a 1440×900 window, and more: the full first screen. */
const ROWS_IN_VIEW = 15;

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const CITIES = [
  ['Berlin', 'Germany'],
  ['Hamburg', 'DE'],
  ['Wien', 'Austria'],
  ['Paris', 'France'],
] as const;
const CATEGORIES = ['skincare', 'beauty', 'fitness', 'food', 'travel', 'fashion'];
const PLATFORMS = ['instagram', 'tiktok', 'youtube'] as const;

async function call(session: Session, method: string, input: unknown): Promise<unknown> {
  const res = await dispatch(session, method, input);
  if (!res.ok) throw new Error(`${method}: ${res.error.message}`);
  return res.data;
}

/** A pilot with 2,000 profiles on its longlist, saved one by one through the API as a person would add them. */
async function buildPilot(session: Session): Promise<void> {
  const pilot = (await call(session, 'pilots.create', {
    name: 'Glow DACH',
    market: 'Germany',
    currency: 'EUR',
    startDate: '2026-03-01',
    endDate: '2026-04-30',
  })) as { id: number };
  let seed = 11;
  const next = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  for (let i = 0; i < PROFILES; i++) {
    const [city, country] = pick(CITIES);
    await call(session, 'profiles.save', {
      pilotId: pilot.id,
      name: `Creator ${i} ${pick(['Lin', 'Okafor', 'Meyer', 'Rossi'])}`,
      handles: [{ platform: pick(PLATFORMS), handle: `creator.${i}` }],
      email: `creator${i}@example.com`,
      followers: Math.round(2_000 + next() ** 2 * 400_000),
      engagementRate: (0.5 + next() * 9).toFixed(1),
      country,
      city,
      categories: [pick(CATEGORIES), pick(CATEGORIES)],
      pastBrands: next() > 0.5 ? ['Weleda'] : [],
      shoppingLinks: next() > 0.5,
    });
  }
}

/** A plain table of the same rows and columns, all 2,000 in the page: the browser's own floor. */
function barePage(): string {
  const row = (i: number) =>
    `<tr><td><input type="checkbox"></td><td>Creator ${i}</td><td>@creator.${i}</td><td>${(i * 37) % 400}K</td><td>${(i % 9) + 1}.2%</td><td>Berlin, Germany</td><td>skincare, beauty</td><td>${(i * 13) % 100}</td><td>Longlist</td><td>—</td><td>—</td></tr>`;
  return `<!doctype html><table aria-label="bare"><tbody>${Array.from({ length: PROFILES }, (_, i) => row(i)).join('')}</tbody></table>`;
}

const areas = (page: Page) => page.getByRole('navigation', { name: 'Areas' });

async function loadApp(page: Page, server: WebServer | undefined): Promise<void> {
  await page.goto('about:blank');
  await page.goto(server?.url ?? '');
  await areas(page).getByRole('button', { name: 'Sourcing', exact: true }).waitFor();
}

async function openSourcing(page: Page): Promise<void> {
  await areas(page).getByRole('button', { name: 'Sourcing', exact: true }).click();
  await page.getByRole('table', { name: 'Prospects' }).getByRole('row').nth(ROWS_IN_VIEW).waitFor();
}

export function sourcingScreenSection(root: string, tmp: string): Section {
  const session = new Session(new Settings(join(tmp, 'sourcing-screen-data')));
  let browser: Browser | undefined;
  let server: WebServer | undefined;
  let page: Page | undefined;
  const open = () => {
    if (!page) throw new Error('no page');
    return page;
  };
  return {
    title: `Sourcing screen in Chromium: ${PROFILES.toLocaleString('en-US')} profiles in one pilot (first full render of the table from the click)`,
    runs: 7,
    setup: async () => {
      // Build first, so the bench measures the renderer as the code is now.
      execFileSync(
        process.execPath,
        [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
        {
          cwd: root,
          stdio: 'ignore',
        },
      );
      session.open(join(tmp, 'sourcing-screen.pilotdesk'), 'create');
      const started = performance.now();
      await buildPilot(session);
      console.log(
        `\n(${PROFILES} profiles saved through the API in ${((performance.now() - started) / 1000).toFixed(1)} s)`,
      );
      server = await startWebServer({ session, rendererDir: join(root, 'out', 'renderer') });
      browser = await chromium.launch({
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        args: CHROMIUM_ARGS,
      });
      page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    },
    teardown: async () => {
      await browser?.close();
      await server?.close();
      session.close();
    },
    cases: [
      {
        name: `bare: set a plain ${PROFILES}-row table into the page`,
        run: async () => {
          const p = open();
          await p.setContent(barePage());
          await p
            .getByRole('row')
            .nth(PROFILES - 1)
            .waitFor();
        },
      },
      {
        name: 'app open: click Sourcing -> rows in view',
        prepare: () => loadApp(open(), server),
        run: () => openSourcing(open()),
      },
      {
        name: 'cold: load the app, open Sourcing, rows in view',
        run: async () => {
          await loadApp(open(), server);
          await openSourcing(open());
        },
      },
    ],
  };
}
