import type { FormEvent } from 'react';
import type { Pilot } from '../../../../shared/entities';
import type { LiftGroups, LiftResult } from '../../../../shared/lift';
import { request } from '../../api/client';
import { FormAlert } from '../../components/FormAlert';
import { TextField } from '../../components/TextField';
import { count, money } from '../../format';
import { type FieldErrors, useForm } from '../../forms/use-form';
import { defaultLiftValues, type LiftValues } from './lift-defaults';
import { deriveTestEnd, periodDays } from './periods';
import { RegionPicker } from './RegionPicker';

interface LiftFormProps {
  pilot: Pilot;
  groups: LiftGroups;
  onResult(result: LiftResult): void;
}

const FIELDS = ['testGroups', 'controlGroups', 'preStart', 'preEnd', 'testStart', 'testEnd'];

/** The core names a bad region by its place ("controlGroups.2"); the form shows it under its group. */
function fieldOf(path: string): string {
  return path.split('.')[0] ?? path;
}

export function LiftForm({ pilot, groups, onResult }: LiftFormProps) {
  const form = useForm<LiftValues>(() => defaultLiftValues(pilot, groups));
  const { values, set, setValues } = form;
  const errors: FieldErrors = {};
  for (const [path, message] of Object.entries(form.errors)) errors[fieldOf(path)] ??= message;

  /** Changing the pre period or the test start moves the test end, so both periods stay equally long. */
  function setPeriod(key: 'preStart' | 'preEnd' | 'testStart', value: string) {
    setValues((v) => {
      const next = { ...v, [key]: value };
      return { ...next, testEnd: deriveTestEnd(next.preStart, next.preEnd, next.testStart) ?? next.testEnd };
    });
  }

  async function submit(event: FormEvent) {
    await form.submit(event, async () => onResult(await request('lift.run', { pilotId: pilot.id, ...values })), {
      isField: (path) => FIELDS.includes(fieldOf(path)),
    });
  }

  const preDays = periodDays(values.preStart, values.preEnd);
  const testDays = periodDays(values.testStart, values.testEnd);
  return (
    <form ref={form.formRef} className="section" onSubmit={submit} noValidate aria-labelledby="lift-form-title">
      <h2 id="lift-form-title">Run a lift test</h2>
      <p className="muted">
        Compare regions where the creators’ codes and links ran (test) with regions left alone (control). The control
        regions’ change from the pre period to the test period says what the test regions would have sold anyway.
      </p>
      <FormAlert message={form.alert} />
      {groups.withoutRegion.orders > 0 ? (
        <p className="field-hint">
          {count(groups.withoutRegion.orders)} orders ({money(groups.withoutRegion.revenueMinor, groups.currency)}) have
          no region and are in neither group.
        </p>
      ) : null}
      <div className="lift-groups">
        <RegionPicker
          id="testGroups"
          legend="Test regions"
          regions={groups.regions}
          chosen={values.testGroups}
          taken={values.controlGroups}
          takenBy="control"
          onChange={(v) => set('testGroups', v)}
          error={errors.testGroups}
        />
        <RegionPicker
          id="controlGroups"
          legend="Control regions"
          regions={groups.regions}
          chosen={values.controlGroups}
          taken={values.testGroups}
          takenBy="test"
          onChange={(v) => set('controlGroups', v)}
          error={errors.controlGroups}
          offerRest
        />
      </div>
      <div className="form-grid">
        <TextField
          id="preStart"
          label="Pre period start"
          type="date"
          value={values.preStart}
          onChange={(v) => setPeriod('preStart', v)}
          error={errors.preStart}
        />
        <TextField
          id="preEnd"
          label="Pre period end"
          type="date"
          value={values.preEnd}
          onChange={(v) => setPeriod('preEnd', v)}
          error={errors.preEnd}
          hint={preDays === null ? undefined : `${count(preDays)} days`}
        />
        <TextField
          id="testStart"
          label="Test period start"
          type="date"
          value={values.testStart}
          onChange={(v) => setPeriod('testStart', v)}
          error={errors.testStart}
        />
        <TextField
          id="testEnd"
          label="Test period end"
          type="date"
          value={values.testEnd}
          onChange={(v) => set('testEnd', v)}
          error={errors.testEnd}
          hint={
            testDays === null
              ? 'Set from the pre period’s length'
              : testDays === preDays
                ? `${count(testDays)} days, as long as the pre period`
                : `${count(testDays)} days: the pre period has ${preDays === null ? '—' : count(preDays)}`
          }
        />
      </div>
      <div className="actions">
        <label className="toggle">
          <input type="checkbox" checked={values.save} onChange={(e) => set('save', e.target.checked)} />
          Save this test
        </label>
        <button type="submit" className="button primary" disabled={form.busy}>
          {form.busy ? 'Running…' : 'Run lift test'}
        </button>
      </div>
    </form>
  );
}
