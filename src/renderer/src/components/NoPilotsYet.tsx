import type { ReactNode } from 'react';
import { useNavigation } from '../stores/navigation';

interface NoPilotsYetProps {
  /** The screen's heading, kept so the screen reads the same with or without pilots. */
  title: string;
  headingId: string;
  /** Why the screen needs a pilot. */
  children: ReactNode;
}

/** The empty state of a screen that works on a pilot, when the workspace has none yet. */
export function NoPilotsYet({ title, headingId, children }: NoPilotsYetProps) {
  const go = useNavigation((s) => s.go);
  return (
    <section className="empty-state" aria-labelledby={headingId}>
      <h1 id={headingId}>{title}</h1>
      <p className="muted">{children}</p>
      <button type="button" className="button primary" onClick={() => go('pilots')}>
        Go to pilots
      </button>
    </section>
  );
}
