/**
 * The Electron face: lifecycle, the window, the File menu and IPC. It stays
 * thin; everything a user can do is a method of the core's handler table.
 */

import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, shell } from 'electron';
import { INVOKE_CHANNEL, WORKSPACE_CHANGED_CHANNEL } from '../shared/api/bridge';
import { dispatch } from './core/api';
import { Session } from './core/workspace/session';
import { Settings } from './core/workspace/settings';
import { openStartupWorkspace } from './core/workspace/startup';
import { buildMenu } from './menu';
import { isAppUrl, isSafeExternalUrl, secureWebPreferences } from './security';

app.setName('Pilotdesk');

// A second launch focuses the first window instead of opening the workspace twice.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const win = BrowserWindow.getAllWindows()[0];
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  void app.whenReady().then(start);
}

let session: Session;

function start(): void {
  session = new Session(new Settings(app.getPath('userData')));
  const { skipped } = openStartupWorkspace(session);

  const win = createWindow();
  const showWorkspace = () => {
    win.setTitle(`Pilotdesk — ${session.info().name}`);
    Menu.setApplicationMenu(
      buildMenu({
        session,
        window: win,
        notifyChanged: () => {
          win.webContents.send(WORKSPACE_CHANGED_CHANNEL);
          showWorkspace();
        },
      }),
    );
  };
  showWorkspace();

  ipcMain.handle(INVOKE_CHANNEL, async (event, method: unknown, input: unknown) => {
    // Only our own page may call the core; the core validates every input.
    if (!isOwnPage(event.senderFrame?.url ?? '')) {
      return { ok: false, error: { code: 'invalid_input', message: 'Refused: unknown caller' } };
    }
    const name = typeof method === 'string' ? method : '';
    const result = await dispatch(session, name, input);
    // The page's Workspace screen switched files: keep the title and Open Recent in step.
    if (result.ok && (name === 'workspace.open' || name === 'workspace.create')) showWorkspace();
    return result;
  });
  if (skipped)
    void dialog.showMessageBox(win, {
      type: 'warning',
      message: 'Could not reopen the last workspace',
      detail: skipped,
    });

  app.on('window-all-closed', () => {
    session.close();
    app.quit();
  });
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    title: 'Pilotdesk',
    show: false,
    webPreferences: secureWebPreferences(join(__dirname, '../preload/index.cjs')),
  });
  win.once('ready-to-show', () => win.show());
  // The title names the workspace; the page's own <title> must not replace it.
  win.on('page-title-updated', (event) => event.preventDefault());

  // No navigation away from the app and no new windows; http(s) links open in the OS browser.
  win.webContents.on('will-navigate', (event, url) => {
    if (!isOwnPage(url)) event.preventDefault();
  });
  win.webContents.on('will-redirect', (event, url) => {
    if (!isOwnPage(url)) event.preventDefault();
  });
  win.webContents.on('will-attach-webview', (event) => event.preventDefault());
  // The app asks for no camera, microphone, notifications or the like.
  win.webContents.session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });

  const dev = devServer();
  if (dev) void win.loadURL(dev);
  else void win.loadFile(RENDERER_FILE);
  return win;
}

const RENDERER_FILE = join(__dirname, '../renderer/index.html');

/** electron-vite's dev server, in development only. */
function devServer(): string | undefined {
  return app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
}

function isOwnPage(url: string): boolean {
  return isAppUrl(url, RENDERER_FILE, devServer());
}
