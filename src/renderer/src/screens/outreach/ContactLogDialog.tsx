import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { CONTACT_KIND_LABELS, CONTACT_KINDS, type ContactEntry, type ContactKind } from '../../../../shared/outreach';
import { request } from '../../api/client';
import { FormActions } from '../../components/FormActions';
import { FormAlert } from '../../components/FormAlert';
import { Modal } from '../../components/Modal';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { date, dateTime } from '../../format';
import { useForm } from '../../forms/use-form';
import { options } from '../../labels';
import { useOutreach } from '../../stores/outreach';
import { useSourcing } from '../../stores/sourcing';

interface ContactLogDialogProps {
  member: { memberId: number; name: string };
  onClose(): void;
}

const FIELDS = ['kind', 'channel', 'note', 'followUpDate', 'at'];

/** One creator's contacts, newest first, and a form to log a reply, a note or a message sent. */
export function ContactLogDialog({ member, onClose }: ContactLogDialogProps) {
  const [entries, setEntries] = useState<ContactEntry[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const form = useForm<{ kind: ContactKind; channel: string; note: string; followUpDate: string }>({
    kind: 'reply',
    channel: '',
    note: '',
    followUpDate: '',
  });

  const load = useCallback(() => {
    request('outreach.contacts', { memberId: member.memberId }).then(setEntries, (err: Error) =>
      setLoadError(err.message),
    );
  }, [member.memberId]);
  useEffect(load, [load]);

  async function submit(event: FormEvent) {
    const v = form.values;
    const ok = await form.submit(
      event,
      () =>
        request('outreach.logContact', {
          memberId: member.memberId,
          kind: v.kind,
          channel: v.channel.trim() || null,
          note: v.note.trim() || null,
          followUpDate: v.followUpDate || null,
        }),
      { isField: (p) => FIELDS.includes(p) },
    );
    if (ok) {
      form.setValues({ kind: v.kind, channel: v.channel, note: '', followUpDate: '' });
      load();
      void useOutreach.getState().refreshDue();
      void useOutreach.getState().refreshSettings();
      const sourcing = useSourcing.getState();
      void sourcing.refresh(sourcing.pilotId);
    }
  }

  return (
    <Modal title={`Contact log: ${member.name}`} onClose={onClose}>
      <div className="form">
        <FormAlert message={loadError} />
        {entries === null && !loadError ? <p className="muted">Loading…</p> : null}
        {entries?.length === 0 ? <p className="muted">No contact logged yet.</p> : null}
        {entries && entries.length > 0 ? (
          <ol className="contact-log" aria-label="Contacts">
            {entries.map((e) => (
              <li key={e.id} className={`contact-entry kind-${e.kind}`}>
                <div>
                  <strong>{CONTACT_KIND_LABELS[e.kind]}</strong>
                  {e.channel ? ` · ${e.channel}` : ''}{' '}
                  <span className="muted">
                    {dateTime(e.at)} by {e.by}
                  </span>
                </div>
                {e.note ? <p className="contact-note">{e.note}</p> : null}
                {e.followUpDate ? <p className="muted">Follow up on {date(e.followUpDate)}</p> : null}
              </li>
            ))}
          </ol>
        ) : null}
        <form
          ref={form.formRef}
          className="form"
          onSubmit={(e) => void submit(e)}
          noValidate
          aria-label="Log a contact"
        >
          <h3>Log a contact</h3>
          <FormAlert message={form.alert} />
          <div className="form-grid">
            <SelectField<ContactKind>
              id="contact-kind"
              label="What happened"
              value={form.values.kind}
              options={options(CONTACT_KIND_LABELS).filter((o) => CONTACT_KINDS.includes(o.value))}
              onChange={(v) => form.set('kind', v)}
              error={form.errors.kind}
            />
            <TextField
              id="contact-channel"
              label="Channel"
              value={form.values.channel}
              onChange={(v) => form.set('channel', v)}
              error={form.errors.channel}
              placeholder="Email, DM, phone…"
            />
            <TextField
              id="contact-followUpDate"
              label="Next follow-up"
              type="date"
              value={form.values.followUpDate}
              onChange={(v) => form.set('followUpDate', v)}
              error={form.errors.followUpDate}
              hint="Empty clears the follow-up"
            />
          </div>
          <div className="field">
            <label htmlFor="contact-note">Note</label>
            <textarea
              id="contact-note"
              className="input"
              rows={3}
              value={form.values.note}
              onChange={(e) => form.set('note', e.target.value)}
              aria-invalid={form.errors.note ? true : undefined}
            />
            {form.errors.note ? <p className="field-error">{form.errors.note}</p> : null}
          </div>
          <FormActions submitLabel="Log it" busy={form.busy} onCancel={onClose} />
        </form>
      </div>
    </Modal>
  );
}
