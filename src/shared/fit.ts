/**
 * Fit scores: a profile against a pilot's criteria, each criterion met,
 * missed or unknown, with the words that explain it. Pure, so the sourcing
 * screen can rescore 2,000 profiles as the user moves a weight.
 */

import type { FitCriteria, FitScore, Profile } from './sourcing';

/** Scores one profile; `market` is the pilot's, used when the criteria name no region. */
export function scoreProfile(_profile: Profile, _criteria: FitCriteria, _market: string | null): FitScore {
  throw new Error('Not built yet');
}

/** "Why they fit" in one sentence, from the criteria met ("12,500 followers, 4.1% engagement, based in Berlin"). */
export function whyTheyFit(_fit: FitScore): string {
  throw new Error('Not built yet');
}
