import type { FormEvent } from 'react';
import type { Checkpoint } from '../../../../../shared/signoffs';
import { CHECKPOINT_LABELS } from '../../../../../shared/signoffs';
import { request } from '../../../api/client';
import { FormActions } from '../../../components/FormActions';
import { FormAlert } from '../../../components/FormAlert';
import { Modal } from '../../../components/Modal';
import { TextField } from '../../../components/TextField';
import { useForm } from '../../../forms/use-form';
import { useSignoffs } from '../../../stores/signoffs';

interface SignDialogProps {
  memberId: number;
  name: string;
  checkpoint: Checkpoint;
  onClose(): void;
}

/** Needs the facts to agree (contract, tracking, content): the core says why when they do not. */
const CHECKED: Partial<Record<Checkpoint, string>> = {
  contract_signed: 'Only once the contract is marked signed on the Terms & contracts tab.',
  tracking_set_up: 'Only once the code and link the pilot attributes by are set and valid.',
  content_approved: 'Only once a post is approved on the Content tab.',
};

/** Signs one checkpoint off, by someone (the current user when left empty) with an optional note. */
export function SignDialog({ memberId, name, checkpoint, onClose }: SignDialogProps) {
  const putMember = useSignoffs((s) => s.putMember);
  const form = useForm({ by: '', note: '' });
  const label = CHECKPOINT_LABELS[checkpoint];

  async function submit(event: FormEvent) {
    const ok = await form.submit(
      event,
      async () =>
        putMember(
          await request('signoffs.set', {
            memberId,
            checkpoint,
            signed: true,
            by: form.values.by,
            note: form.values.note,
          }),
        ),
      { isField: (p) => p === 'by' || p === 'note' },
    );
    if (ok) onClose();
  }

  return (
    <Modal title={`Sign off “${label}” for ${name}`} onClose={onClose} narrow>
      <form ref={form.formRef} className="form" onSubmit={submit} noValidate>
        <FormAlert message={form.alert} />
        {CHECKED[checkpoint] ? <p className="muted">{CHECKED[checkpoint]}</p> : null}
        <TextField
          id="signoff-by"
          label="Signed off by"
          value={form.values.by}
          onChange={(v) => form.set('by', v)}
          error={form.errors.by}
          hint="Leave empty to sign as yourself (this computer’s user)."
          autoComplete="name"
          autoFocus
        />
        <TextField
          id="signoff-note"
          label="Note (optional)"
          value={form.values.note}
          onChange={(v) => form.set('note', v)}
          error={form.errors.note}
        />
        <FormActions submitLabel="Sign off" busy={form.busy} onCancel={onClose} />
      </form>
    </Modal>
  );
}
