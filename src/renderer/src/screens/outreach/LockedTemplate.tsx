import { type FormEvent, useState } from 'react';
import {
  type LocalVersion,
  MESSAGE_PART_LABELS,
  MESSAGE_PARTS,
  type OutreachTemplate,
} from '../../../../shared/outreach';
import { request } from '../../api/client';
import { FormActions } from '../../components/FormActions';
import { FormAlert } from '../../components/FormAlert';
import { TextField } from '../../components/TextField';
import { dateTime } from '../../format';
import { useForm } from '../../forms/use-form';
import { useOutreach } from '../../stores/outreach';

/** An approved template: its core read-only, its local versions, and a form that sets only the local variables. */
export function LockedTemplate({ template }: { template: OutreachTemplate }) {
  const [editing, setEditing] = useState<LocalVersion | 'new' | null>(null);
  return (
    <div className="template-editor">
      <section className="form" aria-label="Approved core">
        <h2>{template.name}</h2>
        <p className="muted">
          Approved and locked{template.lockedBy ? ` by ${template.lockedBy}` : ''}
          {template.lockedAt ? ` on ${dateTime(template.lockedAt)}` : ''}. The core cannot change; a local version sets
          the language and local variables.
        </p>
        <div className="field">
          <label htmlFor="locked-subject">Subject</label>
          <input id="locked-subject" className="input" value={template.subject} readOnly />
        </div>
        {MESSAGE_PARTS.map((part) => (
          <div key={part} className="field">
            <label htmlFor={`locked-${part}`}>{MESSAGE_PART_LABELS[part]}</label>
            <textarea id={`locked-${part}`} className="input" rows={3} value={template.parts[part]} readOnly />
          </div>
        ))}
        <dl className="facts">
          {Object.entries(template.variables).map(([k, v]) => (
            <div key={k} className="facts-row">
              <dt>{`{{${k}}}`}</dt>
              <dd>{v}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section className="section" aria-label="Local versions">
        <h3>Local versions</h3>
        {template.localVersions.length === 0 ? <p className="muted">None yet.</p> : null}
        <ul className="plain-list">
          {template.localVersions.map((l) => (
            <li key={l.id}>
              <strong>{l.name}</strong>
              {l.language ? ` (${l.language})` : ''}{' '}
              <button
                type="button"
                className="button small"
                aria-label={`Edit ${l.name}`}
                onClick={() => setEditing(l)}
              >
                Edit
              </button>
            </li>
          ))}
        </ul>
        {editing ? (
          <LocalVersionForm
            key={editing === 'new' ? 'new' : editing.id}
            template={template}
            version={editing === 'new' ? null : editing}
            onDone={() => setEditing(null)}
          />
        ) : (
          <div className="actions">
            <button type="button" className="button primary" onClick={() => setEditing('new')}>
              Add local version
            </button>
          </div>
        )}
      </section>
    </div>
  );
}

function LocalVersionForm({
  template,
  version,
  onDone,
}: {
  template: OutreachTemplate;
  version: LocalVersion | null;
  onDone(): void;
}) {
  const form = useForm({
    name: version?.name ?? '',
    language: version?.language ?? '',
    variables: { ...(version?.variables ?? {}) } as Record<string, string>,
  });
  const { values, errors } = form;

  async function save(event: FormEvent) {
    const ok = await form.submit(
      event,
      async () => {
        await request('templates.saveLocalVersion', {
          templateId: template.id,
          ...(version ? { id: version.id } : {}),
          name: values.name,
          language: values.language.trim() || null,
          variables: Object.fromEntries(Object.entries(values.variables).filter(([, v]) => v.trim() !== '')),
        });
        const templates = await request('templates.list', {});
        useOutreach.setState({ templates });
      },
      { isField: (p) => p === 'name' || p === 'language' || p.startsWith('variables.') },
    );
    if (ok) onDone();
  }

  return (
    <form ref={form.formRef} className="form" onSubmit={(e) => void save(e)} noValidate aria-label="Local version">
      <FormAlert message={form.alert} />
      <div className="form-grid">
        <TextField
          id="local-name"
          label="Name"
          value={values.name}
          onChange={(v) => form.set('name', v)}
          error={errors.name}
          required
          autoFocus
          placeholder="Germany"
        />
        <TextField
          id="local-language"
          label="Language"
          value={values.language}
          onChange={(v) => form.set('language', v)}
          error={errors.language}
          placeholder="German"
        />
        {template.localVariables
          .filter((name) => name !== 'language')
          .map((name) => (
            <TextField
              key={name}
              id={`local-var-${name}`}
              label={`{{${name}}}`}
              value={values.variables[name] ?? ''}
              onChange={(v) => form.set('variables', { ...values.variables, [name]: v })}
              error={errors[`variables.${name}`]}
              hint={template.variables[name] ? `Default: ${template.variables[name]}` : undefined}
            />
          ))}
      </div>
      <FormActions submitLabel="Save local version" busy={form.busy} onCancel={onDone} />
    </form>
  );
}
