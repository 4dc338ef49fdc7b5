/** What the desktop preload exposes to the page as `window.pilotdesk`. */

import type { Envelope } from './errors';

export const INVOKE_CHANNEL = 'pilotdesk:invoke';
export const WORKSPACE_CHANGED_CHANNEL = 'pilotdesk:workspace-changed';

export interface PilotdeskBridge {
  invoke(method: string, input: unknown): Promise<Envelope<unknown>>;
  /** Called when the desktop File menu opens or creates another workspace. */
  onWorkspaceChanged(listener: () => void): () => void;
}
