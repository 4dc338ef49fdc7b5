import { type FormEvent, type KeyboardEvent, useId, useRef, useState } from 'react';
import { type FileWritten, TABLE_FORMATS, type TableFormat } from '../../../shared/reports';
import { exportsFolder } from '../exports-folder';
import { bytes, count } from '../format';
import { useForm } from '../forms/use-form';
import { useWorkspace } from '../stores/workspace';
import { FormAlert } from './FormAlert';
import { TextField } from './TextField';

const FORMAT_LABELS: Record<TableFormat, string> = { xlsx: 'Excel (.xlsx)', csv: 'CSV (.csv)' };

interface ExportTableButtonProps {
  /** The table's name, for the button's accessible name ("Export table: orders"). */
  what: string;
  /** Writes the file: the table as shown, in this format, to this path or the exports folder. */
  write(format: TableFormat, path: string | null): Promise<FileWritten>;
}

/** "Wrote 12 rows to /path/file.xlsx (4.1 kB)." */
export function writtenText(w: FileWritten): string {
  return `Wrote ${count(w.rows)} ${w.rows === 1 ? 'row' : 'rows'} to ${w.path} (${bytes(w.bytes)}).`;
}

/**
 * Exports a table on screen, with the columns, filters and order shown, as
 * xlsx or csv. The choices open below the button so the page does not move;
 * Escape folds them and gives the focus back to the button.
 */
export function ExportTableButton({ what, write }: ExportTableButtonProps) {
  const id = useId();
  const details = useRef<HTMLDetailsElement>(null);
  const workspacePath = useWorkspace((s) => s.info?.path);
  const folder = exportsFolder(workspacePath);
  const form = useForm<{ format: TableFormat; path: string }>({ format: 'xlsx', path: '' });
  const [written, setWritten] = useState<string | null>(null);
  // The choices are rendered only while open: a closed menu adds no fields to the page (nor to its labels).
  const [open, setOpen] = useState(false);

  async function submit(event: FormEvent) {
    setWritten(null);
    const path = form.values.path.trim();
    await form.submit(event, async () => setWritten(writtenText(await write(form.values.format, path || null))), {
      isField: (p) => p === 'path',
    });
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'Escape' || !details.current?.open) return;
    // Folds the menu only; a dialog around the table stays open.
    event.stopPropagation();
    details.current.open = false;
    details.current.querySelector('summary')?.focus();
  }

  return (
    <details
      ref={details}
      className="export-menu"
      onKeyDown={onKeyDown}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary className="button">
        Export table<span className="visually-hidden">: {what}</span>
      </summary>
      {open ? (
        <form ref={form.formRef} className="export-menu-panel form" onSubmit={(e) => void submit(e)} noValidate>
          <fieldset className="export-formats">
            <legend>Format</legend>
            {TABLE_FORMATS.map((f) => (
              <label key={f} className="toggle">
                <input
                  type="radio"
                  name={`${id}-format`}
                  value={f}
                  checked={form.values.format === f}
                  onChange={() => form.set('format', f)}
                />
                {FORMAT_LABELS[f]}
              </label>
            ))}
          </fieldset>
          <p className="muted">The columns, filters and order shown on screen.</p>
          <TextField
            id={`${id}-path`}
            label="Save table as (optional)"
            value={form.values.path}
            onChange={(v) => form.set('path', v)}
            error={form.errors.path}
            placeholder={`${folder}/…`}
            hint={`Leave empty to write to ${folder}. An existing file is never overwritten.`}
          />
          <FormAlert message={form.alert} />
          <div className="actions">
            <button type="submit" className="button primary" disabled={form.busy}>
              {form.busy ? 'Exporting…' : 'Export'}
            </button>
          </div>
          <p className="notice export-result" role="status">
            {written}
          </p>
        </form>
      ) : null}
    </details>
  );
}
