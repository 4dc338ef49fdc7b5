import type { FormEvent } from 'react';
import { DECISIONS, type Decision, PROBATION_DAYS, type ReviewRow } from '../../../../shared/review';
import { request } from '../../api/client';
import { FormAlert } from '../../components/FormAlert';
import { Modal } from '../../components/Modal';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { date, money } from '../../format';
import { useForm } from '../../forms/use-form';
import { rememberApprover, rememberedApprover } from '../payouts/approver';
import { NoteField } from './NoteField';
import { probationProgress } from './probation';
import { DECISION_LABELS, ratio, VERDICT_LABELS, when } from './review-labels';

interface CreatorReviewDialogProps {
  row: ReviewRow;
  currency: string;
  onClose(): void;
  onSaved(): Promise<void>;
}

const DECISION_OPTIONS = DECISIONS.map((d) => ({ value: d, label: DECISION_LABELS[d] }));

/** One creator's review: the suggestion and why, the dated checks, recording a check, and the decision with a note. */
export function CreatorReviewDialog({ row, currency, onClose, onSaved }: CreatorReviewDialogProps) {
  const probation = probationProgress(row.checks);
  return (
    <Modal title={`Review ${row.name}`} onClose={onClose}>
      <div className="review-dialog">
        <section aria-label="Suggestion">
          <p>
            Suggested: <span className={`badge ${row.suggestion}`}>{DECISION_LABELS[row.suggestion]}</span>
          </p>
          <p className="reason">{row.reason}</p>
          <dl className="facts">
            <dt>Rank</dt>
            <dd>
              {row.rank}
              {row.top20 ? ' (top 20%)' : ''}
            </dd>
            <dt>CAC</dt>
            <dd>
              {money(row.cacMinor, currency)}
              {row.targetCacMinor !== null ? ` against ${money(row.targetCacMinor, currency)}` : ''}
            </dd>
            <dt>iROAS</dt>
            <dd>{ratio(row.iroas)}</dd>
            <dt>Verdict</dt>
            <dd>{VERDICT_LABELS[row.verdict]}</dd>
          </dl>
        </section>
        <DecisionForm key={row.pilotCreatorId} row={row} onSaved={onSaved} />
        <ChecksSection row={row} currency={currency} onSaved={onSaved} probationNote={probationNote(probation)} />
      </div>
    </Modal>
  );
}

function probationNote(p: ReturnType<typeof probationProgress>): string {
  if (p.passed) return `Probation passed: two met checks at least ${PROBATION_DAYS} days apart.`;
  if (p.metChecks === 0) return `Probation passes with two met checks at least ${PROBATION_DAYS} days apart.`;
  return `One met check so far; a met check on or after ${p.nextFrom ? date(p.nextFrom) : '—'} completes probation.`;
}

function ChecksSection(props: { row: ReviewRow; currency: string; onSaved(): Promise<void>; probationNote: string }) {
  const { row, currency, onSaved } = props;
  const form = useForm({ note: '', by: rememberedApprover() });

  async function submit(event: FormEvent) {
    const ok = await form.submit(
      event,
      async () => {
        await request('review.check', {
          pilotCreatorId: row.pilotCreatorId,
          note: form.values.note,
          by: form.values.by,
        });
        rememberApprover(form.values.by);
        await onSaved();
      },
      { isField: (p) => p === 'note' || p === 'by' },
    );
    if (ok) form.set('note', '');
  }

  return (
    <section aria-labelledby="checks-title">
      <h3 id="checks-title">Checks</h3>
      <p className="field-hint">{props.probationNote}</p>
      {row.checks.length === 0 ? (
        <p className="muted">No checks recorded yet.</p>
      ) : (
        <ul className="check-list" aria-label="Checks, newest first">
          {row.checks.map((c) => (
            <li key={c.id}>
              <strong>{date(c.checkedAt.slice(0, 10))}</strong> · {VERDICT_LABELS[c.verdict]} · CAC{' '}
              {money(c.cacMinor, currency)} · iROAS {ratio(c.iroas)}
              <div className="reason">
                {c.by}
                {c.note ? `: “${c.note}”` : ''}
              </div>
            </li>
          ))}
        </ul>
      )}
      <form ref={form.formRef} className="form" onSubmit={submit} noValidate aria-label="Record a check">
        <FormAlert message={form.alert} />
        <p className="field-hint">A check keeps today’s CAC, iROAS and verdict as they stand.</p>
        <NoteField
          id="check-note"
          label="Check note"
          value={form.values.note}
          onChange={(v) => form.set('note', v)}
          error={form.errors.note}
          rows={2}
        />
        <TextField
          id="check-by"
          label="Checked by"
          value={form.values.by}
          onChange={(v) => form.set('by', v)}
          error={form.errors.by}
          autoComplete="name"
        />
        <div className="actions">
          <button type="submit" className="button" disabled={form.busy}>
            Record check
          </button>
        </div>
      </form>
    </section>
  );
}

function DecisionForm({ row, onSaved }: { row: ReviewRow; onSaved(): Promise<void> }) {
  const form = useForm<{ decision: Decision; note: string; by: string }>({
    decision: row.decision?.decision ?? row.suggestion,
    note: '',
    by: rememberedApprover(),
  });
  const saved = row.decision;

  async function submit(event: FormEvent) {
    const ok = await form.submit(
      event,
      async () => {
        await request('review.decide', { pilotCreatorId: row.pilotCreatorId, ...form.values });
        rememberApprover(form.values.by);
        await onSaved();
      },
      { isField: (p) => p === 'note' || p === 'by' || p === 'decision' },
    );
    if (ok) form.set('note', '');
  }

  return (
    <section aria-labelledby="decision-title">
      <h3 id="decision-title">Renew, probation or stop</h3>
      {saved ? (
        <p role="status">
          <span className={`badge ${saved.decision}`}>{DECISION_LABELS[saved.decision]}</span>{' '}
          <span className="reason">
            by {saved.by}, {when(saved.decidedAt)}
          </span>
          {saved.note ? <span className="reason"> — “{saved.note}”</span> : null}
        </p>
      ) : (
        <p className="muted">No decision saved yet.</p>
      )}
      <form ref={form.formRef} className="form" onSubmit={submit} noValidate aria-label="Save a decision">
        <FormAlert message={form.alert} />
        <SelectField
          id="decision-choice"
          label="Decision"
          value={form.values.decision}
          options={DECISION_OPTIONS}
          onChange={(v) => form.set('decision', v)}
          error={form.errors.decision}
        />
        <NoteField
          id="decision-note"
          label="Decision note"
          value={form.values.note}
          onChange={(v) => form.set('note', v)}
          error={form.errors.note}
          hint="Why, for whoever reads this later. Ctrl+Enter saves."
        />
        <TextField
          id="decision-by"
          label="Decided by"
          value={form.values.by}
          onChange={(v) => form.set('by', v)}
          error={form.errors.by}
          autoComplete="name"
        />
        <div className="actions">
          <button type="submit" className="button primary" disabled={form.busy}>
            Save decision
          </button>
        </div>
      </form>
    </section>
  );
}
