import { type FormEvent, useEffect, useState } from 'react';
import type { BriefSettings } from '../../../../shared/contracts';
import { request } from '../../api/client';
import { FieldNotes } from '../../components/FieldNotes';
import { FormAlert } from '../../components/FormAlert';
import { TextField } from '../../components/TextField';
import { useForm } from '../../forms/use-form';

interface Values {
  objective: string;
  kpi: string;
  callToAction: string;
  landingSteps: string;
  checkoutSteps: string;
  disclosures: string;
  /** One per line. */
  hooks: string;
  dos: string;
  donts: string;
  postingStart: string;
  postingEnd: string;
}

const EMPTY: Values = {
  objective: '',
  kpi: '',
  callToAction: '',
  landingSteps: '',
  checkoutSteps: '',
  disclosures: '',
  hooks: '',
  dos: '',
  donts: '',
  postingStart: '',
  postingEnd: '',
};

function valuesOf(b: BriefSettings): Values {
  return {
    objective: b.objective ?? '',
    kpi: b.kpi ?? '',
    callToAction: b.callToAction ?? '',
    landingSteps: b.landingSteps ?? '',
    checkoutSteps: b.checkoutSteps ?? '',
    disclosures: b.disclosures ?? '',
    hooks: b.hooks.join('\n'),
    dos: b.dos.join('\n'),
    donts: b.donts.join('\n'),
    postingStart: b.postingStart ?? '',
    postingEnd: b.postingEnd ?? '',
  };
}

const lines = (text: string) => text.split('\n').map((l) => l.trim());
/** "hooks.2" (the core's path for a list item) shows under the list's box. */
const fieldOf = (path: string) => path.replace(/^fields\./, '').split('.')[0] ?? path;

/** The pilot's brief: what every creator's brief says besides their own code and link. */
export function BriefSettingsForm({ pilotId }: { pilotId: number }) {
  const form = useForm<Values>(EMPTY);
  const [saved, setSaved] = useState<string | null>(null);
  const { values, set } = form;
  const errors: Record<string, string> = {};
  for (const [path, message] of Object.entries(form.errors)) errors[fieldOf(path)] ??= message;

  useEffect(() => {
    request('briefs.settings', { pilotId })
      .then((b) => {
        for (const [k, v] of Object.entries(valuesOf(b))) set(k as keyof Values, v);
      })
      .catch((err: Error) => setSaved(err.message));
  }, [pilotId, set]);

  async function submit(event: FormEvent) {
    setSaved(null);
    const ok = await form.submit(
      event,
      () =>
        request('briefs.settings', {
          pilotId,
          fields: {
            ...values,
            hooks: lines(values.hooks),
            dos: lines(values.dos),
            donts: lines(values.donts),
            postingStart: values.postingStart || null,
            postingEnd: values.postingEnd || null,
          },
        }),
      { isField: (p) => fieldOf(p) in EMPTY },
    );
    if (ok) setSaved('Brief saved.');
  }

  const area = (key: keyof Values, label: string, hint?: string) => (
    <div className="field wide">
      <label htmlFor={`brief-${key}`}>{label}</label>
      <textarea
        id={`brief-${key}`}
        className="input"
        rows={key === 'objective' || hint ? 3 : 2}
        value={values[key]}
        onChange={(e) => set(key, e.target.value)}
        aria-invalid={errors[key] ? true : undefined}
        aria-describedby={
          [hint ? `brief-${key}-hint` : '', errors[key] ? `brief-${key}-error` : ''].join(' ').trim() || undefined
        }
      />
      <FieldNotes id={`brief-${key}`} hint={hint} error={errors[key]} />
    </div>
  );

  return (
    <form ref={form.formRef} className="section" onSubmit={submit} noValidate aria-labelledby="brief-settings-title">
      <h2 id="brief-settings-title">The pilot’s brief</h2>
      <FormAlert message={form.alert} />
      <div className="form-grid brief-grid">
        {area('objective', 'Objective')}
        <TextField
          id="brief-kpi"
          label="The one KPI"
          value={values.kpi}
          onChange={(v) => set('kpi', v)}
          error={errors.kpi}
          placeholder="Orders with the code"
          wide
        />
        {area('callToAction', 'Call to action', 'The exact words creators say.')}
        {area('landingSteps', 'Landing page steps')}
        {area('checkoutSteps', 'Checkout steps')}
        {area(
          'disclosures',
          'Required disclosures',
          'Added to the platform rules (#ad, paid partnership), which are always in.',
        )}
        {area('hooks', 'Creative hooks', 'One per line.')}
        {area('dos', 'Do', 'One per line.')}
        {area('donts', 'Don’t', 'One per line.')}
        <TextField
          id="brief-postingStart"
          label="Posting from"
          type="date"
          value={values.postingStart}
          onChange={(v) => set('postingStart', v)}
          error={errors.postingStart}
        />
        <TextField
          id="brief-postingEnd"
          label="Posting until"
          type="date"
          value={values.postingEnd}
          onChange={(v) => set('postingEnd', v)}
          error={errors.postingEnd}
        />
      </div>
      <div className="actions">
        <button type="submit" className="button primary" disabled={form.busy}>
          Save brief
        </button>
        <span className="muted" role="status">
          {saved ?? ''}
        </span>
      </div>
    </form>
  );
}
