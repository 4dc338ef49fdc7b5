import { useRef } from 'react';
import type { ImportKind } from '../../../shared/imports';
import { useImportFlow } from '../stores/import-flow';

const ACCEPT = '.csv,.tsv,.txt,.xlsx,.xls,.ods,text/csv';

interface ImportFileButtonProps {
  label: string;
  kind: ImportKind;
  primary?: boolean;
}

/** A button that picks a file with the system's file chooser and opens the import dialog for it. */
export function ImportFileButton({ label, kind, primary }: ImportFileButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  const open = useImportFlow((s) => s.open);
  return (
    <>
      <button type="button" className={primary ? 'button primary' : 'button'} onClick={() => input.current?.click()}>
        {label}
      </button>
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        hidden
        aria-label={`${label} (file)`}
        data-import-kind={kind}
        onChange={(e) => {
          const file = e.target.files?.[0];
          // Cleared, so choosing the same file again still opens the dialog.
          e.target.value = '';
          if (file) open({ file, name: file.name }, kind);
        }}
      />
    </>
  );
}
