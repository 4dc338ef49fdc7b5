/**
 * What the Chromium benches share: a fresh renderer build, the system
 * Chromium launched as the e2e tests launch it, and the app loaded in web
 * mode up to the moment an area can be opened.
 */

import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from '@playwright/test';
import type { WebServer } from '../../src/main/server/server';

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
