import type { FormEvent } from 'react';
import type { Payout } from '../../../../shared/payouts';
import { request } from '../../api/client';
import { FormAlert } from '../../components/FormAlert';
import { Modal } from '../../components/Modal';
import { TextField } from '../../components/TextField';
import { count, money } from '../../format';
import { useForm } from '../../forms/use-form';
import { rememberApprover, rememberedApprover } from './approver';

interface MarkPaidDialogProps {
  payouts: Payout[];
  onClose(): void;
  onPaid(): Promise<void>;
}

/** Recording that finance paid: the total and the payees first, then who says so. */
export function MarkPaidDialog({ payouts, onClose, onPaid }: MarkPaidDialogProps) {
  const form = useForm({ by: rememberedApprover() });
  const currency = payouts[0]?.currency ?? 'USD';
  const total = payouts.reduce((s, p) => s + p.amountMinor, 0);

  async function submit(event: FormEvent) {
    const ok = await form.submit(
      event,
      async () => {
        await request('payouts.markPaid', { payoutIds: payouts.map((p) => p.id), by: form.values.by });
        rememberApprover(form.values.by);
        await onPaid();
      },
      { isField: (p) => p === 'by' },
    );
    if (ok) onClose();
  }

  const names = payouts.map((p) => p.creatorName).join(', ');
  return (
    <Modal title={`Mark ${money(total, currency)} paid?`} onClose={onClose} narrow>
      <form ref={form.formRef} className="form" onSubmit={submit} noValidate>
        <p>
          {payouts.length === 1 ? 'The payout' : `${count(payouts.length)} payouts`} to {names} totalling{' '}
          <strong>{money(total, currency)}</strong> will be recorded as paid today. Do this once the money has left.
        </p>
        <FormAlert message={form.alert} />
        <TextField
          id="paid-by"
          label="Marked paid by"
          value={form.values.by}
          onChange={(v) => form.set('by', v)}
          error={form.errors.by}
          autoComplete="name"
          required
          autoFocus
        />
        <div className="modal-foot">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={form.busy}>
            Mark paid
          </button>
        </div>
      </form>
    </Modal>
  );
}
