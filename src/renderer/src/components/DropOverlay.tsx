import { useEffect, useState } from 'react';
import { useImportFlow } from '../stores/import-flow';
import { useWorkspace } from '../stores/workspace';

const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;

/**
 * A file dragged over any part of the window shows where it will go; dropped,
 * it opens the import dialog. Drops never make the page navigate to the file.
 */
export function DropOverlay() {
  const [over, setOver] = useState(false);
  const canImport = useWorkspace((s) => s.info !== null);

  useEffect(() => {
    // dragenter/dragleave fire for every child crossed; count them to know when the file left the window.
    let depth = 0;
    const busy = () => useImportFlow.getState().request !== null || !canImport;
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      if (!busy()) setOver(true);
    };
    const overWindow = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = busy() ? 'none' : 'copy';
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setOver(false);
      const file = e.dataTransfer?.files[0];
      if (file && !busy()) useImportFlow.getState().open({ file, name: file.name });
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', overWindow);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', overWindow);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [canImport]);

  if (!over) return null;
  return (
    <div className="drop-overlay" aria-hidden="true">
      <div className="drop-target">
        <strong>Drop to import</strong>
        <span>An orders export from your shop, or a clicks export. You will see a preview first.</span>
      </div>
    </div>
  );
}
