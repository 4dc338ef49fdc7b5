/**
 * What the sourcing table shows: the board's prospects, rescored with the
 * criteria being typed (if any), then the filter bar's choices, then the
 * stage picked. Pure and in memory: 2,000 profiles rescore and filter as
 * the user types.
 */

import { scoreProfile } from '../../../../shared/fit';
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
  const matching = matchFilters(scored, filters);
  const shown = filters.stage === 'all' ? matching : matching.filter((p) => p.stage === filters.stage);
  return { scored, matching, shown };
}

function matchFilters(prospects: Prospect[], f: ProspectFilters): Prospect[] {
  const words = f.search.trim().toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const minScore = Number(f.minScore);
  const min = f.minScore.trim() !== '' && Number.isFinite(minScore) ? minScore : null;
  const country = f.country.toLocaleLowerCase();
  return prospects.filter((p) => {
    const pr = p.profile;
    if (min !== null && p.fit.score < min) return false;
    if (f.platform && !pr.handles.some((h) => h.platform === f.platform)) return false;
    if (country && (pr.country ?? '').toLocaleLowerCase() !== country) return false;
    if (f.reviewer === '-' ? p.reviewer !== null : f.reviewer && p.reviewer !== f.reviewer) return false;
    if (words.length === 0) return true;
    const text = [
      pr.name,
      pr.email,
      pr.city,
      pr.region,
      pr.country,
      ...pr.categories,
      ...pr.handles.map((h) => h.handle),
    ]
      .join(' ')
      .toLocaleLowerCase();
    return words.every((w) => text.includes(w));
  });
}
