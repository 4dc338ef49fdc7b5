import type { FormEvent } from 'react';
import type { FlaggedOrder, ReviewDecision } from '../../../../shared/fraud';
import { request } from '../../api/client';
import { FormAlert } from '../../components/FormAlert';
import { Modal } from '../../components/Modal';
import { TextField } from '../../components/TextField';
import { money } from '../../format';
import { useForm } from '../../forms/use-form';
import { rememberApprover, rememberedApprover } from '../payouts/approver';
import { NoteField } from '../review/NoteField';

interface FraudDecisionDialogProps {
  pilotId: number;
  order: FlaggedOrder;
  decision: ReviewDecision;
  currency: string;
  heldMinor: number | undefined;
  onClose(): void;
  onDecided(): Promise<void>;
}

/** Clearing or rejecting one flagged order, with a note; rejecting says what it costs the creator. */
export function FraudDecisionDialog(props: FraudDecisionDialogProps) {
  const { pilotId, order, decision, currency, heldMinor, onClose, onDecided } = props;
  const form = useForm({ note: '', by: rememberedApprover() });
  const ref = order.orderName ?? order.externalId;
  const held = heldMinor !== undefined ? money(heldMinor, currency) : null;

  async function submit(event: FormEvent) {
    const ok = await form.submit(
      event,
      async () => {
        await request('fraud.decide', { pilotId, orderId: order.orderId, decision, ...form.values });
        rememberApprover(form.values.by);
        await onDecided();
      },
      { isField: (p) => p === 'note' || p === 'by' },
    );
    if (ok) onClose();
  }

  const rejecting = decision === 'rejected';
  return (
    <Modal title={rejecting ? `Reject order ${ref}?` : `Clear order ${ref}?`} onClose={onClose} narrow>
      <form ref={form.formRef} className="form" onSubmit={submit} noValidate>
        <p>
          {rejecting
            ? `Order ${ref} will earn ${order.creatorName} nothing${held ? ` (${held} of commission not paid)` : ''} and leaves the pilot’s results.`
            : `Order ${ref} counts for ${order.creatorName} like any other order${held ? `; its ${held} of commission becomes payable once past the return window` : ''}.`}
        </p>
        <FormAlert message={form.alert} />
        <NoteField
          id="fraud-note"
          label="Note"
          value={form.values.note}
          onChange={(v) => form.set('note', v)}
          error={form.errors.note}
          hint="What you checked, for the log. Ctrl+Enter saves."
          autoFocus
        />
        <TextField
          id="fraud-by"
          label="Decided by"
          value={form.values.by}
          onChange={(v) => form.set('by', v)}
          error={form.errors.by}
          autoComplete="name"
        />
        <div className="modal-foot">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className={rejecting ? 'button danger primary' : 'button primary'} disabled={form.busy}>
            {rejecting ? 'Reject order' : 'Clear order'}
          </button>
        </div>
      </form>
    </Modal>
  );
}
