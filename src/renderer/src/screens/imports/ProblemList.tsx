import type { RowProblem } from '../../../../shared/imports';
import { count } from '../../format';

/** Every problem row with its row number, the field at fault and why; the rest are counted. */
export function ProblemList({ problems, total }: { problems: RowProblem[]; total: number }) {
  if (total === 0) return null;
  const more = total - problems.length;
  return (
    <section className="import-section" aria-labelledby="import-problems">
      <h3 id="import-problems">
        Problems ({count(total)} {total === 1 ? 'row' : 'rows'})
      </h3>
      <ul className="problem-list">
        {problems.map((p) => (
          <li key={`${p.row}:${p.field ?? ''}:${p.message}`}>
            <strong>Row {p.row}</strong>
            {p.field ? <span className="mono"> {p.field}</span> : null}: {p.message}
          </li>
        ))}
      </ul>
      {more > 0 ? (
        <p className="muted">
          and {count(more)} more {more === 1 ? 'problem' : 'problems'} not shown here; they are in the summary of the
          import.
        </p>
      ) : null}
    </section>
  );
}
