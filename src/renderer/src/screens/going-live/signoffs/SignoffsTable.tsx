import { useEffect, useState } from 'react';
import { CHECKPOINT_LABELS, CHECKPOINTS, type MemberSignoffs, type SignoffState } from '../../../../../shared/signoffs';
import { request } from '../../../api/client';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { STAGE_LABELS } from '../../../labels';
import { useSignoffs } from '../../../stores/signoffs';
import { SignDialog } from './SignDialog';
import { checkpointText, signedDay } from './signoff-text';

type Target = { member: MemberSignoffs; state: SignoffState };

/** A minute is fine enough for "Overdue by N h"; the table stays open on a desk all day. */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

/** One row per member being readied, one column per checkpoint: who signed it when, or when it is due. */
export function SignoffsTable() {
  const members = useSignoffs((s) => s.members);
  const putMember = useSignoffs((s) => s.putMember);
  const now = useNow();
  const [signing, setSigning] = useState<Target | null>(null);
  const [clearing, setClearing] = useState<Target | null>(null);

  return (
    <>
      <div className="table-wrap">
        <table className="table signoffs-table" aria-label="Sign-offs">
          <thead>
            <tr>
              <th scope="col">Creator</th>
              {CHECKPOINTS.map((c) => (
                <th scope="col" key={c}>
                  {CHECKPOINT_LABELS[c]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr key={m.memberId}>
                <th scope="row">
                  {m.name}
                  <span className="muted small signoff-stage">{STAGE_LABELS[m.stage]}</span>
                </th>
                {m.checkpoints.map((state) => (
                  <CheckpointCell
                    key={state.checkpoint}
                    member={m}
                    state={state}
                    now={now}
                    onSign={() => setSigning({ member: m, state })}
                    onClear={() => setClearing({ member: m, state })}
                  />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {signing ? (
        <SignDialog
          memberId={signing.member.memberId}
          name={signing.member.name}
          checkpoint={signing.state.checkpoint}
          onClose={() => setSigning(null)}
        />
      ) : null}
      {clearing ? (
        <ConfirmDialog
          title={`Clear “${clearing.state.label}”?`}
          message={`${clearing.member.name}'s “${clearing.state.label}” was signed off by ${clearing.state.signedBy ?? 'someone'} on ${clearing.state.signedAt ? signedDay(clearing.state.signedAt) : 'an earlier day'}. Clearing it reopens the checkpoint (its clock starts again) and is logged.`}
          confirmLabel="Clear sign-off"
          onConfirm={async () =>
            putMember(
              await request('signoffs.set', {
                memberId: clearing.member.memberId,
                checkpoint: clearing.state.checkpoint,
                signed: false,
              }),
            )
          }
          onClose={() => setClearing(null)}
        />
      ) : null}
    </>
  );
}

interface CellProps {
  member: MemberSignoffs;
  state: SignoffState;
  now: number;
  onSign(): void;
  onClear(): void;
}

function CheckpointCell({ member, state, now, onSign, onClear }: CellProps) {
  const shown = checkpointText(state, now);
  const what = `${state.label} for ${member.name}`;
  return (
    <td className={`signoff-cell signoff-${shown.tone}`}>
      <p className={shown.tone === 'overdue' ? 'warning-text signoff-text' : 'signoff-text'}>{shown.text}</p>
      {state.note ? <p className="muted small">{state.note}</p> : null}
      {state.noLongerHolds ? <p className="warning-text small">No longer holds: {state.noLongerHolds}</p> : null}
      {state.signedAt ? (
        <button type="button" className="button small" aria-label={`Clear ${what}`} onClick={onClear}>
          Clear…
        </button>
      ) : (
        <button type="button" className="button small" aria-label={`Sign off ${what}`} onClick={onSign}>
          Sign off…
        </button>
      )}
    </td>
  );
}
