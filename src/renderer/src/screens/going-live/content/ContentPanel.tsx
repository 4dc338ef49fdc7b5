import type { Pilot } from '../../../../../shared/entities';

/** Placeholder: the helper building this tab replaces it. */
export function ContentPanel({ pilot }: { pilot: Pilot }) {
  return <p className="muted">Content for {pilot.name}</p>;
}
