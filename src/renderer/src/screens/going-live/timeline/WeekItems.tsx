import type { WeekItem, WeekItemKind } from '../../../../../shared/signoffs';
import { type GoingLiveView, useGoingLive } from '../../../stores/going-live';
import { useNavigation } from '../../../stores/navigation';
import { usePilots } from '../../../stores/pilots';
import { weekdayWords } from './day-words';

export const KIND_LABELS: Record<WeekItemKind, string> = {
  signoff: 'Sign-off',
  follow_up: 'Follow-up',
  contract: 'Contract',
  go_live: 'Go live',
};

/** Where each kind of item is dealt with: a tab of this screen, or the Outreach screen for follow-ups. */
const HANDLED_ON: Record<WeekItemKind, { view: GoingLiveView | null; label: string }> = {
  signoff: { view: 'signoffs', label: 'Open Sign-offs' },
  contract: { view: 'contracts', label: 'Open Terms & contracts' },
  go_live: { view: 'gate', label: 'Open Go live' },
  follow_up: { view: null, label: 'Open Outreach' },
};

interface WeekItemsProps {
  items: WeekItem[];
  /** Today, to tell overdue items. */
  today: string;
  /** Items from every pilot: each says which pilot it is in. */
  showPilot: boolean;
}

/** The week's items by due day, in the core's order (dated first); undated ones wait on the member, last. */
export function WeekItems({ items, today, showPilot }: WeekItemsProps) {
  const groups = new Map<string | null, WeekItem[]>();
  for (const item of items) groups.set(item.due, [...(groups.get(item.due) ?? []), item]);
  const days = [...groups.keys()].sort((a, b) => (a ?? '9999').localeCompare(b ?? '9999'));
  return (
    <div className="week-days">
      {days.map((due) => {
        const overdue = due !== null && due < today;
        const headingId = `week-day-${due ?? 'undated'}`;
        return (
          <section key={due ?? 'undated'} className="week-day" aria-labelledby={headingId}>
            <h3 id={headingId} className={overdue ? 'warning-text' : undefined}>
              {due === null ? 'No date: waiting on the member' : weekdayWords(due)}
              {due === today ? ' (today)' : ''}
              {overdue ? ' (overdue)' : ''}
            </h3>
            <ul className="week-items">
              {(groups.get(due) ?? []).map((item) => (
                <Item
                  key={`${item.kind}-${item.memberId}-${item.detail}`}
                  item={item}
                  overdue={overdue}
                  showPilot={showPilot}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

function Item({ item, overdue, showPilot }: { item: WeekItem; overdue: boolean; showPilot: boolean }) {
  const setView = useGoingLive((s) => s.setView);
  const go = useNavigation((s) => s.go);
  const selectPilot = usePilots((s) => s.select);
  const selectedPilotId = usePilots((s) => s.selectedPilotId);
  const handled = HANDLED_ON[item.kind];

  function open() {
    // Another pilot's item: show that pilot first, so the tab opens on its members.
    if (item.pilotId !== selectedPilotId) selectPilot(item.pilotId);
    if (handled.view) setView(handled.view);
    else go('outreach');
  }

  return (
    <li className={overdue ? 'week-item overdue' : 'week-item'}>
      <span className={`state-pill kind-${item.kind}`}>{KIND_LABELS[item.kind]}</span>
      <div className="week-item-text">
        <p>
          <strong>{item.name}</strong>
          {showPilot ? <span className="muted"> · {item.pilotName}</span> : null}
          {overdue ? <span className="warning-text"> · Overdue</span> : null}
        </p>
        <p className="small">{item.detail}</p>
      </div>
      <button
        type="button"
        className="button small"
        aria-label={`${handled.label} for ${item.name}${showPilot ? ` (${item.pilotName})` : ''}`}
        onClick={open}
      >
        {handled.label}
      </button>
    </li>
  );
}
