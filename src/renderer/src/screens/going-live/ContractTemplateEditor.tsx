import { type FormEvent, useEffect, useState } from 'react';
import { CONTRACT_FIELDS, type ContractTemplate } from '../../../../shared/contracts';
import { request } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FieldNotes } from '../../components/FieldNotes';
import { FormAlert } from '../../components/FormAlert';
import { useForm } from '../../forms/use-form';

/** The workspace's approved contract template, with the placeholders it may use. */
export function ContractTemplateEditor() {
  const [template, setTemplate] = useState<ContractTemplate | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  const form = useForm({ text: '' });
  const { set } = form;

  useEffect(() => {
    request('contracts.template', {})
      .then((t) => {
        setTemplate(t);
        set('text', t.text);
      })
      .catch(() => setTemplate(null));
  }, [set]);

  async function submit(event: FormEvent) {
    await form.submit(
      event,
      async () => {
        const t = await request('contracts.template', { text: form.values.text });
        setTemplate(t);
      },
      { isField: (p) => p === 'text' },
    );
  }

  const changed = template !== null && form.values.text !== template.text;
  return (
    <form ref={form.formRef} className="section" onSubmit={submit} noValidate aria-labelledby="template-title">
      <h2 id="template-title">Contract template</h2>
      <p className="muted">
        {template?.builtIn ? 'The built-in template is in use.' : 'Your approved template is in use.'} “# ” starts a
        heading, “## ” a subheading, a blank line ends a paragraph. Placeholders are filled in per creator:
      </p>
      <ul className="placeholder-list" aria-label="Placeholders">
        {Object.entries(CONTRACT_FIELDS).map(([field, label]) => (
          <li key={field}>
            <code>{`{{${field}}}`}</code> <span className="muted">{label}</span>
          </li>
        ))}
      </ul>
      <FormAlert message={form.alert} />
      <div className="field wide">
        <label htmlFor="contract-template">Template text</label>
        <textarea
          id="contract-template"
          className="input template-text"
          rows={16}
          value={form.values.text}
          onChange={(e) => set('text', e.target.value)}
          aria-invalid={form.errors.text ? true : undefined}
          aria-describedby={form.errors.text ? 'contract-template-error' : undefined}
        />
        <FieldNotes id="contract-template" error={form.errors.text} />
      </div>
      <div className="actions">
        <button type="submit" className="button primary" disabled={form.busy || !changed}>
          Save template
        </button>
        {template && !template.builtIn ? (
          <button type="button" className="button" onClick={() => setConfirmReset(true)}>
            Go back to the built-in template…
          </button>
        ) : null}
        <span className="muted" role="status">
          {changed ? 'Unsaved changes' : template?.updatedAt ? `Saved ${template.updatedAt.slice(0, 10)}` : ''}
        </span>
      </div>
      {confirmReset ? (
        <ConfirmDialog
          title="Go back to the built-in template?"
          message="Your approved template text is replaced by the built-in one. Contracts already written stay as they are."
          confirmLabel="Use the built-in template"
          onConfirm={async () => {
            const t = await request('contracts.template', { text: null });
            setTemplate(t);
            set('text', t.text);
          }}
          onClose={() => setConfirmReset(false)}
        />
      ) : null}
    </form>
  );
}
