/**
 * Form state shared by every form: the values as typed, errors by field name
 * (the core's issue paths, e.g. "targetCac" or "handles.0.handle"), an alert
 * for errors no field can show, and focus on the first invalid field after a
 * failed submit. Values are never cleared on failure.
 */

import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { ApiFailure } from '../api/client';

export type FieldErrors = Record<string, string>;

export interface SubmitOptions {
  /** Whether the form shows this issue path beside a field. */
  isField(path: string): boolean;
  /** Problems the form can see itself, merged with the core's (the core's win). */
  localErrors?: () => FieldErrors;
}

export function useForm<V extends object>(initial: V | (() => V)) {
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [failures, setFailures] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (failures === 0) return;
    const form = formRef.current;
    const invalid = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (invalid ?? form?.querySelector<HTMLElement>('[role="alert"]'))?.focus();
  }, [failures]);

  const set = useCallback(<K extends keyof V>(key: K, value: V[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
  }, []);

  /** Runs the save; on failure shows every message where it belongs. Resolves true on success. */
  const submit = useCallback(
    async (event: FormEvent | null, run: () => Promise<unknown>, options: SubmitOptions): Promise<boolean> => {
      event?.preventDefault();
      setBusy(true);
      try {
        await run();
        setErrors({});
        setAlert(null);
        return true;
      } catch (err) {
        const failure = err instanceof ApiFailure ? err : null;
        const fromCore = failure?.fieldErrors ?? {};
        const shown: FieldErrors = {};
        const elsewhere: string[] = [];
        for (const [path, message] of Object.entries({ ...options.localErrors?.(), ...fromCore })) {
          if (options.isField(path)) shown[path] = message;
          else elsewhere.push(message);
        }
        setErrors(shown);
        if (elsewhere.length > 0 || Object.keys(shown).length === 0) {
          setAlert(elsewhere.length > 0 ? elsewhere.join(' ') : (err as Error).message);
        } else {
          const n = Object.keys(shown).length;
          setAlert(`Nothing was saved: ${n === 1 ? 'one field needs' : `${n} fields need`} attention.`);
        }
        setFailures((f) => f + 1);
        return false;
      } finally {
        setBusy(false);
      }
    },
    [],
  );

  return { values, setValues, set, errors, setErrors, alert, setAlert, busy, submit, formRef };
}
