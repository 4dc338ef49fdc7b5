import { useMemo } from 'react';
import { PLATFORMS, type Platform } from '../../../../shared/entities';
import type { Prospect } from '../../../../shared/sourcing';
import { count } from '../../format';
import { PLATFORM_LABELS } from '../../labels';
import { NO_FILTERS, useSourcing } from '../../stores/sourcing';

interface ProspectFiltersProps {
  prospects: Prospect[];
  shown: number;
}

const sorted = (values: Iterable<string>) => [...new Set(values)].sort((a, b) => a.localeCompare(b));

/** Search, minimum score, platform, country and reviewer; the table follows as the user types. */
export function ProspectFilters({ prospects, shown }: ProspectFiltersProps) {
  const { filters, setFilter, clearFilters } = useSourcing();
  const countries = useMemo(
    () => sorted(prospects.flatMap((p) => (p.profile.country ? [p.profile.country] : []))),
    [prospects],
  );
  const reviewers = useMemo(() => sorted(prospects.flatMap((p) => (p.reviewer ? [p.reviewer] : []))), [prospects]);
  const platforms = useMemo(() => {
    const used = new Set(prospects.flatMap((p) => p.profile.handles.map((h) => h.platform)));
    return PLATFORMS.filter((p) => used.has(p));
  }, [prospects]);
  const active = (Object.keys(NO_FILTERS) as (keyof typeof NO_FILTERS)[]).some(
    (k) => k !== 'stage' && filters[k] !== NO_FILTERS[k],
  );

  return (
    <search className="filter-bar" aria-label="Filter prospects">
      <div className="field grow">
        <label htmlFor="prospect-search">Search</label>
        <input
          id="prospect-search"
          className="input"
          type="search"
          value={filters.search}
          placeholder="Name, handle, city, category…"
          onChange={(e) => setFilter('search', e.target.value)}
        />
      </div>
      <div className="field narrow-field">
        <label htmlFor="prospect-min-score">Min. fit</label>
        <input
          id="prospect-min-score"
          className="input"
          inputMode="numeric"
          value={filters.minScore}
          placeholder="0–100"
          onChange={(e) => setFilter('minScore', e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="prospect-platform">Platform</label>
        <select
          id="prospect-platform"
          className="input"
          value={filters.platform}
          onChange={(e) => setFilter('platform', e.target.value as Platform | '')}
        >
          <option value="">Any</option>
          {platforms.map((p) => (
            <option key={p} value={p}>
              {PLATFORM_LABELS[p]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="prospect-country">Country</label>
        <select
          id="prospect-country"
          className="input"
          value={filters.country}
          onChange={(e) => setFilter('country', e.target.value)}
        >
          <option value="">Any</option>
          {countries.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="prospect-reviewer">Reviewer</label>
        <select
          id="prospect-reviewer"
          className="input"
          value={filters.reviewer}
          onChange={(e) => setFilter('reviewer', e.target.value)}
        >
          <option value="">Anyone</option>
          <option value="-">No reviewer yet</option>
          {reviewers.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </div>
      <p className="muted filter-count" role="status">
        {count(shown)} of {count(prospects.length)} shown
      </p>
      {active ? (
        <button type="button" className="button small" onClick={clearFilters}>
          Clear filters
        </button>
      ) : null}
    </search>
  );
}
