/**
 * Opening the sourcing screen in Chromium on a pilot of 2,000 profiles: from
 * the click to the table's rows in view (scored, sorted, virtualised), beside
 * a bare page that sets a plain 2,000-row table of the same columns into the
 * same browser. Drives the system Chromium through Playwright against web
 * mode, as the e2e tests do.
 */

import { join } from 'node:path';
import { Session } from '../../src/main/core/workspace/session';
import { Settings } from '../../src/main/core/workspace/settings';
import { basisPointsToPercent } from '../../src/shared/money';
import { AppPage, buildRenderer } from './browser';
import { benchPilot, benchProfiles, call, BENCH_PROFILES as PROFILES } from './sourcing-profiles';
import type { Section } from './timing';

/** Rows the table shows in a 1440×900 window, and more: the full first screen. */
const ROWS_IN_VIEW = 15;

/** A pilot with 2,000 profiles on its longlist, saved one by one through the API as a person would add them. */
async function buildPilot(session: Session): Promise<void> {
  const pilotId = await benchPilot(session);
  for (const { fields, handle } of benchProfiles()) {
    const { engagementBp, ...rest } = fields;
    await call(session, 'profiles.save', {
      ...rest,
      pilotId,
      handles: [handle],
      engagementRate: engagementBp === null ? null : basisPointsToPercent(engagementBp),
    });
  }
}

/** A plain table of the same rows and columns, all 2,000 in the page: the browser's own floor. */
function barePage(): string {
  const row = (i: number) =>
    `<tr><td><input type="checkbox"></td><td>Creator ${i}</td><td>@creator.${i}</td><td>${(i * 37) % 400}K</td><td>${(i % 9) + 1}.2%</td><td>Berlin, Germany</td><td>skincare, beauty</td><td>${(i * 13) % 100}</td><td>Longlist</td><td>—</td><td>—</td></tr>`;
  return `<!doctype html><table aria-label="bare"><tbody>${Array.from({ length: PROFILES }, (_, i) => row(i)).join('')}</tbody></table>`;
}

export function sourcingScreenSection(root: string, tmp: string): Section {
  const session = new Session(new Settings(join(tmp, 'sourcing-screen-data')));
  const app = new AppPage();
  return {
    title: `Sourcing screen in Chromium: ${PROFILES.toLocaleString('en-US')} profiles in one pilot (first full render of the table from the click)`,
    runs: 7,
    setup: async () => {
      const rendererDir = buildRenderer(root);
      session.open(join(tmp, 'sourcing-screen.pilotdesk'), 'create');
      const started = performance.now();
      await buildPilot(session);
      console.log(
        `\n(${PROFILES} profiles saved through the API in ${((performance.now() - started) / 1000).toFixed(1)} s)`,
      );
      await app.start(session, rendererDir);
    },
    teardown: async () => {
      await app.stop();
      session.close();
    },
    cases: app.screenCases('Sourcing', { rows: PROFILES, html: barePage }, 'rows in view', (page) =>
      page.getByRole('table', { name: 'Prospects' }).getByRole('row').nth(ROWS_IN_VIEW).waitFor(),
    ),
  };
}
