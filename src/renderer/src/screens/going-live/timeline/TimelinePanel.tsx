import { useState } from 'react';
import { addDays } from '../../../../../shared/dates';
import type { Pilot } from '../../../../../shared/entities';
import { FormAlert } from '../../../components/FormAlert';
import '../../../styles/timeline.css';
import { dayRange } from './day-words';
import { PhaseStrip } from './PhaseStrip';
import { usePilotTimeline, useWeek, type WeekScope } from './use-timeline';
import { WeekItems } from './WeekItems';

/** The pilot's phases with their dates, and what is due in a week, for this pilot or across all of them. */
export function TimelinePanel({ pilot }: { pilot: Pilot }) {
  const timeline = usePilotTimeline(pilot.id);
  const [scope, setScope] = useState<WeekScope>('pilot');
  // The Monday of the week shown; null is this week.
  const [monday, setMonday] = useState<string | null>(null);
  const week = useWeek(pilot.id, scope, monday);
  const today = timeline.data?.week.date ?? null;
  const shown = week.data;
  const isThisWeek = monday === null || monday === timeline.data?.week.start;

  return (
    <div className="going-live-panel timeline-panel">
      <FormAlert message={timeline.error ?? week.error} />
      {timeline.data ? <PhaseStrip timeline={timeline.data} /> : null}
      <section className="section" aria-labelledby="timeline-week-title">
        <div className="week-head">
          <h2 id="timeline-week-title">{isThisWeek ? 'Due this week' : 'Due in the week'}</h2>
          <fieldset className="segmented" aria-label="Whose items">
            {(['pilot', 'all'] as const).map((s) => (
              <button
                key={s}
                type="button"
                className="button small"
                aria-pressed={scope === s}
                onClick={() => setScope(s)}
              >
                {s === 'pilot' ? pilot.name : 'All pilots'}
              </button>
            ))}
          </fieldset>
        </div>
        <nav className="week-nav" aria-label="Weeks">
          <button
            type="button"
            className="button small"
            disabled={!shown}
            onClick={() => shown && setMonday(addDays(shown.start, -7))}
          >
            ← Previous week
          </button>
          <button type="button" className="button small" disabled={isThisWeek} onClick={() => setMonday(null)}>
            This week
          </button>
          <button
            type="button"
            className="button small"
            disabled={!shown}
            onClick={() => shown && setMonday(addDays(shown.start, 7))}
          >
            Next week →
          </button>
          <p className="week-range" aria-live="polite" data-testid="week-range">
            {shown ? `${dayRange(shown.start, shown.end)}${isThisWeek ? ' (this week)' : ''}` : ''}
          </p>
        </nav>
        {week.loading && !shown ? <p className="muted">Loading what is due…</p> : null}
        {shown && today && shown.items.length > 0 ? (
          <WeekItems items={shown.items} today={today} showPilot={scope === 'all'} />
        ) : null}
        {shown && shown.items.length === 0 ? (
          <div className="empty-state">
            <h3>Nothing due {isThisWeek ? 'this week' : 'in this week'}</h3>
            <p className="muted">
              {scope === 'pilot'
                ? `No sign-offs, follow-ups, contracts or go-lives are due for ${pilot.name}.`
                : 'No sign-offs, follow-ups, contracts or go-lives are due in any pilot.'}
            </p>
          </div>
        ) : null}
      </section>
    </div>
  );
}
