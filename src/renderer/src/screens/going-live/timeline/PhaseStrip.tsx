import type { PilotTimeline } from '../../../../../shared/signoffs';
import { dayRange } from './day-words';

/** The pilot's phases left to right with their dates; the one today falls in is marked. */
export function PhaseStrip({ timeline }: { timeline: PilotTimeline }) {
  const { phases, current } = timeline;
  const first = phases[0];
  const last = phases.at(-1);
  return (
    <section className="section" aria-labelledby="timeline-phases-title">
      <h2 id="timeline-phases-title">Phases</h2>
      <p className="muted" role="status">
        {current === null && first
          ? `Today is before week 0: sourcing and outreach start ${dayRange(first.start, first.start)}.`
          : last && timeline.week.date > last.end
            ? `The pilot ended ${dayRange(timeline.endDate, timeline.endDate)} and its week to scale or stop is past: record the decision on the Review screen.`
            : `Week 1 starts on the pilot's start date; the pilot ends ${dayRange(timeline.endDate, timeline.endDate)}.`}
      </p>
      <ol className="phase-strip" aria-label="Pilot phases">
        {phases.map((p) => {
          const now = p.phase === current;
          return (
            <li
              key={p.phase}
              className={now ? 'phase current' : 'phase'}
              aria-current={now ? 'step' : undefined}
              data-phase={p.phase}
            >
              <span className="phase-label">{p.label}</span>
              <span className="phase-dates">{dayRange(p.start, p.end)}</span>
              {now ? <span className="state-pill phase-now">Now</span> : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
