import type { Stage } from '../../../../shared/entities';
import { date, dateTime } from '../../format';
import { STAGE_LABELS } from '../../labels';
import { useOutreach } from '../../stores/outreach';

function overdueText(days: number): string {
  if (days === 0) return 'Due today';
  return days === 1 ? '1 day overdue' : `${days} days overdue`;
}

/** Follow-ups due today or before, oldest first, in every pilot; each opens the creator's contact log. */
export function DueList() {
  const { due, openLog } = useOutreach();
  if (due.length === 0) {
    return (
      <p className="muted">
        Nothing due today. A follow-up date is set when a batch is exported or a contact is logged.
      </p>
    );
  }
  return (
    <div className="table-wrap">
      <table className="table" aria-label="Follow-ups due">
        <thead>
          <tr>
            <th scope="col">Creator</th>
            <th scope="col">Pilot</th>
            <th scope="col">Stage</th>
            <th scope="col">Follow-up</th>
            <th scope="col">Last contact</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {due.map((d) => (
            <tr key={d.memberId} className={d.overdueDays > 0 ? 'overdue-row' : undefined}>
              <td>
                {d.name}
                {d.handle ? <span className="muted"> @{d.handle}</span> : null}
              </td>
              <td>{d.pilotName}</td>
              <td>{STAGE_LABELS[d.stage as Stage] ?? d.stage}</td>
              <td>
                {date(d.followUpDate)}{' '}
                <span className={d.overdueDays > 0 ? 'badge overdue' : 'badge'}>{overdueText(d.overdueDays)}</span>
              </td>
              <td>{d.lastContactAt ? dateTime(d.lastContactAt) : '—'}</td>
              <td>
                <button
                  type="button"
                  className="button small"
                  aria-label={`Contact log of ${d.name}`}
                  onClick={() => openLog({ memberId: d.memberId, name: d.name })}
                >
                  Log
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
