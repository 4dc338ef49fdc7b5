import type { FormEvent } from 'react';
import type { ContractStatus } from '../../../../shared/contracts';
import type { PilotCreator } from '../../../../shared/entities';
import { request } from '../../api/client';
import { FormAlert } from '../../components/FormAlert';
import { Modal } from '../../components/Modal';
import { TextField } from '../../components/TextField';
import { useForm } from '../../forms/use-form';
import { useGoingLive } from '../../stores/going-live';
import { localToday } from '../sourcing/prospect-format';

interface StatusDialogProps {
  member: PilotCreator;
  status: ContractStatus;
  onClose(): void;
}

/** Moves a contract forward with its date; it cannot be moved back, so the dialog says so. */
export function StatusDialog({ member, status, onClose }: StatusDialogProps) {
  const putContract = useGoingLive((s) => s.putContract);
  const form = useForm({ date: localToday() });

  async function submit(event: FormEvent) {
    const ok = await form.submit(
      event,
      async () =>
        putContract(await request('contracts.setStatus', { memberId: member.id, status, date: form.values.date })),
      { isField: (p) => p === 'date' },
    );
    if (ok) onClose();
  }

  return (
    <Modal title={`Mark ${member.name}'s contract ${status}`} onClose={onClose} narrow>
      <form ref={form.formRef} className="form" onSubmit={submit} noValidate>
        <FormAlert message={form.alert} />
        <TextField
          id="contract-status-date"
          label={status === 'signed' ? 'Signed on' : 'Sent on'}
          type="date"
          value={form.values.date}
          onChange={(v) => form.set('date', v)}
          error={form.errors.date}
          autoFocus
        />
        <p className="muted">A contract only moves forward (draft → sent → signed); this cannot be undone here.</p>
        <div className="modal-foot">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={form.busy}>
            Mark {status}
          </button>
        </div>
      </form>
    </Modal>
  );
}
