/**
 * What the sourcing table shows: the board's prospects, rescored with the
 * criteria being typed (if any), then the filter bar's choices, then the
 * stage picked. Pure and in memory: 2,000 profiles rescore and filter as
 * the user types.
 */

import { scoreProfile } from '../../../../shared/fit';
import { filterProspects, type ProspectFilter } from '../../../../shared/prospect-filter';
import type { FitCriteria, Prospect, SourcingBoard } from '../../../../shared/sourcing';
import type { ProspectFilters } from '../../stores/sourcing';

export interface ProspectView {
  /** Every prospect, with the draft criteria's scores when there is a draft. */
  scored: Prospect[];
  /** Those the filter bar matches, in every stage. */
  matching: Prospect[];
  /** Those matching in the stage picked. */
  shown: Prospect[];
}

export function shownProspects(
  board: SourcingBoard,
  draft: FitCriteria | null,
  filters: ProspectFilters,
): ProspectView {
  const scored = draft
    ? board.prospects.map((p) => ({ ...p, fit: scoreProfile(p.profile, draft, board.market) }))
    : board.prospects;
  const matching = filterProspects(scored, asFilter(filters));
  const shown = filters.stage === 'all' ? matching : filterProspects(matching, { stages: [filters.stage] });
  return { scored, matching, shown };
}

/** The filter bar's choices as filterProspects takes them; a minimum score that is not a number is left out. */
function asFilter(f: ProspectFilters): ProspectFilter {
  const filter: ProspectFilter = {};
  if (f.search.trim() !== '') filter.search = f.search;
  const min = Number(f.minScore);
  if (f.minScore.trim() !== '' && Number.isFinite(min)) filter.minScore = min;
  if (f.platform) filter.platforms = [f.platform];
  if (f.country) filter.country = f.country;
  if (f.reviewer) filter.reviewer = f.reviewer === '-' ? null : f.reviewer;
  return filter;
}
