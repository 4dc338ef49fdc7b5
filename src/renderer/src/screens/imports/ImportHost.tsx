import { useEffect } from 'react';
import { onImportFile } from '../../api/client';
import { baseName, useImportFlow } from '../../stores/import-flow';
import { ImportDialog } from './ImportDialog';

/** Where the import dialog lives, whichever way a file arrived (drop, button, or the desktop File menu). */
export function ImportHost() {
  const request = useImportFlow((s) => s.request);
  useEffect(() => onImportFile((path) => useImportFlow.getState().open({ path, name: baseName(path) }, 'orders')), []);
  return request ? <ImportDialog key={request.id} request={request} /> : null;
}
