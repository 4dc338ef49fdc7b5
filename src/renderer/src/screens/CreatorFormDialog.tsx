import type { FormEvent } from 'react';
import type { Pilot, PilotCreator } from '../../../shared/entities';
import { STAGES } from '../../../shared/entities';
import { request } from '../api/client';
import { FormActions } from '../components/FormActions';
import { FormAlert } from '../components/FormAlert';
import { Modal } from '../components/Modal';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';
import {
  type CreatorValues,
  creatorToValues,
  creatorValuesToFields,
  emptyCreatorValues,
  isCreatorField,
  localCreatorErrors,
} from '../forms/creator-values';
import { useForm } from '../forms/use-form';
import { STAGE_LABELS } from '../labels';
import { HandleRows } from './HandleRows';
import { TermsFields } from './TermsFields';

interface CreatorFormDialogProps {
  pilot: Pilot;
  /** The creator to edit, or null to add one to the pilot. */
  creator: PilotCreator | null;
  onClose(): void;
  onSaved(): void;
}

type TextKey = {
  [K in keyof CreatorValues]: string extends CreatorValues[K] ? K : never;
}[keyof CreatorValues];

const stageOptions = STAGES.map((s) => ({ value: s, label: STAGE_LABELS[s] }));

/** A creator as a member of one pilot: the person, their handles, their terms and tracking there. */
export function CreatorFormDialog({ pilot, creator, onClose, onSaved }: CreatorFormDialogProps) {
  const form = useForm<CreatorValues>(() =>
    creator ? creatorToValues(creator, pilot.currency) : emptyCreatorValues(),
  );
  const { values, set, errors } = form;

  const text = (key: TextKey, label: string, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField
      id={`creator-${key}`}
      label={label}
      value={values[key]}
      onChange={(v) => set(key, v)}
      error={errors[key]}
      {...extra}
    />
  );

  async function save(event: FormEvent) {
    const fields = creatorValuesToFields(values);
    const ok = await form.submit(
      event,
      () =>
        creator
          ? request('creators.update', { id: creator.id, ...fields })
          : request('creators.add', { pilotId: pilot.id, ...fields }),
      { isField: isCreatorField, localErrors: () => localCreatorErrors(values, pilot) },
    );
    if (ok) {
      onSaved();
      onClose();
    }
  }

  return (
    <Modal title={creator ? `Edit ${creator.name}` : `Add creator to ${pilot.name}`} onClose={onClose}>
      <form ref={form.formRef} className="form" onSubmit={save} noValidate>
        <FormAlert message={form.alert} />
        <fieldset className="group">
          <legend>Person</legend>
          <div className="form-grid">
            {text('name', 'Name', { required: true, autoFocus: true, wide: true })}
            <HandleRows handles={values.handles} errors={errors} onChange={(handles) => set('handles', handles)} />
            {text('email', 'Email', { type: 'email', inputMode: 'email' })}
            {text('region', 'Region')}
            {text('followers', 'Followers', { inputMode: 'numeric' })}
          </div>
        </fieldset>
        <TermsFields values={values} errors={errors} currency={pilot.currency} set={set}>
          <SelectField
            id="creator-stage"
            label="Stage"
            value={values.stage}
            options={stageOptions}
            onChange={(v) => set('stage', v)}
            error={errors.stage}
          />
        </TermsFields>
        <fieldset className="group">
          <legend>Tracking</legend>
          <div className="form-grid">
            {text('discountCode', 'Discount code')}
            {text('landingUrl', 'Landing URL', { type: 'url', inputMode: 'url', placeholder: 'https://' })}
            {text('goLiveDate', 'Go-live date (orders count from)', { type: 'date' })}
          </div>
        </fieldset>
        <FormActions submitLabel={'Save creator'} busy={form.busy} onCancel={onClose} />
      </form>
    </Modal>
  );
}
