import type { GoLiveCheck } from '../../../../../shared/signoffs';
import { STAGE_LABELS } from '../../../labels';
import { useGoingLive } from '../../../stores/going-live';
import { canMarkLive, STEP_ACTIONS, STEP_VIEWS } from './gate-steps';

/** The gate's refusal, shown by the row (or above the table for "Mark all ready live"). */
export interface Refusal {
  where: number | 'all';
  message: string;
}

interface GateTableProps {
  checks: GoLiveCheck[];
  refusal: Refusal | null;
  onMarkLive(memberId: number): void;
}

/** Each member, their stage, and "Ready to go live" or what is missing with the way to fix it. */
export function GateTable({ checks, refusal, onMarkLive }: GateTableProps) {
  const setView = useGoingLive((s) => s.setView);

  return (
    <div className="table-wrap">
      <table className="table gate-table" aria-label="Go-live check">
        <thead>
          <tr>
            <th scope="col">Creator</th>
            <th scope="col">Stage</th>
            <th scope="col">Check</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {checks.map((c) => (
            <tr key={c.memberId}>
              <th scope="row">{c.name}</th>
              <td>
                <span className={`state-pill stage-${c.stage}`}>{STAGE_LABELS[c.stage]}</span>
              </td>
              <td className="gate-check">
                {c.problems.length === 0 ? (
                  <span className="gate-ready">✓ Ready to go live</span>
                ) : (
                  <ul className="gate-problems" aria-label={`What ${c.name} still needs`}>
                    {c.problems.map((p) => (
                      <li key={`${p.step}-${p.message}`}>
                        <span className="warning-text">{p.message}</span>
                        <button
                          type="button"
                          className="button small"
                          aria-label={`${STEP_ACTIONS[p.step]} to fix “${p.message}” for ${c.name}`}
                          onClick={() => setView(STEP_VIEWS[p.step])}
                        >
                          {STEP_ACTIONS[p.step]}
                        </button>
                      </li>
                    ))}
                  </ul>
                )}
                {refusal?.where === c.memberId ? (
                  <p className="alert gate-refusal" role="alert">
                    {refusal.message}
                  </p>
                ) : null}
              </td>
              <td>
                {canMarkLive(c.stage) ? (
                  <button
                    type="button"
                    className={c.problems.length === 0 ? 'button small primary' : 'button small'}
                    aria-label={`Mark ${c.name} live`}
                    onClick={() => onMarkLive(c.memberId)}
                  >
                    Mark live
                  </button>
                ) : (
                  <span className="muted small">Already {STAGE_LABELS[c.stage].toLowerCase()}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
