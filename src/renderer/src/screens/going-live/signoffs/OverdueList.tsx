import { dateTime } from '../../../format';
import { usePilots } from '../../../stores/pilots';
import { useSignoffs } from '../../../stores/signoffs';

/** Open checkpoints past their time across every pilot, most overdue first; another pilot's row opens that pilot. */
export function OverdueList({ pilotId }: { pilotId: number }) {
  const overdue = useSignoffs((s) => s.overdue);
  const select = usePilots((s) => s.select);

  return (
    <section className="section" aria-labelledby="overdue-title">
      <h2 id="overdue-title">Overdue across all pilots</h2>
      {overdue.length === 0 ? (
        <p className="muted">Nothing overdue: every open sign-off, in every pilot, is within its time.</p>
      ) : (
        <div className="table-wrap">
          <table className="table" aria-label="Overdue sign-offs">
            <thead>
              <tr>
                <th scope="col">Pilot</th>
                <th scope="col">Creator</th>
                <th scope="col">Checkpoint</th>
                <th scope="col">Was due</th>
                <th scope="col" className="num">
                  Overdue
                </th>
              </tr>
            </thead>
            <tbody>
              {overdue.map((o) => (
                <tr key={`${o.memberId}-${o.checkpoint}`}>
                  <td>
                    {o.pilotId === pilotId ? (
                      <span>
                        {o.pilotName} <span className="muted small">(this pilot)</span>
                      </span>
                    ) : (
                      <button
                        type="button"
                        className="button small"
                        aria-label={`Open pilot ${o.pilotName}`}
                        onClick={() => select(o.pilotId)}
                      >
                        {o.pilotName}
                      </button>
                    )}
                  </td>
                  <td>{o.name}</td>
                  <td>{o.label}</td>
                  <td>{dateTime(o.dueAt)}</td>
                  <td className="num warning-text">{o.hoursOverdue < 1 ? 'under 1 h' : `${o.hoursOverdue} h`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
