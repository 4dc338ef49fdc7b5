import { type FormEvent, useEffect, useState } from 'react';
import { request } from '../../../api/client';
import { FormActions } from '../../../components/FormActions';
import { FormAlert } from '../../../components/FormAlert';
import { Modal } from '../../../components/Modal';
import { useForm } from '../../../forms/use-form';
import { NoteField } from '../../review/NoteField';

interface BannedClaimsDialogProps {
  brandId: number;
  brandName: string;
  onClose(): void;
  /** After a save: the posts' findings change with the list. */
  onSaved(count: number): void;
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

/** The brand's whole list of claims its creators must not make, one phrase a line. */
export function BannedClaimsDialog({ brandId, brandName, onClose, onSaved }: BannedClaimsDialogProps) {
  const form = useForm({ phrases: '' });
  const [loaded, setLoaded] = useState(false);
  const { setValues, setAlert } = form;

  useEffect(() => {
    request('brands.bannedClaims', { brandId })
      .then((claims) => {
        setValues({ phrases: claims.phrases.join('\n') });
        setLoaded(true);
      })
      .catch((err: Error) => setAlert(err.message));
  }, [brandId, setValues, setAlert]);

  async function submit(event: FormEvent) {
    const phrases = lines(form.values.phrases);
    const ok = await form.submit(event, () => request('brands.bannedClaims', { brandId, phrases }), {
      // "phrases.3" names a line: shown under the box with its line's text.
      isField: (p) => p === 'phrases' || p.startsWith('phrases.'),
    });
    if (ok) {
      onSaved(phrases.length);
      onClose();
    }
  }

  // One box holds every phrase, so a line's error is told with the line it is about.
  const lineError = Object.entries(form.errors)
    .map(([path, message]) => {
      const n = Number(path.split('.')[1]);
      return Number.isInteger(n) ? `"${lines(form.values.phrases)[n] ?? ''}": ${message}` : message;
    })
    .join(' ');

  return (
    <Modal title={`Banned claims for ${brandName}`} onClose={onClose}>
      <form ref={form.formRef} className="form" onSubmit={submit} noValidate>
        <FormAlert message={form.alert} />
        <p className="muted">
          Every pilot of {brandName} checks its captions against this list. Case and accents are ignored; a phrase
          matches whole words.
        </p>
        <NoteField
          id="banned-claims"
          label="Banned claims, one per line"
          rows={8}
          value={form.values.phrases}
          onChange={(v) => form.set('phrases', v)}
          error={lineError || undefined}
          hint={loaded ? `${lines(form.values.phrases).length} phrases. Ctrl+Enter saves.` : 'Loading the list…'}
          autoFocus
        />
        <FormActions submitLabel="Save banned claims" busy={form.busy || !loaded} onCancel={onClose} />
      </form>
    </Modal>
  );
}

/** Banned claims are kept per brand; a pilot without one has nowhere to keep them. */
export function NoBrandDialog({ onClose }: { onClose(): void }) {
  return (
    <Modal title="Banned claims" onClose={onClose} narrow>
      <div className="form">
        <p>
          This pilot has no brand. Banned claims are kept per brand, so set the pilot's brand on the Pilots screen
          first; until then captions are checked for disclosure only.
        </p>
        <div className="modal-foot">
          <button type="button" className="button primary" onClick={onClose} data-autofocus>
            OK
          </button>
        </div>
      </div>
    </Modal>
  );
}
