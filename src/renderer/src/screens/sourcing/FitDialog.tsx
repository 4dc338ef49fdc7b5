import { CRITERIA, CRITERION_LABELS, type FitCriteria, type FitScore, type Outcome } from '../../../../shared/sourcing';
import { Modal } from '../../components/Modal';
import { notScoredBecause } from './criteria-summary';

const OUTCOME_WORDS: Record<Outcome, string> = { met: 'Met', missed: 'Missed', unknown: 'Unknown' };

interface FitDialogProps {
  name: string;
  fit: FitScore;
  /** The criteria the score used (typed but unsaved ones while the panel is being edited). */
  criteria: FitCriteria;
  market: string | null;
  onEdit(): void;
  onClose(): void;
}

/** How a fit score was reached: each criterion in play, met, missed or unknown, with its words and points. */
export function FitDialog({ name, fit, criteria, market, onEdit, onClose }: FitDialogProps) {
  const left = CRITERIA.flatMap((c) => {
    const why = notScoredBecause(c, criteria, market);
    return why ? [`${CRITERION_LABELS[c]} (${why})`] : [];
  });
  return (
    <Modal title={`Fit of ${name}: ${fit.score} of 100`} onClose={onClose}>
      <div className="form">
        <p className="muted">
          {fit.points} of {fit.maxPoints} points from the criteria in play. A criterion with no data counts as unknown:
          no points, and worth filling in on the profile.
        </p>
        {fit.parts.length === 0 ? (
          <p className="muted">No criterion has a weight above 0: set the pilot's fit criteria to score profiles.</p>
        ) : (
          <div className="table-wrap">
            <table className="table" aria-label="How the score was reached">
              <thead>
                <tr>
                  <th scope="col">Criterion</th>
                  <th scope="col">Outcome</th>
                  <th scope="col">Why</th>
                  <th scope="col" className="num">
                    Points
                  </th>
                </tr>
              </thead>
              <tbody>
                {fit.parts.map((part) => (
                  <tr key={part.criterion}>
                    <th scope="row">{CRITERION_LABELS[part.criterion]}</th>
                    <td>
                      <span className={`badge outcome-${part.outcome}`}>{OUTCOME_WORDS[part.outcome]}</span>
                    </td>
                    <td className="wrap">{part.text}</td>
                    <td className="num">
                      {part.points} of {part.weight}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {left.length > 0 ? (
          <p className="muted">Not scored: {left.join(', ')}. Set them under Fit criteria to count them.</p>
        ) : null}
        <div className="modal-foot">
          <button type="button" className="button" onClick={onEdit}>
            Edit profile
          </button>
          <button type="button" className="button primary" onClick={onClose} data-autofocus>
            Close
          </button>
        </div>
      </div>
    </Modal>
  );
}
