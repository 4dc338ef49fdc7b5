/**
 * Binds TextFields to a form's values: `text('name', 'Name')` gives the field
 * with its id (`prefix-name`), value, setter and error. Forms keep their own
 * wording and layout; only the wiring is written once.
 */

import type { ComponentProps } from 'react';
import { TextField } from '../components/TextField';
import type { FieldErrors } from './use-form';

/** The keys of V whose values are typed text. */
export type TextKeyOf<V> = { [K in keyof V]: string extends V[K] ? K : never }[keyof V];

type Extra = Partial<ComponentProps<typeof TextField>>;

interface Binding<V> {
  prefix: string;
  values: V;
  errors: FieldErrors;
  set<K extends keyof V>(key: K, value: V[K]): void;
  /** Rewrites what is typed before it is kept (e.g. upper-casing a currency). */
  transform?: (key: TextKeyOf<V>, typed: string) => string;
}

export function textFields<V>({ prefix, values, errors, set, transform }: Binding<V>) {
  return (key: TextKeyOf<V>, label: string, extra: Extra = {}) => (
    <TextField
      id={`${prefix}-${String(key)}`}
      label={label}
      value={values[key] as string}
      onChange={(typed) => set(key, (transform ? transform(key, typed) : typed) as V[typeof key])}
      error={errors[String(key)]}
      {...extra}
    />
  );
}
