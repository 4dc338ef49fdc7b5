import type { FormEvent } from 'react';
import { FormAlert } from '../components/FormAlert';
import { TextField } from '../components/TextField';
import { useForm } from '../forms/use-form';

interface PathFormProps {
  id: string;
  title: string;
  description: string;
  label: string;
  submitLabel: string;
  placeholder: string;
  /** Runs the action; throws ApiFailure with a "path" issue for the field. */
  onSubmit(path: string): Promise<void>;
  /** What the last successful run did, announced politely. */
  result?: string | null;
  /** Keeps the path after a run, e.g. when the run only asks for a confirmation first. */
  keepPath?: boolean;
}

/** A form asking for one file path: opening, creating or backing up a workspace. */
export function PathForm(props: PathFormProps) {
  const { id, title, description, label, submitLabel, placeholder, onSubmit } = props;
  const form = useForm({ path: '' });

  async function submit(event: FormEvent) {
    const ok = await form.submit(event, () => onSubmit(form.values.path.trim()), {
      isField: (path) => path === 'path',
    });
    if (ok && !props.keepPath) form.set('path', '');
  }

  return (
    <form ref={form.formRef} className="section" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p className="muted">{description}</p>
      <FormAlert message={form.alert} />
      <div className="inline-form">
        <TextField
          id={id}
          label={label}
          value={form.values.path}
          onChange={(v) => form.set('path', v)}
          error={form.errors.path}
          placeholder={placeholder}
        />
        <button type="submit" className="button" disabled={form.busy}>
          {submitLabel}
        </button>
      </div>
      {props.result !== undefined ? (
        <p className="notice" role="status">
          {props.result}
        </p>
      ) : null}
    </form>
  );
}
