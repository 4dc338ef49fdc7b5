import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isAppUrl, isSafeExternalUrl, secureWebPreferences } from '../../src/main/security';
import { CONTENT_SECURITY_POLICY } from '../../src/shared/api/csp';

describe('desktop window security', () => {
  it('isolates the page: context isolation and sandbox on, no Node, no webviews', () => {
    expect(secureWebPreferences('/app/out/preload/index.cjs')).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('sends only plain http(s) links to the OS browser', () => {
    expect(isSafeExternalUrl('https://shop.example/glow')).toBe(true);
    expect(isSafeExternalUrl('http://shop.example')).toBe(true);
    for (const bad of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://server/share',
      'https://user:pw@x.example',
      'not a url',
    ]) {
      expect(isSafeExternalUrl(bad), bad).toBe(false);
    }
  });

  it('lets the window show its own page only', () => {
    const file = '/opt/Pilotdesk/resources/app/out/renderer/index.html';
    expect(isAppUrl(`file://${file}`, file)).toBe(true);
    expect(isAppUrl(`file://${file}#/pilots`, file)).toBe(true);
    expect(isAppUrl('file:///etc/passwd', file)).toBe(false);
    expect(isAppUrl('https://evil.example/index.html', file)).toBe(false);
    expect(isAppUrl('http://localhost:5173/', file, 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', file, 'http://localhost:5173')).toBe(false);
    const win = 'C:\\Program Files\\Pilotdesk\\out\\renderer\\index.html';
    expect(isAppUrl('file:///C:/Program%20Files/Pilotdesk/out/renderer/index.html', win)).toBe(true);
  });

  it('ships the same strict CSP in the page as web mode sends', () => {
    const html = readFileSync('src/renderer/index.html', 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBeDefined();
    const directives = (meta ?? '').split(';').map((d) => d.trim());
    for (const d of directives) expect(CONTENT_SECURITY_POLICY).toContain(d);
    expect(directives).toContain("script-src 'self'");
    expect(meta).not.toContain('unsafe-inline');
    expect(meta).not.toContain('unsafe-eval');
  });
});

describe('preload bridge', () => {
  it("exposes one invoke, three events and a dropped file's path, never ipcRenderer itself", () => {
    const src = readFileSync('src/preload/index.ts', 'utf8');
    expect(src).toContain("contextBridge.exposeInMainWorld('pilotdesk', bridge)");
    expect(src).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\b/);
    expect(src.match(/exposeInMainWorld/g)).toHaveLength(1);
    // The bridge object's members, exactly: a new one must be added here on purpose.
    const members = [...src.matchAll(/^ {2}(\w+): /gm)].map((m) => m[1]);
    expect(members).toEqual(['invoke', 'onWorkspaceChanged', 'onImportFile', 'onShowArea', 'pathForFile']);
    // Channels the page can reach: invoke sends on one; the page listens on three; nothing else.
    expect([...src.matchAll(/ipcRenderer\.(\w+)\((\w+)/g)].map((m) => `${m[1]} ${m[2]}`)).toEqual([
      'invoke INVOKE_CHANNEL',
      'on WORKSPACE_CHANGED_CHANNEL',
      'removeListener WORKSPACE_CHANGED_CHANNEL',
      'on IMPORT_FILE_CHANNEL',
      'removeListener IMPORT_FILE_CHANNEL',
      'on SHOW_AREA_CHANNEL',
      'removeListener SHOW_AREA_CHANNEL',
    ]);
  });
});
