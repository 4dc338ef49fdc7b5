import { type FormEvent, useState } from 'react';
import type { PilotCreator } from '../../../../shared/entities';
import { ApiFailure, request } from '../../api/client';
import { FormAlert } from '../../components/FormAlert';
import { Modal } from '../../components/Modal';
import { TextField } from '../../components/TextField';
import { useForm } from '../../forms/use-form';

interface CodeDialogProps {
  member: PilotCreator;
  onClose(): void;
  onSaved(member: PilotCreator): void;
}

/** Sets a member's code by hand with the core's checks; a code seen on imported orders is saved only once confirmed. */
export function CodeDialog({ member, onClose, onSaved }: CodeDialogProps) {
  const form = useForm({ code: member.discountCode ?? '' });
  // The core's words when the code is on imported orders: asked once, then saved with the user's consent.
  const [seen, setSeen] = useState<string | null>(null);

  async function save(accept: boolean) {
    let asked = false;
    const ok = await form.submit(
      null,
      async () => {
        try {
          onSaved(
            await request('assets.setCode', {
              memberId: member.id,
              code: form.values.code.trim() || null,
              acceptSeenInOrders: accept,
            }),
          );
        } catch (err) {
          // A code on imported orders may well be this creator's own: ask instead of refusing.
          if (!accept && err instanceof ApiFailure && /imported order/.test(err.fieldErrors.code ?? '')) {
            setSeen(err.fieldErrors.code ?? err.message);
            asked = true;
            return;
          }
          throw err;
        }
      },
      { isField: (p) => p === 'code' },
    );
    if (ok && !asked) onClose();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void save(false);
  }

  return (
    <Modal title={`Discount code for ${member.name}`} onClose={onClose} narrow>
      <form ref={form.formRef} className="form" onSubmit={submit} noValidate>
        <FormAlert message={form.alert} />
        <TextField
          id="member-code"
          label="Code"
          value={form.values.code}
          onChange={(v) => {
            form.set('code', v);
            setSeen(null);
          }}
          error={form.errors.code}
          hint="Letters, digits, - and _; unique across the workspace. Empty removes the code."
          autoFocus
        />
        {seen ? (
          <div className="warning-banner" role="alert">
            <p>{seen}</p>
            <p>Use it only if those orders are this creator’s.</p>
          </div>
        ) : null}
        <div className="modal-foot">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          {seen ? (
            <button type="button" className="button primary" onClick={() => void save(true)} disabled={form.busy}>
              Use it anyway
            </button>
          ) : (
            <button type="submit" className="button primary" disabled={form.busy}>
              Save code
            </button>
          )}
        </div>
      </form>
    </Modal>
  );
}
