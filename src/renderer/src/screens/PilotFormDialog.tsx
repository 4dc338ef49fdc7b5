import type { FormEvent } from 'react';
import type { Pilot } from '../../../shared/entities';
import { request } from '../api/client';
import { FormActions } from '../components/FormActions';
import { FormAlert } from '../components/FormAlert';
import { Modal } from '../components/Modal';
import { SelectField } from '../components/SelectField';
import {
  emptyPilotValues,
  isPilotField,
  localPilotErrors,
  type PilotValues,
  pilotToValues,
  valuesToInput,
} from '../forms/pilot-values';
import { type TextKeyOf, textFields } from '../forms/text-fields';
import { useForm } from '../forms/use-form';
import {
  ATTRIBUTION_LABELS,
  BASELINE_LABELS,
  COMMON_CURRENCIES,
  OBJECTIVE_LABELS,
  options,
  STATUS_LABELS,
} from '../labels';
import { useBrands } from '../stores/brands';

interface PilotFormDialogProps {
  /** The pilot to edit, or null for a new one. */
  pilot: Pilot | null;
  defaultCurrency: string;
  onClose(): void;
  onSaved(pilot: Pilot): void;
}

type TextKey = TextKeyOf<PilotValues>;

/** Every field of a pilot, for creating and for editing. */
export function PilotFormDialog({ pilot, defaultCurrency, onClose, onSaved }: PilotFormDialogProps) {
  const form = useForm<PilotValues>(() => (pilot ? pilotToValues(pilot) : emptyPilotValues(defaultCurrency)));
  const { values, set, errors } = form;
  const brands = useBrands((s) => s.brands);
  const currency = values.currency.trim().toUpperCase() || '—';

  const text = textFields({
    prefix: 'pilot',
    values,
    errors,
    set,
    transform: (key, typed) => (key === 'currency' ? typed.toUpperCase() : typed),
  });
  const amount = (key: TextKey, label: string) => text(key, label, { affix: currency, inputMode: 'decimal' });
  const percentage = (key: TextKey, label: string) => text(key, label, { affix: '%', inputMode: 'decimal' });
  const whole = (key: TextKey, label: string, affix?: string) =>
    text(key, label, { inputMode: 'numeric', ...(affix ? { affix } : {}) });

  async function save(event: FormEvent) {
    const input = valuesToInput(values);
    const saved = await form.submit(
      event,
      async () => {
        const result = pilot
          ? await request('pilots.update', { id: pilot.id, ...input })
          : await request('pilots.create', input);
        onSaved(result);
      },
      { isField: isPilotField, localErrors: () => localPilotErrors(values) },
    );
    if (saved) onClose();
  }

  return (
    <Modal title={pilot ? `Edit ${pilot.name}` : 'New pilot'} onClose={onClose}>
      <form ref={form.formRef} className="form" onSubmit={save} noValidate>
        <FormAlert message={form.alert} />
        <fieldset className="group">
          <legend>Pilot</legend>
          <div className="form-grid">
            {text('name', 'Pilot name', { required: true, autoFocus: true })}
            {text('brand', 'Brand', { list: 'pilot-brand-options' })}
            <datalist id="pilot-brand-options">
              {brands
                .filter((b) => !b.archived)
                .map((b) => (
                  <option key={b.id} value={b.name} />
                ))}
            </datalist>
            {text('market', 'Market or region', { placeholder: 'e.g. US, DACH, Nordics' })}
            {text('currency', 'Currency', {
              required: true,
              list: 'pilot-currency-options',
              hint: 'ISO 4217 code, e.g. USD or EUR',
            })}
            <datalist id="pilot-currency-options">
              {COMMON_CURRENCIES.map((c) => (
                <option key={c} value={c} />
              ))}
            </datalist>
            {text('startDate', 'Start date', { type: 'date', required: true })}
            {text('endDate', 'End date', { type: 'date', required: true })}
            <SelectField
              id="pilot-objective"
              label="Objective"
              value={values.objective}
              options={options(OBJECTIVE_LABELS)}
              onChange={(v) => set('objective', v)}
              error={errors.objective}
            />
            <SelectField
              id="pilot-status"
              label="Status"
              value={values.status}
              options={options(STATUS_LABELS)}
              onChange={(v) => set('status', v)}
              error={errors.status}
            />
          </div>
        </fieldset>
        <fieldset className="group">
          <legend>Targets</legend>
          <div className="form-grid">
            {amount('targetCac', 'Target CAC')}
            {amount('targetAov', 'Target AOV')}
            {percentage('targetConversion', 'Target conversion')}
            {percentage('targetRepeatRate', 'Target repeat rate')}
            {whole('minSample', 'Minimum sample', 'net orders')}
          </div>
        </fieldset>
        <fieldset className="group">
          <legend>Attribution and baseline</legend>
          <div className="form-grid">
            <SelectField
              id="pilot-attributionMethod"
              label="Attribution method"
              value={values.attributionMethod}
              options={options(ATTRIBUTION_LABELS)}
              onChange={(v) => set('attributionMethod', v)}
              error={errors.attributionMethod}
            />
            {whole('attributionWindowDays', 'Attribution window', 'days')}
            {whole('returnWindowDays', 'Return window', 'days')}
            <SelectField
              id="pilot-baselineMethod"
              label="Baseline method"
              value={values.baselineMethod}
              options={options(BASELINE_LABELS)}
              onChange={(v) => set('baselineMethod', v)}
              error={errors.baselineMethod}
            />
          </div>
        </fieldset>
        <fieldset className="group">
          <legend>Budget</legend>
          <div className="form-grid">
            {amount('budget', 'Total budget')}
            {amount('creatorCap', 'Per-creator guarantee cap')}
            {text('glCode', 'GL code', { hint: 'The ledger account finance books creator payouts to' })}
          </div>
        </fieldset>
        <FormActions submitLabel={pilot ? 'Save pilot' : 'Create pilot'} busy={form.busy} onCancel={onClose} />
      </form>
    </Modal>
  );
}
