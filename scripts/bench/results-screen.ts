/**
 * Opening the results screen in Chromium on the 50-creator, 100k-attributed-order
 * workspace (target: under 1 s from navigation to a full table), beside a
 * bare page of the same size set straight into the same browser. Drives the
 * system Chromium through Playwright against web mode, as the e2e tests do.
 */

import type { Browser, Page } from '@playwright/test';
import type { Session } from '../../src/main/core/workspace/session';
import { startWebServer, type WebServer } from '../../src/main/server/server';
import { areaButton, buildRenderer, launchChromium, loadApp } from './browser';
import { BENCH_CREATORS } from './results-workspace';
import type { Section } from './timing';

/** A plain table of the same shape as the results table: the browser's own floor. */
function barePage(): string {
  const cells = (i: number) => Array.from({ length: 20 }, (_, c) => `<td>${(i * 31 + c * 7) % 1000}.00</td>`).join('');
  const rows = Array.from({ length: BENCH_CREATORS }, (_, i) => `<tr><th>Creator ${i + 1}</th>${cells(i)}</tr>`);
  return `<!doctype html><table aria-label="bare"><tbody>${rows.join('')}</tbody></table>`;
}

async function openResults(page: Page): Promise<void> {
  await areaButton(page, 'Results').click();
  await page.getByRole('table', { name: 'Results per creator' }).getByRole('row').nth(BENCH_CREATORS).waitFor();
}

export function resultsScreenSection(root: string, ready: () => Promise<Session>): Section {
  let browser: Browser | undefined;
  let server: WebServer | undefined;
  let page: Page | undefined;
  const open = () => {
    if (!page) throw new Error('no page');
    return page;
  };
  return {
    title: `Results screen in Chromium: ${BENCH_CREATORS} creators over 100k attributed orders (target: full table under 1 s from the click)`,
    runs: 7,
    setup: async () => {
      server = await startWebServer({ session: await ready(), rendererDir: buildRenderer(root) });
      ({ browser, page } = await launchChromium());
    },
    teardown: async () => {
      await browser?.close();
      await server?.close();
    },
    cases: [
      {
        name: 'bare: set a plain 50-row table into the page',
        run: async () => {
          const p = open();
          await p.setContent(barePage());
          await p
            .getByRole('row')
            .nth(BENCH_CREATORS - 1)
            .waitFor();
        },
      },
      {
        name: 'app open: click Results -> full creator table',
        prepare: () => loadApp(open(), server, 'Results'),
        run: () => openResults(open()),
      },
      {
        name: 'cold: load the app, open Results, full table',
        run: async () => {
          await loadApp(open(), server, 'Results');
          await openResults(open());
        },
      },
    ],
  };
}
