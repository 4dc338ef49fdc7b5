import { type FormEvent, useEffect, useState } from 'react';
import {
  COMPENSATION_LABELS,
  COMPENSATION_MODELS,
  type CompensationModel,
  type MemberTerms,
} from '../../../../shared/contracts';
import type { Pilot, PilotCreator } from '../../../../shared/entities';
import { request } from '../../api/client';
import { FormActions } from '../../components/FormActions';
import { FormAlert } from '../../components/FormAlert';
import { Modal } from '../../components/Modal';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import {
  type CreatorValues,
  creatorToValues,
  creatorValuesToFields,
  isTierField,
  localCreatorErrors,
  TERMS_FIELDS,
} from '../../forms/creator-values';
import { useForm } from '../../forms/use-form';
import { useGoingLive } from '../../stores/going-live';
import { TermsFields } from '../TermsFields';

interface TermsValues extends CreatorValues {
  model: CompensationModel | '';
  /** Empty: the pilot's window. */
  usageRightsDays: string;
}

/** The model select's choices, here and on the Terms & contracts table. */
export const MODEL_OPTIONS: { value: CompensationModel | ''; label: string }[] = [
  { value: '', label: 'No model yet' },
  ...COMPENSATION_MODELS.map((m) => ({ value: m, label: COMPENSATION_LABELS[m] })),
];

/** The inputs this dialog shows; other problems (the name, handles…) go to the alert, where they can be read. */
const SHOWN = new Set(['model', 'usageRightsDays', ...TERMS_FIELDS]);
const isShown = (path: string) => SHOWN.has(path) || isTierField(path);

/** As the core allows (ten years). */
const MAX_DAYS = 3650;
const DAYS_MESSAGE = 'Enter a whole number of days, or leave it empty for the pilot’s default';

interface TermsDialogProps {
  pilot: Pilot;
  member: PilotCreator;
  terms: MemberTerms | null;
  onClose(): void;
}

/**
 * A member's terms from the Going live screen, whatever their stage: the
 * amounts (as on the Creators screen), the compensation model that says which
 * of them they are paid by, and their usage rights window.
 */
export function TermsDialog({ pilot, member, terms, onClose }: TermsDialogProps) {
  const { putTerms, refresh } = useGoingLive();
  const [pilotDays, setPilotDays] = useState<number | null>(null);
  const form = useForm<TermsValues>(() => ({
    ...creatorToValues(member, pilot.currency),
    model: terms?.model ?? '',
    usageRightsDays: terms?.ownUsageRights ? String(terms.usageRightsDays) : '',
  }));
  const { values, set, errors } = form;

  useEffect(() => {
    request('contracts.settings', { pilotId: pilot.id }).then(
      (s) => setPilotDays(s.usageRightsDays),
      () => setPilotDays(null),
    );
  }, [pilot.id]);

  async function save(event: FormEvent) {
    let amountsSaved = false;
    const days = values.usageRightsDays.trim();
    // Checked before anything is saved, so a typo here does not leave the amounts saved without the rest.
    const daysError =
      days === ''
        ? null
        : !/^\d+$/.test(days)
          ? DAYS_MESSAGE
          : Number(days) > MAX_DAYS
            ? `At most ${MAX_DAYS} days`
            : null;
    const ok = await form.submit(
      event,
      async () => {
        if (daysError) throw new Error(daysError);
        // Amounts first: the model is checked against what the member has. The update replaces the whole member.
        await request('creators.update', { id: member.id, ...creatorValuesToFields(values) });
        amountsSaved = true;
        putTerms(
          await request('contracts.terms', {
            memberId: member.id,
            model: values.model === '' ? null : values.model,
            usageRightsDays: days === '' ? null : days,
          }),
        );
      },
      {
        isField: isShown,
        localErrors: () => ({
          ...localCreatorErrors(values, pilot),
          ...(daysError ? { usageRightsDays: daysError } : {}),
        }),
      },
    );
    if (amountsSaved) await refresh(pilot.id);
    if (ok) onClose();
    else if (amountsSaved) {
      form.setAlert('The amounts were saved; the model and usage rights were not. Fix the field shown and save again.');
    }
  }

  const defaultWords = pilotDays === null ? 'the pilot’s default' : `the pilot’s default, ${pilotDays} days`;
  return (
    <Modal title={`Terms for ${member.name}`} onClose={onClose}>
      <form ref={form.formRef} className="form" onSubmit={save} noValidate>
        <FormAlert message={form.alert} />
        <fieldset className="group">
          <legend>Contract terms</legend>
          <div className="form-grid">
            <SelectField
              id="terms-model"
              label="Compensation model"
              value={values.model}
              options={MODEL_OPTIONS}
              onChange={(v) => set('model', v)}
              error={errors.model}
              hint="Which of the amounts below the creator is paid by"
            />
            <TextField
              id="terms-usageRightsDays"
              label="Usage rights window"
              value={values.usageRightsDays}
              onChange={(v) => set('usageRightsDays', v)}
              error={errors.usageRightsDays}
              affix="days"
              inputMode="numeric"
              placeholder={pilotDays === null ? '' : String(pilotDays)}
              hint={`Empty: ${defaultWords}`}
            />
          </div>
        </fieldset>
        <TermsFields values={values} errors={errors} currency={pilot.currency} set={set} />
        <FormActions submitLabel="Save terms" busy={form.busy} onCancel={onClose} />
      </form>
    </Modal>
  );
}
