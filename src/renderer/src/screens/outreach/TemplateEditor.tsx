import { type FormEvent, useMemo, useRef, useState } from 'react';
import { renderMessage } from '../../../../shared/message';
import { MESSAGE_PART_LABELS, MESSAGE_PARTS, type OutreachTemplate } from '../../../../shared/outreach';
import { request } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormAlert } from '../../components/FormAlert';
import { TextField } from '../../components/TextField';
import { useForm } from '../../forms/use-form';
import { useOutreach } from '../../stores/outreach';
import { useSourcing } from '../../stores/sourcing';
import { MergeFieldChips } from './MergeFieldChips';
import { MarkedText } from './message-text';
import { sampleValues } from './sample-values';
import {
  emptyTemplateValues,
  isTemplateField,
  type TemplateValues,
  type TextKey,
  templateToValues,
  templateValuesToInput,
  variableNames,
} from './template-values';

interface TemplateEditorProps {
  /** The draft to edit, or null to write a new one. */
  template: OutreachTemplate | null;
  onSaved(template: OutreachTemplate): void;
}

/** A draft template: subject and three parts with merge fields, its variables, a live preview; then approve and lock. */
export function TemplateEditor({ template, onSaved }: TemplateEditorProps) {
  const form = useForm<TemplateValues>(() => (template ? templateToValues(template) : emptyTemplateValues()));
  const { values, setValues, errors } = form;
  const [confirmLock, setConfirmLock] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const lastText = useRef<{ key: TextKey; start: number; end: number }>({ key: 'whyYou', start: 0, end: 0 });
  const prospects = useSourcing((s) => s.board?.prospects ?? []);
  const settings = useOutreach((s) => s.settings);
  const sample = useMemo(() => sampleValues(prospects, settings), [prospects, settings]);
  const names = variableNames(values);

  const preview = renderMessage(
    { subject: values.subject, parts: values.parts, variables: values.variables, localVariables: [] },
    null,
    sample.values,
  );

  const textOf = (key: TextKey) => (key === 'subject' ? values.subject : values.parts[key]);
  function setText(key: TextKey, text: string) {
    setValues((v) => (key === 'subject' ? { ...v, subject: text } : { ...v, parts: { ...v.parts, [key]: text } }));
    setSaved(null);
  }
  const remember = (key: TextKey) => (e: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => {
    lastText.current = { key, start: e.currentTarget.selectionStart ?? 0, end: e.currentTarget.selectionEnd ?? 0 };
  };
  function insert(placeholder: string) {
    const { key, start, end } = lastText.current;
    const text = textOf(key);
    setText(key, text.slice(0, start) + placeholder + text.slice(end));
    const at = start + placeholder.length;
    lastText.current = { key, start: at, end: at };
    requestAnimationFrame(() => {
      const el = document.getElementById(`template-${key}`) as HTMLInputElement | HTMLTextAreaElement | null;
      el?.focus();
      el?.setSelectionRange(at, at);
    });
  }

  /** Saves the form; resolves the saved template, or null with the errors shown. */
  async function persist(event: FormEvent | null): Promise<OutreachTemplate | null> {
    let out: OutreachTemplate | null = null;
    const ok = await form.submit(
      event,
      async () => {
        out = await request('templates.save', templateValuesToInput(values, template?.id ?? null));
        useOutreach.getState().putTemplate(out);
      },
      { isField: isTemplateField },
    );
    return ok ? out : null;
  }

  async function save(event: FormEvent) {
    const out = await persist(event);
    if (out) {
      setSaved('Template saved.');
      onSaved(out);
    }
  }

  return (
    <div className="template-editor">
      <form ref={form.formRef} className="form" onSubmit={(e) => void save(e)} noValidate aria-label="Template">
        <FormAlert message={form.alert} />
        <TextField
          id="template-name"
          label="Template name"
          value={values.name}
          onChange={(v) => form.set('name', v)}
          error={errors.name}
          required
          autoFocus={!template}
        />
        <MergeFieldChips variables={names} onInsert={insert} />
        <div className="field">
          <label htmlFor="template-subject">Subject</label>
          <input
            id="template-subject"
            className="input"
            value={values.subject}
            onChange={(e) => setText('subject', e.target.value)}
            onSelect={remember('subject')}
            aria-invalid={errors.subject ? true : undefined}
          />
          {errors.subject ? <p className="field-error">{errors.subject}</p> : null}
        </div>
        {MESSAGE_PARTS.map((part) => (
          <div key={part} className="field">
            <label htmlFor={`template-${part}`}>{MESSAGE_PART_LABELS[part]}</label>
            <textarea
              id={`template-${part}`}
              className="input"
              rows={3}
              value={values.parts[part]}
              onChange={(e) => setText(part, e.target.value)}
              onSelect={remember(part)}
              aria-invalid={errors[part] ? true : undefined}
            />
            {errors[part] ? <p className="field-error">{errors[part]}</p> : null}
          </div>
        ))}
        <fieldset className="group">
          <legend>Variables</legend>
          <div className="form-grid">
            {names.map((name) => (
              <TextField
                key={name}
                id={`template-var-${name}`}
                label={name === 'offer' ? 'The offer ({{offer}})' : `{{${name}}}`}
                value={values.variables[name] ?? ''}
                onChange={(v) => setValues((x) => ({ ...x, variables: { ...x.variables, [name]: v } }))}
                error={errors[`variables.${name}`]}
                wide={name === 'offer'}
              />
            ))}
            <TextField
              id="template-localVariables"
              label="Local variables"
              value={values.localVariables}
              onChange={(v) => form.set('localVariables', v)}
              error={errors.localVariables}
              hint="Names a regional lead may set in a local version, separated by commas"
              wide
            />
          </div>
        </fieldset>
        <p className="notice" role="status">
          {saved}
        </p>
        <div className="actions">
          <button type="submit" className="button primary" disabled={form.busy}>
            Save template
          </button>
          <button type="button" className="button" disabled={form.busy} onClick={() => setConfirmLock(true)}>
            Approve &amp; lock…
          </button>
        </div>
      </form>
      <section className="section message-preview" aria-label="Preview">
        <h3>Preview for {sample.who}</h3>
        <p>
          <span className="muted">Subject:</span> <MarkedText text={preview.subject} missing={preview.missing} />
        </p>
        <p className="message-text">
          <MarkedText text={preview.body} missing={preview.missing} />
        </p>
        {preview.missing.length > 0 ? (
          <p className="muted">No value yet for {preview.missing.join(', ')} (the deadline comes with each batch).</p>
        ) : null}
      </section>
      {confirmLock ? (
        <ConfirmDialog
          title="Approve and lock this template?"
          message="Once approved, its subject and three parts can no longer change. Regional leads can still add local versions with their own language and local variables."
          confirmLabel="Approve & lock"
          onClose={() => setConfirmLock(false)}
          onConfirm={async () => {
            const current = await persist(null);
            if (!current) throw new Error('Fix the template first: it could not be saved.');
            const locked = await request('templates.lock', { id: current.id });
            useOutreach.getState().putTemplate(locked);
            onSaved(locked);
          }}
        />
      ) : null}
    </div>
  );
}
