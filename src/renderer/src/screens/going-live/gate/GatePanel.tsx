import type { Pilot } from '../../../../../shared/entities';

/** Placeholder: the helper building this tab replaces it. */
export function GatePanel({ pilot }: { pilot: Pilot }) {
  return <p className="muted">Go live for {pilot.name}</p>;
}
