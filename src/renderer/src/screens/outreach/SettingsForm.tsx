import { type FormEvent, useEffect, useState } from 'react';
import { request } from '../../api/client';
import { FormAlert } from '../../components/FormAlert';
import { TextField } from '../../components/TextField';
import { useForm } from '../../forms/use-form';
import { useOutreach } from '../../stores/outreach';

const FIELDS = ['dailyCap', 'senderName', 'senderEmail'];

/** The user's daily send cap and the name and address messages are sent from. */
export function SettingsForm() {
  const settings = useOutreach((s) => s.settings);
  const form = useForm({ dailyCap: '', senderName: '', senderEmail: '' });
  const [saved, setSaved] = useState<string | null>(null);
  const { setValues } = form;

  useEffect(() => {
    if (settings) {
      setValues({
        dailyCap: String(settings.dailyCap),
        senderName: settings.senderName ?? '',
        senderEmail: settings.senderEmail ?? '',
      });
    }
  }, [settings, setValues]);

  async function save(event: FormEvent) {
    setSaved(null);
    const ok = await form.submit(
      event,
      async () => {
        const next = await request('outreach.setSettings', {
          dailyCap: form.values.dailyCap as unknown as number,
          senderName: form.values.senderName.trim() || null,
          senderEmail: form.values.senderEmail.trim() || null,
        });
        useOutreach.setState({ settings: next });
      },
      { isField: (p) => FIELDS.includes(p) },
    );
    if (ok) setSaved('Settings saved.');
  }

  return (
    <form ref={form.formRef} className="form narrow-form" onSubmit={(e) => void save(e)} noValidate>
      <p className="muted">
        These are {settings ? `${settings.user}'s` : 'your'} settings. The cap counts messages exported or logged as
        sent today; a batch past it leaves the rest out and names them.
      </p>
      <FormAlert message={form.alert} />
      <TextField
        id="outreach-dailyCap"
        label="Daily send cap"
        value={form.values.dailyCap}
        onChange={(v) => form.set('dailyCap', v)}
        error={form.errors.dailyCap}
        inputMode="numeric"
        required
      />
      <TextField
        id="outreach-senderName"
        label="Sender name"
        value={form.values.senderName}
        onChange={(v) => form.set('senderName', v)}
        error={form.errors.senderName}
        hint="Merged as {{senderName}}"
      />
      <TextField
        id="outreach-senderEmail"
        label="Sender email"
        value={form.values.senderEmail}
        onChange={(v) => form.set('senderEmail', v)}
        error={form.errors.senderEmail}
        type="email"
        inputMode="email"
        hint="The From of .eml drafts"
      />
      <p className="notice" role="status">
        {saved}
      </p>
      <div className="actions">
        <button type="submit" className="button primary" disabled={form.busy}>
          Save settings
        </button>
      </div>
    </form>
  );
}
