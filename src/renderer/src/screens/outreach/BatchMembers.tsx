import type { Prospect } from '../../../../shared/sourcing';
import { count } from '../../format';
import { STAGE_LABELS } from '../../labels';
import { useOutreach } from '../../stores/outreach';

interface BatchMembersProps {
  prospects: Prospect[];
  chosen: ReadonlySet<number>;
  onChange(chosen: Set<number>): void;
  onDefault(): void;
  /** Where the choice came from ("Sent from Sourcing", "Shortlisted, not yet contacted"). */
  origin: string;
}

/** Who the batch writes to: the pilot's members, checked or not; each has its contact log. */
export function BatchMembers({ prospects, chosen, onChange, onDefault, origin }: BatchMembersProps) {
  const openLog = useOutreach((s) => s.openLog);
  const toggle = (id: number, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    onChange(next);
  };
  return (
    <fieldset className="group batch-members">
      <legend>
        Creators ({count(chosen.size)} of {count(prospects.length)})
      </legend>
      <p className="muted">{origin}</p>
      <div className="actions">
        <button type="button" className="button small" onClick={onDefault}>
          Shortlisted, not contacted
        </button>
        <button type="button" className="button small" onClick={() => onChange(new Set())}>
          None
        </button>
      </div>
      <ul className="member-list" aria-label="Creators in the batch">
        {prospects.map((p) => (
          <li key={p.memberId}>
            <label className="toggle">
              <input
                type="checkbox"
                checked={chosen.has(p.memberId)}
                onChange={(e) => toggle(p.memberId, e.target.checked)}
              />
              <span>
                {p.profile.name}
                <span className="muted">
                  {' '}
                  · {STAGE_LABELS[p.stage]} · fit {p.fit.score}
                  {p.profile.email ? '' : ' · no email'}
                  {p.lastContactAt ? ' · contacted' : ''}
                </span>
              </span>
            </label>
            <button
              type="button"
              className="button small"
              aria-label={`Contact log of ${p.profile.name}`}
              onClick={() => openLog({ memberId: p.memberId, name: p.profile.name })}
            >
              Log
            </button>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
