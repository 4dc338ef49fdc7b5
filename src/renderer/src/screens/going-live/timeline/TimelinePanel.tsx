import type { Pilot } from '../../../../../shared/entities';

/** Placeholder: the helper building this tab replaces it. */
export function TimelinePanel({ pilot }: { pilot: Pilot }) {
  return <p className="muted">Timeline for {pilot.name}</p>;
}
