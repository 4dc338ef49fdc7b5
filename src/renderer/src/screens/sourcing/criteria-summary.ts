/**
 * The fit criteria in words: what each one asks for, and why a criterion
 * with a weight is left out of every score (no band, no minimum, no market,
 * no categories). The criteria panel shows it closed; the fit dialog names
 * the criteria a score does not count, so a score of 100 never looks unexplained.
 */

import { CRITERIA, CRITERION_LABELS, type Criterion, type FitCriteria } from '../../../../shared/sourcing';
import { engagementText, followersText } from './prospect-format';

/** Why a criterion counts for nothing, or null when it is scored. Mirrors the judges in shared/fit.ts. */
export function notScoredBecause(c: Criterion, criteria: FitCriteria, market: string | null): string | null {
  if (criteria[c].weight <= 0) return 'weight 0';
  switch (c) {
    case 'followers':
      return criteria.followers.min === null && criteria.followers.max === null ? 'no follower band set' : null;
    case 'engagement':
      return criteria.engagement.minBp === null ? 'no minimum engagement set' : null;
    case 'region':
      return (criteria.region.market ?? market ?? '').trim() === '' ? 'no market on the pilot or the criteria' : null;
    case 'categories':
      return criteria.categories.wanted.length === 0 ? 'no wanted categories set' : null;
    default:
      return null;
  }
}

function asks(c: Criterion, criteria: FitCriteria, market: string | null): string {
  switch (c) {
    case 'followers': {
      const { min, max } = criteria.followers;
      if (min !== null && max !== null) return `${followersText(min)}–${followersText(max)} followers`;
      return min !== null ? `at least ${followersText(min)} followers` : `at most ${followersText(max)} followers`;
    }
    case 'engagement':
      return `engagement from ${engagementText(criteria.engagement.minBp)}`;
    case 'region':
      return `based in ${criteria.region.market ?? market}`;
    case 'categories':
      return `posts about ${criteria.categories.wanted.join(', ')}`;
    case 'shoppingLinks':
      return 'posts shopping links';
    case 'pastBrands':
      return criteria.pastBrands.brands.length > 0
        ? `mentioned ${criteria.pastBrands.brands.join(', ')}`
        : 'past brand mentions';
  }
}

/** One line: "25K–50K followers (3) · engagement from 3% (3) · …; not scored: Category match". */
export function criteriaSummary(criteria: FitCriteria, market: string | null): string {
  const scored: string[] = [];
  const left: string[] = [];
  for (const c of CRITERIA) {
    if (notScoredBecause(c, criteria, market)) left.push(CRITERION_LABELS[c]);
    else scored.push(`${asks(c, criteria, market)} (${criteria[c].weight})`);
  }
  const head = scored.length > 0 ? scored.join(' · ') : 'No criterion is scored yet';
  return left.length > 0 ? `${head}; not scored: ${left.join(', ')}` : head;
}
