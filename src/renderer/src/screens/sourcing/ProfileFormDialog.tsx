import type { FormEvent } from 'react';
import type { Profile } from '../../../../shared/sourcing';
import { request } from '../../api/client';
import { FieldNotes } from '../../components/FieldNotes';
import { FormActions } from '../../components/FormActions';
import { FormAlert } from '../../components/FormAlert';
import { describedBy } from '../../components/field-ids';
import { Modal } from '../../components/Modal';
import { SelectField } from '../../components/SelectField';
import { textFields } from '../../forms/text-fields';
import { useForm } from '../../forms/use-form';
import { HandleRows } from '../HandleRows';
import {
  emptyProfileValues,
  fieldOf,
  isProfileField,
  type ProfileValues,
  profileToValues,
  profileValuesToInput,
} from './profile-values';

interface ProfileFormDialogProps {
  pilotId: number;
  pilotName: string;
  /** The profile to edit, or null to add one to the pilot's longlist. */
  profile: Profile | null;
  onClose(): void;
  onSaved(): void;
}

const SHOPPING_OPTIONS = [
  { value: 'unknown', label: 'Not known' },
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
] as const;

/** A creator's profile as sourcing knows it: the person, every handle, their audience and history. */
export function ProfileFormDialog({ pilotId, pilotName, profile, onClose, onSaved }: ProfileFormDialogProps) {
  const form = useForm<ProfileValues>(() => (profile ? profileToValues(profile) : emptyProfileValues()));
  const { values, set } = form;
  // "categories.3" shows under Categories.
  const errors = Object.fromEntries(Object.entries(form.errors).map(([k, v]) => [fieldOf(k), v]));

  const text = textFields({ prefix: 'profile', values, errors, set });

  async function save(event: FormEvent) {
    const input = profileValuesToInput(values);
    const ok = await form.submit(
      event,
      () => request('profiles.save', profile ? { creatorId: profile.creatorId, ...input } : { pilotId, ...input }),
      { isField: isProfileField },
    );
    if (ok) {
      onSaved();
      onClose();
    }
  }

  return (
    <Modal title={profile ? `Edit ${profile.name}` : `Add a profile to ${pilotName}`} onClose={onClose}>
      <form ref={form.formRef} className="form" onSubmit={(e) => void save(e)} noValidate>
        <FormAlert message={form.alert} />
        <fieldset className="group">
          <legend>Person</legend>
          <div className="form-grid">
            {text('name', 'Name', { required: true, autoFocus: true, wide: true })}
            <HandleRows handles={values.handles} errors={errors} onChange={(handles) => set('handles', handles)} />
            {text('email', 'Email', { type: 'email', inputMode: 'email' })}
            {text('profileUrl', 'Profile URL', { type: 'url', inputMode: 'url', placeholder: 'https://' })}
          </div>
        </fieldset>
        <fieldset className="group">
          <legend>Audience</legend>
          <div className="form-grid">
            {text('followers', 'Followers', { inputMode: 'numeric', placeholder: '12500' })}
            {text('engagementRate', 'Engagement rate', { affix: '%', inputMode: 'decimal', placeholder: '3.2' })}
            {text('avgViews', 'Average views', { inputMode: 'numeric' })}
            {text('country', 'Country')}
            {text('region', 'Region or state')}
            {text('city', 'City')}
            {text('categories', 'Categories', { hint: 'Separated by commas', wide: true })}
            <div className="field wide">
              <label htmlFor="profile-audienceNotes">Audience notes</label>
              <textarea
                id="profile-audienceNotes"
                className="input"
                rows={3}
                value={values.audienceNotes}
                onChange={(e) => set('audienceNotes', e.target.value)}
                aria-invalid={errors.audienceNotes ? true : undefined}
                aria-describedby={describedBy('profile-audienceNotes', { error: errors.audienceNotes })}
              />
              <FieldNotes id="profile-audienceNotes" error={errors.audienceNotes} />
            </div>
          </div>
        </fieldset>
        <fieldset className="group">
          <legend>History</legend>
          <div className="form-grid">
            {text('pastBrands', 'Past brand mentions', { hint: 'Separated by commas' })}
            <SelectField
              id="profile-shoppingLinks"
              label="Posts shopping links or codes"
              value={values.shoppingLinks}
              options={[...SHOPPING_OPTIONS]}
              onChange={(v) => set('shoppingLinks', v)}
              error={errors.shoppingLinks}
            />
          </div>
        </fieldset>
        <FormActions submitLabel={profile ? 'Save profile' : 'Add profile'} busy={form.busy} onCancel={onClose} />
      </form>
    </Modal>
  );
}
