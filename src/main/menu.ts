/** The application menu; File works on workspaces and imports through native dialogs. */

import { type BrowserWindow, dialog, Menu, type MenuItemConstructorOptions } from 'electron';
import { IMPORT_FILE_CHANNEL, SHOW_AREA_CHANNEL } from '../shared/api/bridge';
import type { Session } from './core/workspace/session';

interface MenuContext {
  session: Session;
  window: BrowserWindow;
  notifyChanged: () => void;
}

const FILTERS = [{ name: 'Pilotdesk workspace', extensions: ['pilotdesk'] }];
const IMPORT_FILTERS = [
  { name: 'Shop exports and spreadsheets', extensions: ['csv', 'tsv', 'txt', 'xlsx', 'xls', 'ods'] },
  { name: 'All files', extensions: ['*'] },
];

export function buildMenu(ctx: MenuContext): Menu {
  const isMac = process.platform === 'darwin';
  const recent: MenuItemConstructorOptions[] = ctx.session.settings.recent.map((r) => ({
    label: r.path,
    click: () => run(ctx, () => ctx.session.open(r.path, 'open')),
  }));
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'New Workspace…', accelerator: 'CmdOrCtrl+Shift+N', click: () => newWorkspace(ctx) },
        { label: 'Open Workspace…', accelerator: 'CmdOrCtrl+O', click: () => openWorkspace(ctx) },
        {
          label: 'Open Recent',
          submenu: recent.length > 0 ? recent : [{ label: 'No recent workspaces', enabled: false }],
        },
        { type: 'separator' },
        { label: 'Import Orders…', accelerator: 'CmdOrCtrl+I', click: () => importOrders(ctx) },
        { type: 'separator' },
        // The page's Reports area asks which pilot, which sheets and whether costs go; the menu only takes the user there.
        {
          label: 'Export Report…',
          accelerator: 'CmdOrCtrl+E',
          click: () => ctx.window.webContents.send(SHOW_AREA_CHANNEL, 'reports'),
        },
        { type: 'separator' },
        { label: 'Back Up Workspace…', accelerator: 'CmdOrCtrl+Shift+S', click: () => backUp(ctx) },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
  ];
  return Menu.buildFromTemplate(template);
}

async function newWorkspace(ctx: MenuContext): Promise<void> {
  const { canceled, filePath } = await dialog.showSaveDialog(ctx.window, {
    title: 'New workspace',
    defaultPath: 'Client workspace.pilotdesk',
    filters: FILTERS,
  });
  if (canceled || !filePath) return;
  run(ctx, () => ctx.session.open(filePath, 'create'));
}

async function openWorkspace(ctx: MenuContext): Promise<void> {
  const { canceled, filePaths } = await dialog.showOpenDialog(ctx.window, {
    title: 'Open workspace',
    properties: ['openFile'],
    filters: FILTERS,
  });
  const path = filePaths[0];
  if (canceled || !path) return;
  run(ctx, () => ctx.session.open(path, 'open'));
}

/** Picks a file and hands its path to the page, whose import dialog previews it before anything is written. */
async function importOrders(ctx: MenuContext): Promise<void> {
  const { canceled, filePaths } = await dialog.showOpenDialog(ctx.window, {
    title: 'Import orders',
    properties: ['openFile'],
    filters: IMPORT_FILTERS,
  });
  const path = filePaths[0];
  if (canceled || !path) return;
  ctx.window.webContents.send(IMPORT_FILE_CHANNEL, path);
}

async function backUp(ctx: MenuContext): Promise<void> {
  const stamp = new Date().toISOString().slice(0, 10);
  const { canceled, filePath } = await dialog.showSaveDialog(ctx.window, {
    title: 'Back up workspace',
    defaultPath: `${ctx.session.info().name} backup ${stamp}.pilotdesk`,
    filters: FILTERS,
  });
  if (canceled || !filePath) return;
  try {
    const { path } = await ctx.session.backup(filePath);
    await dialog.showMessageBox(ctx.window, { type: 'info', message: 'Backup saved', detail: path });
  } catch (err) {
    dialog.showErrorBox('Backup failed', (err as Error).message);
  }
}

function run(ctx: MenuContext, action: () => void): void {
  try {
    action();
    ctx.notifyChanged();
  } catch (err) {
    dialog.showErrorBox('Could not open the workspace', (err as Error).message);
  }
}
