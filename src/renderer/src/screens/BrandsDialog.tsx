import { type FormEvent, useState } from 'react';
import type { Brand } from '../../../shared/entities';
import { request } from '../api/client';
import { FormAlert } from '../components/FormAlert';
import { Modal } from '../components/Modal';
import { TextField } from '../components/TextField';
import { useForm } from '../forms/use-form';
import { useBrands } from '../stores/brands';
import { usePilots } from '../stores/pilots';
import { BrandRenameForm } from './BrandRenameForm';

/** The workspace's brands (clients): add, rename, archive. */
export function BrandsDialog({ onClose }: { onClose(): void }) {
  const { brands, refresh } = useBrands();
  const [renaming, setRenaming] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const form = useForm({ name: '' });

  async function afterChange() {
    await Promise.all([refresh(), usePilots.getState().refresh()]);
  }

  async function add(event: FormEvent) {
    const ok = await form.submit(event, () => request('brands.create', { name: form.values.name }), {
      isField: (path) => path === 'name',
    });
    if (ok) {
      form.set('name', '');
      await afterChange();
    }
  }

  async function setArchived(brand: Brand, archived: boolean) {
    try {
      await request('brands.archive', { id: brand.id, archived });
      setError(null);
    } catch (err) {
      setError((err as Error).message);
    }
    await afterChange();
  }

  return (
    <Modal title="Brands" onClose={onClose}>
      <div className="form">
        <form ref={form.formRef} className="form" onSubmit={add} noValidate>
          <FormAlert message={form.alert} />
          <div className="inline-form">
            <TextField
              id="brand-new-name"
              label="New brand name"
              value={form.values.name}
              onChange={(v) => form.set('name', v)}
              error={form.errors.name}
              autoFocus
            />
            <button type="submit" className="button primary" disabled={form.busy}>
              Add brand
            </button>
          </div>
        </form>
        <FormAlert message={error} />
        {brands.length === 0 ? (
          <p className="muted">No brands yet. A brand is also added when a pilot names a new one.</p>
        ) : (
          <div className="table-wrap">
            <table className="table" aria-label="Brands">
              <thead>
                <tr>
                  <th scope="col">Brand</th>
                  <th scope="col" className="num">
                    Active pilots
                  </th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {brands.map((b) => (
                  <tr key={b.id}>
                    <td>
                      {renaming === b.id ? (
                        <BrandRenameForm
                          brand={b}
                          onDone={async (changed) => {
                            setRenaming(null);
                            if (changed) await afterChange();
                          }}
                        />
                      ) : (
                        <span className="actions">
                          {b.name}
                          {b.archived ? <span className="badge archived">Archived</span> : null}
                        </span>
                      )}
                    </td>
                    <td className="num">{b.pilotCount}</td>
                    <td>
                      <span className="row-actions">
                        <button
                          type="button"
                          className="button small"
                          aria-label={`Rename ${b.name}`}
                          onClick={() => setRenaming(b.id)}
                        >
                          Rename
                        </button>
                        <button
                          type="button"
                          className="button small"
                          aria-label={`${b.archived ? 'Unarchive' : 'Archive'} ${b.name}`}
                          onClick={() => void setArchived(b, !b.archived)}
                        >
                          {b.archived ? 'Unarchive' : 'Archive'}
                        </button>
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <div className="modal-foot">
          <button type="button" className="button" onClick={onClose}>
            Done
          </button>
        </div>
      </div>
    </Modal>
  );
}
