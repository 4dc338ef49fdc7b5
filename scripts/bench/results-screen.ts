/**
 * Opening the results screen in Chromium on the 50-creator, 100k-attributed-order
 * workspace (target: under 1 s from navigation to a full table), beside a
 * bare page of the same size set straight into the same browser. Drives the
 * system Chromium through Playwright against web mode, as the e2e tests do.
 */

import type { Session } from '../../src/main/core/workspace/session';
import { AppPage, buildRenderer } from './browser';
import { BENCH_CREATORS } from './results-workspace';
import type { Section } from './timing';

/** A plain table of the same shape as the results table: the browser's own floor. */
function barePage(): string {
  const cells = (i: number) => Array.from({ length: 20 }, (_, c) => `<td>${(i * 31 + c * 7) % 1000}.00</td>`).join('');
  const rows = Array.from({ length: BENCH_CREATORS }, (_, i) => `<tr><th>Creator ${i + 1}</th>${cells(i)}</tr>`);
  return `<!doctype html><table aria-label="bare"><tbody>${rows.join('')}</tbody></table>`;
}

export function resultsScreenSection(root: string, ready: () => Promise<Session>): Section {
  const app = new AppPage();
  return {
    title: `Results screen in Chromium: ${BENCH_CREATORS} creators over 100k attributed orders (target: full table under 1 s from the click)`,
    runs: 7,
    setup: () => ready().then((session) => app.start(session, buildRenderer(root))),
    teardown: () => app.stop(),
    cases: app.screenCases('Results', { rows: BENCH_CREATORS, html: barePage }, 'full creator table', (page) =>
      page.getByRole('table', { name: 'Results per creator' }).getByRole('row').nth(BENCH_CREATORS).waitFor(),
    ),
  };
}
