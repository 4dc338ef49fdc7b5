import { FieldNotes } from '../../components/FieldNotes';
import { describedBy } from '../../components/field-ids';

interface NoteFieldProps {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string | undefined;
  hint?: string;
  rows?: number;
  autoFocus?: boolean;
}

/** A free-text note; Ctrl+Enter (or ⌘+Enter) submits its form, so the keyboard never has to leave it. */
export function NoteField({ id, label, value, onChange, error, hint, rows = 3, autoFocus }: NoteFieldProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        className="input"
        rows={rows}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            e.currentTarget.form?.requestSubmit();
          }
        }}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { error, hint })}
        data-autofocus={autoFocus || undefined}
      />
      <FieldNotes id={id} hint={hint} error={error} />
    </div>
  );
}
