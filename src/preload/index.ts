/**
 * The page's only door to the app: one typed invoke() and one event. No
 * ipcRenderer, no Node, no generic channel is exposed (contextIsolation and
 * sandbox are on; this file is bundled to one CommonJS script).
 */

import { contextBridge, ipcRenderer } from 'electron';
import { INVOKE_CHANNEL, type PilotdeskBridge, WORKSPACE_CHANGED_CHANNEL } from '../shared/api/bridge';

const bridge: PilotdeskBridge = {
  invoke: (method, input) => ipcRenderer.invoke(INVOKE_CHANNEL, String(method), input),
  onWorkspaceChanged: (listener) => {
    const handler = () => listener();
    ipcRenderer.on(WORKSPACE_CHANGED_CHANNEL, handler);
    return () => ipcRenderer.removeListener(WORKSPACE_CHANGED_CHANNEL, handler);
  },
};

contextBridge.exposeInMainWorld('pilotdesk', bridge);
