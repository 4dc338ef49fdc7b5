import { useEffect } from 'react';
import type { Pilot } from '../../../../../shared/entities';
import { FormAlert } from '../../../components/FormAlert';
import { useSignoffs } from '../../../stores/signoffs';
import '../../../styles/signoffs.css';
import { OverdueList } from './OverdueList';
import { SignoffsTable } from './SignoffsTable';
import { SlaForm } from './SlaForm';

/** The five checkpoints per creator with who signed them when, the time each may take, and what is overdue. */
export function SignoffsPanel({ pilot }: { pilot: Pilot }) {
  const { load, loading, error, sla, members } = useSignoffs();
  const loadedFor = useSignoffs((s) => s.pilotId);

  useEffect(() => {
    void load(pilot.id);
  }, [pilot.id, load]);

  const ready = loadedFor === pilot.id && sla !== null;
  return (
    <div className="going-live-panel">
      <section className="section" aria-labelledby="signoffs-title">
        <h2 id="signoffs-title">Sign-offs</h2>
        <p className="muted">
          Each creator passes five checkpoints, in order; each sign-off records who made it and when. Contract, tracking
          and content sign-offs need the facts to agree: a contract is signed off only once it is marked signed.
        </p>
        <p className="muted" role="status">
          {loading && !ready ? 'Loading sign-offs…' : ''}
        </p>
        <FormAlert message={error} />
        {ready && members.length > 0 ? <SignoffsTable /> : null}
      </section>
      {ready && sla ? <SlaForm sla={sla} /> : null}
      {ready ? <OverdueList pilotId={pilot.id} /> : null}
    </div>
  );
}
