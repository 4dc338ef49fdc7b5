import type { Pilot } from '../../../../../shared/entities';

/** Placeholder: the helper building this tab replaces it. */
export function SignoffsPanel({ pilot }: { pilot: Pilot }) {
  return <p className="muted">Sign-offs for {pilot.name}</p>;
}
