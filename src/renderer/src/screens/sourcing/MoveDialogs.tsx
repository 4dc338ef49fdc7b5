import { type FormEvent, useState } from 'react';
import { REVIEW_GROUP_SIZE, type ReviewerGroup } from '../../../../shared/sourcing';
import { request } from '../../api/client';
import { FormActions } from '../../components/FormActions';
import { FormAlert } from '../../components/FormAlert';
import { Modal } from '../../components/Modal';
import { TextField } from '../../components/TextField';
import { count } from '../../format';
import { type FieldErrors, useForm } from '../../forms/use-form';
import { wordList } from './criteria-values';

interface DeclineDialogProps {
  n: number;
  onDecline(reason: string): Promise<void>;
  onClose(): void;
}

/** Declining asks why: the reason stays in the stage log beside the move. */
export function DeclineDialog({ n, onDecline, onClose }: DeclineDialogProps) {
  const form = useForm({ reason: '' });
  async function submit(event: FormEvent) {
    const reason = form.values.reason.trim();
    const missing: FieldErrors = reason === '' ? { reason: 'Say why they declined (reason)' } : {};
    const ok = await form.submit(
      event,
      async () => {
        if (reason === '') throw new Error('A reason is required to decline.');
        await onDecline(reason);
      },
      { isField: (p) => p === 'reason', localErrors: () => missing },
    );
    if (ok) onClose();
  }
  return (
    <Modal title={`Decline ${count(n)} ${n === 1 ? 'profile' : 'profiles'}`} onClose={onClose} narrow>
      <form ref={form.formRef} className="form" onSubmit={(e) => void submit(e)} noValidate>
        <FormAlert message={form.alert} />
        <TextField
          id="decline-reason"
          label="Reason"
          value={form.values.reason}
          onChange={(v) => form.set('reason', v)}
          error={form.errors.reason}
          placeholder="Not a fit for the brand, no reply, asked too much…"
          required
          autoFocus
        />
        <FormActions submitLabel="Decline" busy={form.busy} onCancel={onClose} />
      </form>
    </Modal>
  );
}

interface ShortlistTopDialogProps {
  cap: number;
  /** Longlisted profiles shown now, best fit first. */
  candidates: { memberId: number; score: number }[];
  onShortlist(memberIds: number[]): Promise<void>;
  onClose(): void;
}

/** Shortlists the N best-scoring longlisted profiles among those the filters show (N defaults to the cap). */
export function ShortlistTopDialog({ cap, candidates, onShortlist, onClose }: ShortlistTopDialogProps) {
  const form = useForm({ n: String(cap) });
  const n = Number(form.values.n);
  const valid = Number.isInteger(n) && n >= 1;
  const chosen = valid ? candidates.slice(0, n) : [];
  const lowest = chosen.at(-1)?.score;
  async function submit(event: FormEvent) {
    const problem: FieldErrors = valid ? {} : { n: 'How many must be a whole number of at least 1' };
    const ok = await form.submit(
      event,
      async () => {
        if (!valid) throw new Error('Say how many to shortlist.');
        await onShortlist(chosen.map((c) => c.memberId));
      },
      { isField: (p) => p === 'n', localErrors: () => problem },
    );
    if (ok) onClose();
  }
  return (
    <Modal title="Shortlist the top profiles" onClose={onClose} narrow>
      <form ref={form.formRef} className="form" onSubmit={(e) => void submit(e)} noValidate>
        <FormAlert message={form.alert} />
        <TextField
          id="shortlist-top-n"
          label="How many"
          value={form.values.n}
          onChange={(v) => form.set('n', v)}
          error={form.errors.n}
          inputMode="numeric"
          hint={`The pilot's shortlist cap is ${cap}.`}
          autoFocus
        />
        <p role="status">
          {candidates.length === 0
            ? 'No longlisted profile is shown: clear the filters or import a longlist.'
            : `${count(chosen.length)} of the ${count(candidates.length)} longlisted profiles shown move to the shortlist${lowest !== undefined ? `, fit ${candidates[0]?.score} down to ${lowest}` : ''}. You can undo it.`}
        </p>
        <FormActions
          submitLabel={`Shortlist ${count(chosen.length)}`}
          busy={form.busy || chosen.length === 0}
          onCancel={onClose}
        />
      </form>
    </Modal>
  );
}

interface ReviewersDialogProps {
  pilotId: number;
  memberIds: number[];
  onDone(groups: ReviewerGroup[]): void;
  onClose(): void;
}

/** Hands the selected profiles, in the order shown, to reviewers in groups of 25. */
export function ReviewersDialog({ pilotId, memberIds, onDone, onClose }: ReviewersDialogProps) {
  const form = useForm({ names: '' });
  const [groups, setGroups] = useState<ReviewerGroup[] | null>(null);
  const reviewers = wordList(form.values.names);
  const groupCount = Math.ceil(memberIds.length / REVIEW_GROUP_SIZE);
  async function submit(event: FormEvent) {
    await form.submit(
      event,
      async () => {
        if (reviewers.length === 0) throw new Error('Name at least one reviewer.');
        const made = await request('sourcing.assignReviewers', { pilotId, memberIds, reviewers });
        setGroups(made);
        onDone(made);
      },
      {
        isField: (p) => p === 'reviewers' || p.startsWith('reviewers.'),
        localErrors: (): FieldErrors => (reviewers.length === 0 ? { reviewers: 'Name at least one reviewer' } : {}),
      },
    );
  }
  const error = Object.entries(form.errors).find(([k]) => k.startsWith('reviewers'))?.[1];
  return (
    <Modal title={`Assign reviewers to ${count(memberIds.length)} profiles`} onClose={onClose} narrow>
      {groups ? (
        <div className="form">
          <ul className="plain-list" aria-label="Reviewer groups">
            {groups.map((g) => (
              <li key={g.reviewer}>
                <strong>{g.reviewer}</strong>: {count(g.memberIds.length)} profiles
              </li>
            ))}
          </ul>
          <div className="modal-foot">
            <button type="button" className="button primary" onClick={onClose} data-autofocus>
              Done
            </button>
          </div>
        </div>
      ) : (
        <form ref={form.formRef} className="form" onSubmit={(e) => void submit(e)} noValidate>
          <FormAlert message={form.alert} />
          <TextField
            id="reviewers"
            label="Reviewers"
            value={form.values.names}
            onChange={(v) => form.set('names', v)}
            error={error}
            placeholder="Ana, Ben, Chloe"
            hint={`Separated by commas. In the order shown, the first ${REVIEW_GROUP_SIZE} go to the first reviewer, the next ${REVIEW_GROUP_SIZE} to the second, and so on (${groupCount} ${groupCount === 1 ? 'group' : 'groups'}).`}
            required
            autoFocus
          />
          <FormActions submitLabel="Assign" busy={form.busy} onCancel={onClose} />
        </form>
      )}
    </Modal>
  );
}
