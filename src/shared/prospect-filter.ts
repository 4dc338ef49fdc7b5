/**
 * Filtering a pilot's prospects on screen. Pure and allocation-light: the
 * sourcing screen filters 2,000 profiles on every keystroke.
 */

import type { Platform, Stage } from './entities';
import { samePlace } from './fit';
import type { Prospect } from './sourcing';

export interface ProspectFilter {
  /** Matches name, any handle, email, city, country or a category; a leading @ is ignored. */
  search?: string;
  stages?: Stage[];
  minScore?: number;
  /** Has a handle on any of these platforms. */
  platforms?: Platform[];
  /** Country by name or ISO code, any case. */
  country?: string;
  /** A reviewer's name, or null for members no one reviews yet. */
  reviewer?: string | null;
  minFollowers?: number;
  maxFollowers?: number;
}

export function filterProspects(prospects: readonly Prospect[], filter: ProspectFilter): Prospect[] {
  const search = filter.search?.trim().replace(/^@/, '').toLowerCase() ?? '';
  const stages = filter.stages?.length ? new Set(filter.stages) : null;
  const platforms = filter.platforms?.length ? new Set(filter.platforms) : null;
  const country = filter.country?.trim() ?? '';
  const { minScore, reviewer, minFollowers, maxFollowers } = filter;
  return prospects.filter((p) => {
    const profile = p.profile;
    if (stages && !stages.has(p.stage)) return false;
    if (minScore !== undefined && p.fit.score < minScore) return false;
    if (reviewer !== undefined && p.reviewer !== reviewer) return false;
    if (minFollowers !== undefined && (profile.followers === null || profile.followers < minFollowers)) return false;
    if (maxFollowers !== undefined && (profile.followers === null || profile.followers > maxFollowers)) return false;
    if (country && (profile.country === null || !samePlace(profile.country, country))) return false;
    if (platforms && !profile.handles.some((h) => platforms.has(h.platform))) return false;
    return search === '' || matchesSearch(p, search);
  });
}

function matchesSearch(p: Prospect, search: string): boolean {
  const { profile } = p;
  return (
    has(profile.name, search) ||
    has(profile.email, search) ||
    has(profile.city, search) ||
    has(profile.country, search) ||
    profile.handles.some((h) => has(h.handle, search)) ||
    profile.categories.some((c) => has(c, search))
  );
}

function has(text: string | null, search: string): boolean {
  return text?.toLowerCase().includes(search) ?? false;
}
