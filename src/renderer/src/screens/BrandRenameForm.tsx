import { type FormEvent, useEffect } from 'react';
import type { Brand } from '../../../shared/entities';
import { request } from '../api/client';
import { TextField } from '../components/TextField';
import { useForm } from '../forms/use-form';

interface BrandRenameFormProps {
  brand: Brand;
  onDone(changed: boolean): void;
}

/** Inline rename in the brands list; Escape inside it cancels the rename, not the dialog. */
export function BrandRenameForm({ brand, onDone }: BrandRenameFormProps) {
  const form = useForm({ name: brand.name });
  const inputId = `brand-rename-${brand.id}`;

  useEffect(() => {
    document.getElementById(inputId)?.focus();
  }, [inputId]);

  async function save(event: FormEvent) {
    const ok = await form.submit(event, () => request('brands.update', { id: brand.id, name: form.values.name }), {
      isField: (path) => path === 'name',
    });
    if (ok) onDone(true);
  }

  return (
    <form
      ref={form.formRef}
      className="actions"
      onSubmit={save}
      noValidate
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onDone(false);
        }
      }}
    >
      <TextField
        id={inputId}
        label={`New name for ${brand.name}`}
        value={form.values.name}
        onChange={(v) => form.set('name', v)}
        error={form.errors.name ?? form.alert ?? undefined}
      />
      <button type="submit" className="button small primary" disabled={form.busy}>
        Save
      </button>
      <button type="button" className="button small" onClick={() => onDone(false)}>
        Cancel
      </button>
    </form>
  );
}
