import { FieldNotes } from './FieldNotes';
import { describedBy } from './field-ids';

interface SelectFieldProps<V extends string> {
  id: string;
  label: string;
  value: V;
  options: { value: V; label: string }[];
  onChange(value: V): void;
  error?: string | undefined;
  hint?: string;
  /** For selects without a visible label (e.g. inside a row): the label is still there, only hidden. */
  hideLabel?: boolean;
}

export function SelectField<V extends string>(props: SelectFieldProps<V>) {
  const { id, label, value, options, onChange, error, hint } = props;
  return (
    <div className="field">
      <label htmlFor={id} className={props.hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <select
        id={id}
        className="input"
        value={value}
        onChange={(e) => onChange(e.target.value as V)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { error, hint })}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldNotes id={id} hint={hint} error={error} />
    </div>
  );
}
