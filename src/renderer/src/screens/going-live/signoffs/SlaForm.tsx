import { type FormEvent, useEffect, useState } from 'react';
import { CHECKPOINT_LABELS, CHECKPOINTS, type Checkpoint, type SlaSettings } from '../../../../../shared/signoffs';
import { request } from '../../../api/client';
import { FormAlert } from '../../../components/FormAlert';
import { TextField } from '../../../components/TextField';
import { useForm } from '../../../forms/use-form';
import { useSignoffs } from '../../../stores/signoffs';

type HoursText = Record<Checkpoint, string>;

const asText = (sla: SlaSettings): HoursText =>
  Object.fromEntries(CHECKPOINTS.map((c) => [c, String(sla.hours[c])])) as HoursText;

/** The core names a bad value "hours.contract_signed"; the field is the checkpoint. */
const fieldOf = (path: string): Checkpoint | null => {
  const c = path.replace(/^hours\./, '') as Checkpoint;
  return CHECKPOINTS.includes(c) ? c : null;
};

/** How long each checkpoint may stay open once due, for this pilot ("Legal 48 h"). */
export function SlaForm({ sla }: { sla: SlaSettings }) {
  const putSla = useSignoffs((s) => s.putSla);
  const form = useForm<HoursText>(() => asText(sla));
  const [saved, setSaved] = useState<string | null>(null);
  const { setValues } = form;

  useEffect(() => setValues(asText(sla)), [sla, setValues]);

  async function submit(event: FormEvent) {
    setSaved(null);
    const ok = await form.submit(
      event,
      async () => {
        const hours = Object.fromEntries(CHECKPOINTS.map((c) => [c, form.values[c].trim()]));
        const next = await request('signoffs.sla', { pilotId: sla.pilotId, hours });
        putSla(next);
        setSaved('Saved: due dates now follow these hours.');
      },
      { isField: (p) => fieldOf(p) !== null },
    );
    if (!ok) setSaved(null);
  }

  // The core's issues are "hours.<checkpoint> must be…": under its own field, "Must be…" reads better.
  const errorOf = (c: Checkpoint) => {
    const message = Object.entries(form.errors)
      .find(([path]) => fieldOf(path) === c)?.[1]
      ?.replace(`hours.${c} `, '');
    return message ? message.charAt(0).toUpperCase() + message.slice(1) : undefined;
  };

  return (
    <form ref={form.formRef} className="section" onSubmit={submit} noValidate aria-labelledby="sla-title">
      <h2 id="sla-title">Time allowed per checkpoint</h2>
      <p className="muted">
        Each checkpoint falls due this many hours after the one before it is signed off (the first, when the creator is
        contracted); past it, it shows as overdue.
      </p>
      <FormAlert message={form.alert} />
      <div className="sla-grid">
        {CHECKPOINTS.map((c) => (
          <TextField
            key={c}
            id={`sla-${c}`}
            label={CHECKPOINT_LABELS[c]}
            value={form.values[c]}
            onChange={(v) => form.set(c, v)}
            error={errorOf(c)}
            affix="h"
            inputMode="numeric"
          />
        ))}
      </div>
      <div className="actions">
        <button type="submit" className="button" disabled={form.busy}>
          Save times
        </button>
      </div>
      <p className="notice" role="status">
        {saved ?? ''}
      </p>
    </form>
  );
}
