import { create } from 'zustand';
import type { ImportKind } from '../../../shared/imports';

/** A file to import: one the page holds (dropped or picked), or a path from the desktop File menu. */
export type ImportSource = { file: File; name: string } | { path: string; name: string };

export interface ImportRequest {
  /** Tells one request from the next, so the dialog starts afresh for each file. */
  id: number;
  source: ImportSource;
  kind: ImportKind;
  /** Whether the dialog may let the user say the file holds the other kind. */
  kindFixed: boolean;
}

interface ImportFlowState {
  request: ImportRequest | null;
  /** Opens the import dialog for a file; ignored while another import is open. */
  open(source: ImportSource, kind?: ImportKind): void;
  close(): void;
}

let nextId = 1;

export const useImportFlow = create<ImportFlowState>()((set, get) => ({
  request: null,
  open: (source, kind) => {
    if (get().request) return;
    set({ request: { id: nextId++, source, kind: kind ?? 'orders', kindFixed: kind !== undefined } });
  },
  close: () => set({ request: null }),
}));

/** The file name of a path, on any platform. */
export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}
