import type { FormEvent } from 'react';
import type { ApproveResult } from '../../../../shared/payouts';
import { request } from '../../api/client';
import { FormAlert } from '../../components/FormAlert';
import { Modal } from '../../components/Modal';
import { TextField } from '../../components/TextField';
import { count, dateRange, money } from '../../format';
import { useForm } from '../../forms/use-form';
import { rememberApprover, rememberedApprover } from './approver';

interface ApproveDialogProps {
  pilotId: number;
  periodStart: string;
  periodEnd: string;
  /** Null approves every payable creator. */
  creatorIds: number[] | null;
  creatorCount: number;
  totalMinor: number;
  currency: string;
  onClose(): void;
  onApproved(result: ApproveResult): Promise<void>;
}

/** Approving payouts says the total first and asks who approves (remembered after the first time). */
export function ApproveDialog(props: ApproveDialogProps) {
  const { pilotId, periodStart, periodEnd, creatorIds, creatorCount, totalMinor, currency } = props;
  const form = useForm({ by: rememberedApprover() });

  async function submit(event: FormEvent) {
    const ok = await form.submit(
      event,
      async () => {
        const result = await request('payouts.approve', {
          pilotId,
          periodStart,
          periodEnd,
          by: form.values.by,
          ...(creatorIds ? { creatorIds } : {}),
        });
        rememberApprover(form.values.by);
        await props.onApproved(result);
      },
      { isField: (p) => p === 'by' },
    );
    if (ok) props.onClose();
  }

  const who = creatorCount === 1 ? '1 creator' : `${count(creatorCount)} creators`;
  return (
    <Modal title={`Approve ${money(totalMinor, currency)}?`} onClose={props.onClose} narrow>
      <form ref={form.formRef} className="form" onSubmit={submit} noValidate>
        <p>
          Approve payouts to {who} totalling <strong>{money(totalMinor, currency)}</strong> for{' '}
          {dateRange(periodStart, periodEnd)}. Finance sees them in the payout file; the orders behind them are not paid
          again.
        </p>
        <FormAlert message={form.alert} />
        <TextField
          id="approve-by"
          label="Approved by"
          value={form.values.by}
          onChange={(v) => form.set('by', v)}
          error={form.errors.by}
          hint="Your name, recorded with the approval; remembered on this computer."
          autoComplete="name"
          required
          autoFocus
        />
        <div className="modal-foot">
          <button type="button" className="button" onClick={props.onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={form.busy}>
            Approve {money(totalMinor, currency)}
          </button>
        </div>
      </form>
    </Modal>
  );
}
