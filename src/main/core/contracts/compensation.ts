/**
 * A member's compensation model: which of their stored amounts they are paid
 * by, checked for completeness, and said in words for contracts and briefs.
 */

import { ApiError, type FieldIssue } from '../../../shared/api/errors';
import type { CompensationModel } from '../../../shared/contracts';
import type { PilotCreator } from '../../../shared/entities';
import { basisPointsToPercent, currencyExponent } from '../../../shared/money';

type Amounts = Pick<
  PilotCreator,
  | 'stipendMinor'
  | 'productUnits'
  | 'productUnitCostMinor'
  | 'commissionRateBp'
  | 'commissionTiers'
  | 'cpaMinor'
  | 'cpaBasis'
  | 'bonusMetric'
  | 'bonusThreshold'
  | 'bonusMinor'
>;

type Component = 'seed' | 'stipend' | 'commission' | 'cpa' | 'bonus';

/** The fields (as creators.update names them) each component needs. */
const NEEDS: Record<Component, [keyof Amounts, string][]> = {
  seed: [
    ['productUnits', 'productUnits'],
    ['productUnitCostMinor', 'productUnitCost'],
  ],
  stipend: [['stipendMinor', 'stipend']],
  commission: [['commissionRateBp', 'commissionRate']],
  cpa: [['cpaMinor', 'cpa']],
  bonus: [
    ['bonusMetric', 'bonusMetric'],
    ['bonusThreshold', 'bonusThreshold'],
    ['bonusMinor', 'bonusAmount'],
  ],
};

const SINGLE: Record<Exclude<CompensationModel, 'hybrid'>, Component> = {
  product_seed: 'seed',
  stipend: 'stipend',
  commission: 'commission',
  cpa: 'cpa',
  performance_bonus: 'bonus',
};

const ORDER: Component[] = ['seed', 'stipend', 'commission', 'cpa', 'bonus'];

function has(m: Amounts, c: Component): boolean {
  return NEEDS[c].every(([key]) => m[key] !== null);
}

/** The components a model pays by; a hybrid pays by every one that is complete. */
function componentsOf(model: CompensationModel, m: Amounts): Component[] {
  if (model === 'hybrid') return ORDER.filter((c) => has(m, c));
  return [SINGLE[model]];
}

/** Throws naming each amount the model needs but the member lacks. */
export function checkModel(model: CompensationModel, m: Amounts): void {
  const issues: FieldIssue[] = [];
  if (model === 'hybrid') {
    if (componentsOf(model, m).length < 2) {
      issues.push({
        field: 'model',
        message: 'A hybrid needs at least two complete parts (e.g. a stipend and a commission rate)',
      });
    }
  } else {
    for (const [key, field] of NEEDS[SINGLE[model]]) {
      if (m[key] === null) issues.push({ field, message: `The ${model.replace('_', ' ')} model needs ${field}` });
    }
  }
  if (issues.length > 0) {
    throw new ApiError('invalid_input', issues.map((i) => `${i.field}: ${i.message}`).join('; '), issues);
  }
}

/** "1,500.00 USD": plain and unambiguous in a contract, whatever the reader's locale. */
export function amountWords(minor: number, currency: string): string {
  const exp = currencyExponent(currency);
  const number = new Intl.NumberFormat('en-US', { minimumFractionDigits: exp, maximumFractionDigits: exp });
  return `${number.format(minor / 10 ** exp)} ${currency}`;
}

const n = (v: number | null): number => v ?? 0;

function commissionWords(m: Amounts, currency: string): string {
  const base = `${basisPointsToPercent(n(m.commissionRateBp))}% commission`;
  if (m.commissionTiers.length === 0) return base;
  const tiers = m.commissionTiers.map(
    (t) => `${basisPointsToPercent(t.rateBp)}% above ${amountWords(t.fromMinor, currency)}`,
  );
  return `${base}, rising to ${tiers.join(' and ')} of revenue`;
}

function bonusWords(m: Amounts, currency: string): string {
  const at =
    m.bonusMetric === 'revenue'
      ? `${amountWords(n(m.bonusThreshold), currency)} of revenue`
      : `${n(m.bonusThreshold)} ${m.bonusMetric === 'new_customers' ? 'new customers' : 'net orders'}`;
  return `a ${amountWords(n(m.bonusMinor), currency)} bonus at ${at}`;
}

function words(c: Component, m: Amounts, currency: string): string {
  switch (c) {
    case 'seed': {
      const units = n(m.productUnits);
      return `${units} product unit${units === 1 ? '' : 's'} (${amountWords(n(m.productUnitCostMinor), currency)} each at cost)`;
    }
    case 'stipend':
      return `${amountWords(n(m.stipendMinor), currency)} stipend`;
    case 'commission':
      return commissionWords(m, currency);
    case 'cpa':
      return `${amountWords(n(m.cpaMinor), currency)} per ${m.cpaBasis === 'new_customer' ? 'new customer' : 'net order'}`;
    case 'bonus':
      return bonusWords(m, currency);
  }
}

/**
 * "150.00 USD stipend, 10% commission, rising to 15% above 1,500.00 USD of
 * revenue; a 100.00 USD bonus at 25 net orders". Null while a needed amount
 * is missing, so a document names compensation as missing rather than
 * stating half the deal.
 */
export function compensationSummary(model: CompensationModel | null, m: Amounts, currency: string): string | null {
  if (model === null) return null;
  try {
    checkModel(model, m);
  } catch {
    return null;
  }
  const parts = componentsOf(model, m);
  const fixed = parts.filter((c) => c !== 'bonus').map((c) => words(c, m, currency));
  const bonus = parts.includes('bonus') ? bonusWords(m, currency) : null;
  if (fixed.length === 0) return bonus ? bonus.replace(/^a /, 'A ') : null;
  return bonus ? `${fixed.join(', ')}; ${bonus}` : fixed.join(', ');
}
