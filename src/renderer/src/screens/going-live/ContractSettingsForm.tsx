import { type FormEvent, useEffect, useState } from 'react';
import { request } from '../../api/client';
import { FormAlert } from '../../components/FormAlert';
import { TextField } from '../../components/TextField';
import { useForm } from '../../forms/use-form';

/** The pilot's usage-rights window and payment terms, filled into every contract. */
export function ContractSettingsForm({ pilotId }: { pilotId: number }) {
  const form = useForm({ usageRightsDays: '', paymentNetDays: '' });
  const [loadError, setLoadError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const { set } = form;

  useEffect(() => {
    request('contracts.settings', { pilotId })
      .then((s) => {
        set('usageRightsDays', String(s.usageRightsDays));
        set('paymentNetDays', String(s.paymentNetDays));
      })
      .catch((err: Error) => setLoadError(err.message));
  }, [pilotId, set]);

  async function submit(event: FormEvent) {
    setSaved(null);
    await form.submit(
      event,
      async () => {
        const s = await request('contracts.settings', {
          pilotId,
          usageRightsDays: form.values.usageRightsDays,
          paymentNetDays: form.values.paymentNetDays,
        });
        setSaved(`Saved: usage rights ${s.usageRightsDays} days, payment net ${s.paymentNetDays} days.`);
      },
      { isField: (p) => p === 'usageRightsDays' || p === 'paymentNetDays' },
    );
  }

  return (
    <form ref={form.formRef} className="section" onSubmit={submit} noValidate aria-labelledby="contract-settings-title">
      <h2 id="contract-settings-title">Contract settings for this pilot</h2>
      <FormAlert message={form.alert ?? loadError} />
      <div className="inline-form">
        <TextField
          id="usage-rights-days"
          label="Usage rights"
          value={form.values.usageRightsDays}
          onChange={(v) => set('usageRightsDays', v)}
          error={form.errors.usageRightsDays}
          affix="days"
          inputMode="numeric"
        />
        <TextField
          id="payment-net-days"
          label="Payment terms"
          value={form.values.paymentNetDays}
          onChange={(v) => set('paymentNetDays', v)}
          error={form.errors.paymentNetDays}
          affix="days net"
          inputMode="numeric"
        />
      </div>
      <div className="actions">
        <button type="submit" className="button" disabled={form.busy}>
          Save contract settings
        </button>
      </div>
      <p className="muted" role="status">
        {saved ?? ''}
      </p>
    </form>
  );
}
