import { type FormEvent, useState } from 'react';
import { BATCH_FORMATS, type BatchExport, type BatchFormat } from '../../../../shared/outreach';
import { ApiFailure } from '../../api/client';
import { FormAlert } from '../../components/FormAlert';
import { TextField } from '../../components/TextField';
import { exportsFolder } from '../../exports-folder';
import { count } from '../../format';
import { useForm } from '../../forms/use-form';
import { useOutreach } from '../../stores/outreach';
import { useWorkspace } from '../../stores/workspace';

const FORMAT_LABELS: Record<BatchFormat, string> = {
  csv: 'CSV for a mail merge',
  eml: '.eml drafts (one file per message)',
};

interface BatchExportFormProps {
  n: number;
  /** Writes the batch; field errors come back by name (deadline, followUpDate, path…). */
  write(format: BatchFormat, path: string | null): Promise<BatchExport>;
  /** The batch form's own fields, where the core's errors about them show. */
  isBatchField(path: string): boolean;
  onFieldErrors(errors: Record<string, string>): void;
}

/** Exports the batch within today's send cap, and lists what was written and who was left out, and why. */
export function BatchExportForm({ n, write, isBatchField, onFieldErrors }: BatchExportFormProps) {
  const settings = useOutreach((s) => s.settings);
  const folder = exportsFolder(useWorkspace((s) => s.info?.path));
  const form = useForm<{ format: BatchFormat; path: string }>({ format: 'csv', path: '' });
  const [result, setResult] = useState<BatchExport | null>(null);
  const left = settings ? Math.max(0, settings.dailyCap - settings.sentToday) : null;

  async function submit(event: FormEvent) {
    setResult(null);
    onFieldErrors({});
    await form.submit(
      event,
      async () => {
        try {
          setResult(await write(form.values.format, form.values.path.trim() || null));
        } catch (err) {
          const fields = err instanceof ApiFailure ? err.fieldErrors : {};
          onFieldErrors(Object.fromEntries(Object.entries(fields).filter(([k]) => isBatchField(k))));
          throw err;
        }
      },
      { isField: (p) => p === 'path' },
    );
  }

  return (
    <form
      ref={form.formRef}
      className="section form"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label="Export the batch"
    >
      <h3>Export</h3>
      <fieldset className="export-formats">
        <legend className="visually-hidden">Format</legend>
        {BATCH_FORMATS.map((f) => (
          <label key={f} className="toggle">
            <input
              type="radio"
              name="batch-format"
              value={f}
              checked={form.values.format === f}
              onChange={() => form.set('format', f)}
            />
            {FORMAT_LABELS[f]}
          </label>
        ))}
      </fieldset>
      <TextField
        id="batch-path"
        label="Save as (optional)"
        value={form.values.path}
        onChange={(v) => form.set('path', v)}
        error={form.errors.path}
        placeholder={`${folder}/…`}
        hint={`Leave empty to write to ${folder}. Each creator written is logged as contacted.`}
      />
      {settings && left !== null ? (
        <p className={left < n ? 'warning-text' : 'muted'}>
          {count(settings.sentToday)} of {count(settings.dailyCap)} sent today: {count(left)} left
          {left < n ? `, so ${count(n - left)} of these ${count(n)} will be left out` : ''}.
        </p>
      ) : null}
      <FormAlert message={form.alert} />
      <div className="actions">
        <button type="submit" className="button primary" disabled={form.busy || n === 0}>
          {form.busy ? 'Exporting…' : `Export ${count(n)} ${n === 1 ? 'message' : 'messages'}`}
        </button>
      </div>
      {result ? <BatchResult result={result} /> : null}
    </form>
  );
}

function BatchResult({ result }: { result: BatchExport }) {
  return (
    <div className="batch-result" role="status" aria-label="Export result">
      <p className="notice">
        Wrote {count(result.written)} {result.written === 1 ? 'message' : 'messages'} to {result.path}.{' '}
        {count(result.capLeft)} sends left today.
      </p>
      {result.leftOut.length > 0 ? (
        <>
          <p>{count(result.leftOut.length)} left out:</p>
          <ul className="plain-list" aria-label="Left out">
            {result.leftOut.map((l) => (
              <li key={l.memberId}>
                <strong>{l.name}</strong>: {l.reason}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
