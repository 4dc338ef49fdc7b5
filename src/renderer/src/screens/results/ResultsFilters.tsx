import { VERDICT_LABELS, VERDICTS, type Verdict } from '../../../../shared/results';
import { useResults } from '../../stores/results';

/** Narrows the per-creator table by name, handle or code, and by verdict. */
export function ResultsFilters() {
  const { search, setSearch, verdict, setVerdict } = useResults();
  return (
    <search className="result-filters" aria-label="Filter creators">
      <div className="field">
        <label htmlFor="results-search">Find a creator</label>
        <input
          id="results-search"
          className="input"
          type="search"
          value={search}
          placeholder="Name, handle or code"
          onChange={(e) => setSearch(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="results-verdict">Verdict</label>
        <select
          id="results-verdict"
          className="input"
          value={verdict ?? ''}
          onChange={(e) => setVerdict(e.target.value === '' ? null : (e.target.value as Verdict))}
        >
          <option value="">Any</option>
          {VERDICTS.map((v) => (
            <option key={v} value={v}>
              {VERDICT_LABELS[v]}
            </option>
          ))}
        </select>
      </div>
    </search>
  );
}
