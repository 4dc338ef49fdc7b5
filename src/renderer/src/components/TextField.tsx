import type { HTMLInputTypeAttribute } from 'react';
import { FieldNotes } from './FieldNotes';
import { describedBy } from './field-ids';

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string | undefined;
  type?: HTMLInputTypeAttribute;
  /** Shown after the input, e.g. the currency of an amount. */
  affix?: string;
  hint?: string;
  list?: string;
  inputMode?: 'text' | 'decimal' | 'numeric' | 'email' | 'url';
  autoComplete?: string;
  placeholder?: string;
  required?: boolean;
  wide?: boolean;
  autoFocus?: boolean;
}

export function TextField(props: TextFieldProps) {
  const { id, label, value, onChange, error, type = 'text', affix, hint, wide } = props;
  return (
    <div className={wide ? 'field wide' : 'field'}>
      <div className="field-label">
        <label htmlFor={id}>{label}</label>
        {props.required ? (
          <span className="required-mark" aria-hidden="true">
            *
          </span>
        ) : null}
      </div>
      <div className="field-control">
        <input
          id={id}
          className="input"
          type={type}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          list={props.list}
          inputMode={props.inputMode}
          autoComplete={props.autoComplete ?? 'off'}
          placeholder={props.placeholder}
          aria-required={props.required || undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, { error, affix, hint })}
          data-autofocus={props.autoFocus || undefined}
        />
        {affix ? (
          <span className="affix" id={`${id}-affix`}>
            {affix}
          </span>
        ) : null}
      </div>
      <FieldNotes id={id} hint={hint} error={error} />
    </div>
  );
}
