/**
 * The desktop window's security settings and URL rules, kept free of the
 * electron import so tests can pin them in plain Node.
 */

import type { WebPreferences } from 'electron';

export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: true,
  };
}

/** Only plain web addresses leave the app, and only to the OS browser. */
export function isSafeExternalUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

/** The app's own page: the bundled renderer file, or the dev server while developing. */
export function isAppUrl(text: string, rendererFile: string, devServer?: string): boolean {
  try {
    const url = new URL(text);
    if (devServer) return url.origin === new URL(devServer).origin;
    return (
      url.protocol === 'file:' &&
      decodeURIComponent(url.pathname) === rendererFile.replace(/\\/g, '/').replace(/^(?=[A-Za-z]:)/, '/')
    );
  } catch {
    return false;
  }
}
