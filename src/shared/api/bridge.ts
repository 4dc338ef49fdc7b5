/** What the desktop preload exposes to the page as `window.pilotdesk`. */

import type { Envelope } from './errors';

export const INVOKE_CHANNEL = 'pilotdesk:invoke';
export const WORKSPACE_CHANGED_CHANNEL = 'pilotdesk:workspace-changed';
/** Main -> page only: the path of a file picked with File > Import Orders…, to open in the import dialog. */
export const IMPORT_FILE_CHANNEL = 'pilotdesk:import-file';
/** Main -> page only: an area of the page to show, e.g. "reports" for File > Export Report…. */
export const SHOW_AREA_CHANNEL = 'pilotdesk:show-area';

export interface PilotdeskBridge {
  invoke(method: string, input: unknown): Promise<Envelope<unknown>>;
  /** Called when the desktop File menu opens or creates another workspace. */
  onWorkspaceChanged(listener: () => void): () => void;
  /** Called with a file's path when the desktop File menu picks a file to import. */
  onImportFile?(listener: (path: string) => void): () => void;
  /** Called with an area's name when the desktop menu asks the page to show it. */
  onShowArea?(listener: (area: string) => void): () => void;
  /** The path on disk of a file dropped on or picked in the page ('' when it has none). Desktop only. */
  pathForFile?(file: Blob): string;
}
