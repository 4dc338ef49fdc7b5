/**
 * What the Chromium benches share: a fresh renderer build, the system
 * Chromium launched as the e2e tests launch it, and the app loaded in web
 * mode up to the moment an area can be opened.
 */

import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from '@playwright/test';
import type { Session } from '../../src/main/core/workspace/session';
import { startWebServer, type WebServer } from '../../src/main/server/server';
import type { BenchCase } from './timing';

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

/** Builds the renderer first, so a bench measures it as the code is now; returns its folder. */
export function buildRenderer(root: string): string {
  execFileSync(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
    cwd: root,
    stdio: 'ignore',
  });
  return join(root, 'out', 'renderer');
}

/** Chromium with a page the size of a laptop screen; Playwright gives it a fresh, throw-away profile. */
export async function launchChromium(): Promise<{ browser: Browser; page: Page }> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  return { browser, page: await browser.newPage({ viewport: { width: 1440, height: 900 } }) };
}

/** The button that opens an area ("Results", "Sourcing") in the app's navigation. */
export function areaButton(page: Page, area: string) {
  return page.getByRole('navigation', { name: 'Areas' }).getByRole('button', { name: area, exact: true });
}

/** A fresh page load, up to the moment the app can be used. */
export async function loadApp(page: Page, server: WebServer | undefined, area: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(server?.url ?? '');
  await areaButton(page, area).waitFor();
}

/** One Chromium page on the app in web mode, for a screen bench's setup, cases and teardown. */
export class AppPage {
  private browser: Browser | undefined;
  private server: WebServer | undefined;
  private current: Page | undefined;

  /** Serves the renderer (built by the caller) over `session` and opens Chromium on a fresh page. */
  async start(session: Session, rendererDir: string): Promise<void> {
    this.server = await startWebServer({ session, rendererDir });
    ({ browser: this.browser, page: this.current } = await launchChromium());
  }

  get page(): Page {
    if (!this.current) throw new Error('no page');
    return this.current;
  }

  async stop(): Promise<void> {
    await this.browser?.close();
    await this.server?.close();
  }

  /**
   * The three cases every screen bench times: a bare page of `bare.rows` rows
   * set into the browser (the floor), the click on `area` in a loaded app, and
   * the same from a cold page load; `shown` waits for what `shownAs` names.
   */
  screenCases(
    area: string,
    bare: { rows: number; html: () => string },
    shownAs: string,
    shown: (page: Page) => Promise<void>,
  ): BenchCase[] {
    const open = async () => {
      await areaButton(this.page, area).click();
      await shown(this.page);
    };
    return [
      {
        name: `bare: set a plain ${bare.rows}-row table into the page`,
        run: async () => {
          await this.page.setContent(bare.html());
          await this.page
            .getByRole('row')
            .nth(bare.rows - 1)
            .waitFor();
        },
      },
      {
        name: `app open: click ${area} -> ${shownAs}`,
        prepare: () => loadApp(this.page, this.server, area),
        run: open,
      },
      {
        name: `cold: load the app, open ${area}, ${shownAs}`,
        run: async () => {
          await loadApp(this.page, this.server, area);
          await open();
        },
      },
    ];
  }
}
