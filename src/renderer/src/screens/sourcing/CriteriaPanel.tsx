import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import {
  CRITERIA,
  CRITERION_LABELS,
  type Criterion,
  type FitCriteria,
  type SourcingBoard,
} from '../../../../shared/sourcing';
import { request } from '../../api/client';
import { FormAlert } from '../../components/FormAlert';
import { TextField } from '../../components/TextField';
import { useForm } from '../../forms/use-form';
import { useSourcing } from '../../stores/sourcing';
import { criteriaSummary } from './criteria-summary';
import { CRITERIA_PATHS, type CriteriaValues, criteriaToValues, parseCriteria, weightPath } from './criteria-values';

interface CriteriaPanelProps {
  board: SourcingBoard;
  /** The criteria as typed, for rescoring the table live; null when they are the saved ones or cannot be read. */
  onDraft(criteria: FitCriteria | null): void;
}

/**
 * Each criterion's weight and threshold; the table rescores as the user types, and Save keeps them for the pilot.
 * Closed, it reads as one line of what is scored, so the board says how its scores are reached without opening it.
 */
export function CriteriaPanel({ board, onDraft }: CriteriaPanelProps) {
  const form = useForm<CriteriaValues>(() => criteriaToValues(board));
  const { values, setValues, errors, setErrors } = form;
  const [dirty, setDirty] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);

  function change(next: CriteriaValues) {
    setValues(next);
    setDirty(true);
    setSaved(null);
    const parsed = parseCriteria(next);
    setErrors(parsed.errors);
    onDraft(parsed.criteria);
  }
  const setWeight = (c: Criterion, w: string) => change({ ...values, weights: { ...values.weights, [c]: w } });
  const setValue = (key: Exclude<keyof CriteriaValues, 'weights'>, v: string) => change({ ...values, [key]: v });

  // Another pilot, or the same one saved elsewhere: start again from what is stored.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new pilot resets the form
  useEffect(() => {
    setValues(criteriaToValues(board));
    setDirty(false);
    onDraft(null);
  }, [board.pilotId]);

  async function save(event: FormEvent) {
    const parsed = parseCriteria(values);
    const ok = await form.submit(
      event,
      async () => {
        if (!parsed.criteria) throw new Error('Fix the fields marked first.');
        const next = await request('sourcing.setCriteria', {
          pilotId: board.pilotId,
          criteria: parsed.criteria,
          shortlistCap: parsed.cap,
        });
        useSourcing.getState().setBoard(next);
      },
      {
        isField: (p) => p in errors || p.startsWith('criteria.') || p === 'shortlistCap',
        localErrors: () => parsed.errors,
      },
    );
    if (ok) {
      setDirty(false);
      onDraft(null);
      setSaved('Criteria saved; every score is recomputed with them.');
    }
  }

  function discard() {
    setValues(criteriaToValues(board));
    setErrors({});
    setDirty(false);
    onDraft(null);
  }

  const text = (
    key: Exclude<keyof CriteriaValues, 'weights'>,
    label: string,
    extra: { hint?: string; placeholder?: string } = {},
  ) => (
    <TextField
      id={`criteria-${key}`}
      label={label}
      value={values[key]}
      onChange={(v) => setValue(key, v)}
      error={errors[CRITERIA_PATHS[key]]}
      {...extra}
    />
  );

  const thresholds: Record<Criterion, ReactNode> = {
    followers: (
      <>
        {text('followersMin', 'Minimum followers', { placeholder: '10k' })}
        {text('followersMax', 'Maximum followers', { placeholder: '50k' })}
      </>
    ),
    engagement: text('engagementMin', 'Minimum engagement', { placeholder: '3%' }),
    region: text('market', 'Region or market', {
      hint: board.market ? `Empty: the pilot's market (${board.market})` : undefined,
    }),
    categories: text('categories', 'Wanted categories', {
      hint: 'Separated by commas',
      placeholder: 'skincare, beauty',
    }),
    shoppingLinks: <p className="muted">Met when the profile posts shopping links or codes.</p>,
    pastBrands: text('brands', 'Brands', { hint: 'Empty: any past brand mention counts' }),
  };

  return (
    <details className="section criteria-panel">
      <summary>
        <span className="disclosure-mark" aria-hidden="true" />
        <span className="criteria-title">
          <h2 className="inline-heading">Fit criteria</h2>
          <span className="muted criteria-summary">
            {criteriaSummary(parseCriteria(values).criteria ?? board.criteria, board.market)}
          </span>
        </span>
        {dirty ? <span className="badge unsaved">Unsaved: scores shown use these</span> : null}
      </summary>
      <form ref={form.formRef} className="form" onSubmit={(e) => void save(e)} noValidate>
        <p className="muted">
          Each criterion met earns its weight (0 leaves it out); the score is the points earned out of 100. The table
          rescores as you type.
        </p>
        <div className="criteria-rows">
          {CRITERIA.map((c) => (
            <fieldset key={c} className="criteria-row">
              <legend>{CRITERION_LABELS[c]}</legend>
              <TextField
                id={`criteria-weight-${c}`}
                label="Weight (0–10)"
                value={values.weights[c]}
                onChange={(v) => setWeight(c, v)}
                error={errors[weightPath(c)]}
                inputMode="numeric"
              />
              {thresholds[c]}
            </fieldset>
          ))}
        </div>
        <div className="form-grid">
          {text('shortlistCap', 'Shortlist cap', { hint: 'A warning shows when the shortlist passes it' })}
        </div>
        <FormAlert message={form.alert} />
        <p className="notice" role="status">
          {saved}
        </p>
        <div className="actions">
          <button type="submit" className="button primary" disabled={form.busy}>
            Save criteria
          </button>
          <button type="button" className="button" disabled={!dirty} onClick={discard}>
            Discard changes
          </button>
        </div>
      </form>
    </details>
  );
}
