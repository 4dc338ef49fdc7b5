/**
 * The page's only door to the app: one typed invoke(), three events, and the
 * disk path of a file the user dropped or picked (which the sandboxed page
 * cannot see itself). No ipcRenderer, no Node, no generic channel is exposed
 * (contextIsolation and sandbox are on; this file is bundled to one CommonJS script).
 */

import { contextBridge, ipcRenderer, webUtils } from 'electron';
import {
  IMPORT_FILE_CHANNEL,
  INVOKE_CHANNEL,
  type PilotdeskBridge,
  SHOW_AREA_CHANNEL,
  WORKSPACE_CHANGED_CHANNEL,
} from '../shared/api/bridge';

const bridge: PilotdeskBridge = {
  invoke: (method, input) => ipcRenderer.invoke(INVOKE_CHANNEL, String(method), input),
  onWorkspaceChanged: (listener) => {
    const handler = () => listener();
    ipcRenderer.on(WORKSPACE_CHANGED_CHANNEL, handler);
    return () => ipcRenderer.removeListener(WORKSPACE_CHANGED_CHANNEL, handler);
  },
  onImportFile: (listener) => {
    // Only a non-empty string reaches the page; the core validates the path again on import.
    const handler = (_event: unknown, path: unknown) => {
      if (typeof path === 'string' && path !== '' && path.length <= 4096) listener(path);
    };
    ipcRenderer.on(IMPORT_FILE_CHANNEL, handler);
    return () => ipcRenderer.removeListener(IMPORT_FILE_CHANNEL, handler);
  },
  onShowArea: (listener) => {
    // Only a short lowercase word reaches the page, which shows it only if it names one of its areas.
    const handler = (_event: unknown, area: unknown) => {
      if (typeof area === 'string' && /^[a-z]{1,20}$/.test(area)) listener(area);
    };
    ipcRenderer.on(SHOW_AREA_CHANNEL, handler);
    return () => ipcRenderer.removeListener(SHOW_AREA_CHANNEL, handler);
  },
  // Only a File the user dropped or picked has a path; anything else gives ''.
  pathForFile: (file) => {
    try {
      return webUtils.getPathForFile(file as File);
    } catch {
      return '';
    }
  },
};

contextBridge.exposeInMainWorld('pilotdesk', bridge);
