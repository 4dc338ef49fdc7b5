import { type FormEvent, useState } from 'react';
import type { ImportPreview } from '../../../../shared/imports';
import { mappingOf } from './ImportOptions';
import { MAPPED_FORMAT } from './import-options';

interface ColumnMappingProps {
  preview: ImportPreview;
  busy: boolean;
  /** Field errors from the core, keyed "mapping.<field>". */
  errors: Record<string, string>;
  onApply(mapping: Record<string, string | null>): void;
}

const NONE = '';

/**
 * Which column of the file holds each field. Editable for a file no known
 * format matched (the choice is remembered by its header); for a known format
 * it lists what was read, so a reader can check it.
 */
export function ColumnMapping({ preview, busy, errors, onApply }: ColumnMappingProps) {
  const editable = preview.format.id === MAPPED_FORMAT || preview.needsMapping;
  const [mapping, setMapping] = useState(() => mappingOf(preview));
  const missing = preview.columns.filter((c) => c.required && !mapping[c.field]);

  function apply(event: FormEvent) {
    event.preventDefault();
    onApply(mapping);
  }

  if (!editable) {
    return (
      <details className="import-section">
        <summary>Columns read ({preview.columns.filter((c) => c.header).length})</summary>
        <dl className="facts">
          {preview.columns.map((c) => (
            <div key={c.field} className="facts-row">
              <dt>{c.label}</dt>
              <dd>{c.header ?? <span className="muted">not in this file</span>}</dd>
            </div>
          ))}
        </dl>
      </details>
    );
  }

  // A remembered mapping needs no questions: it stays folded, open to change.
  return (
    <details className="import-section" open={preview.needsMapping}>
      <summary>{preview.needsMapping ? 'Columns to pick' : 'Columns (your own mapping, remembered)'}</summary>
      <form className="form" onSubmit={apply} aria-labelledby="mapping-title" noValidate>
        <h3 id="mapping-title" className="visually-hidden">
          Columns
        </h3>
        <p className="muted">
          Pick the column of the file that holds each field. Fields marked * are required. Pilotdesk remembers this for
          files with the same columns.
        </p>
        <div className="form-grid">
          {preview.columns.map((c) => {
            const id = `mapping-${c.field}`;
            const error = errors[`mapping.${c.field}`];
            return (
              <div className="field" key={c.field}>
                <div className="field-label">
                  <label htmlFor={id}>{c.label}</label>
                  {c.required ? (
                    <span className="required-mark" aria-hidden="true">
                      *
                    </span>
                  ) : null}
                </div>
                <select
                  id={id}
                  className="input"
                  value={mapping[c.field] ?? NONE}
                  aria-required={c.required || undefined}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${id}-error` : undefined}
                  onChange={(e) =>
                    setMapping((m) => ({ ...m, [c.field]: e.target.value === NONE ? null : e.target.value }))
                  }
                >
                  <option value={NONE}>— not in this file —</option>
                  {preview.headers.map((h, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: a header may repeat; its place tells them apart
                    <option key={`${i}:${h}`} value={h}>
                      {h}
                    </option>
                  ))}
                </select>
                {error ? (
                  <p className="field-error" id={`${id}-error`}>
                    {error}
                  </p>
                ) : null}
              </div>
            );
          })}
        </div>
        <div className="actions">
          <button type="submit" className="button" disabled={busy || missing.length > 0}>
            Read with these columns
          </button>
          {missing.length > 0 ? (
            <span className="muted">Still to pick: {missing.map((c) => c.label).join(', ')}</span>
          ) : null}
        </div>
      </form>
    </details>
  );
}
