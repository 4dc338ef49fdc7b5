import type { ReactNode } from 'react';
import '../styles/terms.css';
import type { BonusMetric, CpaBasis } from '../../../shared/entities';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';
import type { CreatorValues, TierValues } from '../forms/creator-values';
import { type TextKeyOf, textFields } from '../forms/text-fields';
import type { FieldErrors } from '../forms/use-form';

type TextKey = TextKeyOf<CreatorValues>;

interface TermsFieldsProps {
  values: CreatorValues;
  errors: FieldErrors;
  currency: string;
  set<K extends keyof CreatorValues>(key: K, value: CreatorValues[K]): void;
  /** Fields shown first among the costs (the stage). */
  children?: ReactNode;
}

const MAX_TIERS = 10;

const CPA_BASIS_OPTIONS: { value: CpaBasis; label: string }[] = [
  { value: 'net_order', label: 'Net order' },
  { value: 'new_customer', label: 'New customer' },
];

const BONUS_OPTIONS: { value: BonusMetric | ''; label: string }[] = [
  { value: '', label: 'No bonus' },
  { value: 'net_orders', label: 'Net orders reach a count' },
  { value: 'revenue', label: 'Revenue reaches an amount' },
  { value: 'new_customers', label: 'New customers reach a count' },
];

const THRESHOLD_UNIT: Record<BonusMetric, string | null> = {
  net_orders: 'net orders',
  revenue: null,
  new_customers: 'new customers',
};

/**
 * A creator's money terms in a pilot: what they cost up front, what they earn
 * per sale (commission with tiers, or CPA), a bonus, their baseline and who
 * finance pays. Commission and bonus earned are computed from these, never typed.
 */
export function TermsFields({ values, errors, currency, set, children }: TermsFieldsProps) {
  const text = textFields({ prefix: 'creator', values, errors, set });
  const amount = (key: TextKey, label: string, hint?: string) =>
    text(key, label, { affix: currency, inputMode: 'decimal', ...(hint ? { hint } : {}) });
  const metric = values.bonusMetric;

  return (
    <>
      <fieldset className="group">
        <legend>Costs in this pilot</legend>
        <div className="form-grid">
          {children}
          {amount('stipend', 'Stipend')}
          {text('productUnits', 'Seeded product units', { inputMode: 'numeric' })}
          {amount('productUnitCost', 'Product unit cost')}
          {amount('seedingShipping', 'Seeding shipping')}
          {amount('fees', 'Fees', 'Agency, platform or contract fees for this creator')}
        </div>
      </fieldset>
      <fieldset className="group">
        <legend>Commission and CPA</legend>
        <div className="form-grid">
          {text('commissionRate', 'Commission rate', {
            affix: '%',
            inputMode: 'decimal',
            hint: 'Share of the revenue of their orders',
          })}
          {amount('cpa', 'CPA amount')}
          <SelectField
            id="creator-cpaBasis"
            label="CPA paid per"
            value={values.cpaBasis}
            options={CPA_BASIS_OPTIONS}
            onChange={(v) => set('cpaBasis', v)}
            error={errors.cpaBasis}
          />
        </div>
        <TierRows
          tiers={values.commissionTiers}
          errors={errors}
          currency={currency}
          onChange={(tiers) => set('commissionTiers', tiers)}
        />
      </fieldset>
      <fieldset className="group">
        <legend>Bonus</legend>
        <div className="form-grid">
          <SelectField
            id="creator-bonusMetric"
            label="Bonus when"
            value={metric}
            options={BONUS_OPTIONS}
            onChange={(v) => set('bonusMetric', v)}
            error={errors.bonusMetric}
          />
          {metric !== ''
            ? text('bonusThreshold', 'Bonus threshold', {
                affix: THRESHOLD_UNIT[metric] ?? currency,
                inputMode: metric === 'revenue' ? 'decimal' : 'numeric',
                hint: 'Reached within the pilot',
              })
            : null}
          {metric !== '' ? amount('bonusAmount', 'Bonus amount') : null}
        </div>
      </fieldset>
      <fieldset className="group">
        <legend>Baseline and payout</legend>
        <div className="form-grid">
          {amount('baselineRevenue', 'Baseline revenue', 'What their channel would have sold anyway (manual baseline)')}
          {text('payeeRef', 'Payee reference', { hint: "Finance's vendor or payee id, printed on the payout file" })}
        </div>
      </fieldset>
    </>
  );
}

interface TierRowsProps {
  tiers: TierValues[];
  errors: FieldErrors;
  currency: string;
  onChange(tiers: TierValues[]): void;
}

/** Higher rates from a cumulative revenue; the core's "commissionTiers.N.from" errors land on row N. */
function TierRows({ tiers, errors, currency, onChange }: TierRowsProps) {
  const update = (index: number, change: Partial<TierValues>) =>
    onChange(tiers.map((t, i) => (i === index ? { ...t, ...change } : t)));
  return (
    <div className="tier-rows">
      {tiers.length > 0 ? (
        <p className="field-hint">From each cumulative revenue within the pilot, the tier's rate applies.</p>
      ) : null}
      {tiers.map((t, i) => (
        // Rows have no identity of their own; the position is what the core's errors name.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <div className="tier-row" key={i}>
          <TextField
            id={`creator-commissionTiers-${i}-from`}
            label={`Tier ${i + 1} from revenue`}
            value={t.from}
            onChange={(from) => update(i, { from })}
            error={errors[`commissionTiers.${i}.from`]}
            affix={currency}
            inputMode="decimal"
          />
          <TextField
            id={`creator-commissionTiers-${i}-rate`}
            label={`Tier ${i + 1} rate`}
            value={t.rate}
            onChange={(rate) => update(i, { rate })}
            error={errors[`commissionTiers.${i}.rate`]}
            affix="%"
            inputMode="decimal"
          />
          <button
            type="button"
            className="button small"
            aria-label={`Remove tier ${i + 1}`}
            onClick={() => onChange(tiers.filter((_, j) => j !== i))}
          >
            Remove
          </button>
        </div>
      ))}
      <div className="actions">
        <button
          type="button"
          className="button small"
          disabled={tiers.length >= MAX_TIERS}
          onClick={() => onChange([...tiers, { from: '', rate: '' }])}
          aria-describedby={errors.commissionTiers ? 'creator-commissionTiers-error' : undefined}
        >
          Add commission tier
        </button>
        {errors.commissionTiers ? (
          <p className="field-error" id="creator-commissionTiers-error">
            {errors.commissionTiers}
          </p>
        ) : null}
      </div>
    </div>
  );
}
