import { useCallback, useEffect, useState } from 'react';
import { addDays, daysBetween } from '../../../../shared/dates';
import type { ClickDay } from '../../../../shared/orders';
import { request } from '../../api/client';
import { FormAlert } from '../../components/FormAlert';
import { PilotPicker } from '../../components/PilotPicker';
import { count, date } from '../../format';
import { useCreators } from '../../stores/creators';
import { useOrders } from '../../stores/orders';
import { useSelectedPilot } from '../../stores/pilots';
import { ClickCell } from './ClickCell';

/** At most this many day columns (a year and a bit); longer pilots show their first days. */
const MAX_DAYS = 400;

const keyOf = (creatorId: number, day: string) => `${creatorId}:${day}`;

/** Clicks per creator per day of the selected pilot, typed in or imported. */
export function ClicksPanel() {
  const pilot = useSelectedPilot();
  const pilotId = pilot?.id ?? null;
  const version = useOrders((s) => s.version);
  const { creators, refresh } = useCreators();
  const [clicks, setClicks] = useState<Map<string, number> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [cellError, setCellError] = useState<string | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: version reloads after a click import or undo
  useEffect(() => {
    if (pilotId === null) return;
    let live = true;
    void refresh(pilotId);
    setClicks(null);
    request('clicks.list', { pilotId })
      .then((list) => {
        if (live) setClicks(new Map(list.map((c) => [keyOf(c.creatorId, c.day), c.clicks])));
      })
      .catch((err: Error) => {
        if (live) setError(err.message);
      });
    return () => {
      live = false;
    };
  }, [pilotId, version, refresh]);

  const onSaved = useCallback((c: ClickDay) => {
    setClicks((m) => new Map(m).set(keyOf(c.creatorId, c.day), c.clicks));
  }, []);

  if (!pilot) return <p className="muted">Choose a pilot to see its creators' clicks.</p>;
  const length = Math.min(MAX_DAYS, daysBetween(pilot.startDate, pilot.endDate) + 1);
  const days = Array.from({ length: Math.max(0, length) }, (_, i) => addDays(pilot.startDate, i));
  const total = (creatorId: number) => days.reduce((n, d) => n + (clicks?.get(keyOf(creatorId, d)) ?? 0), 0);

  return (
    <div className="form">
      <div className="toolbar">
        <PilotPicker />
        <p className="muted">Type a creator's clicks for a day, or import a link-analytics export.</p>
      </div>
      <FormAlert message={error ?? cellError} />
      {creators.length === 0 ? <p className="muted">No creators in this pilot yet.</p> : null}
      {clicks && creators.length > 0 ? (
        <div className="table-wrap clicks-wrap">
          <table className="table clicks-grid" aria-label={`Clicks per day in ${pilot.name}`}>
            <thead>
              <tr>
                <th scope="col" className="sticky-col">
                  Creator
                </th>
                <th scope="col" className="num">
                  Total
                </th>
                {days.map((d) => (
                  <th key={d} scope="col" className="num">
                    {date(d).replace(/,? \d{4}$/, '')}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {creators.map((c) => (
                <tr key={c.id}>
                  <th scope="row" className="sticky-col">
                    {c.name}
                  </th>
                  <td className="num">{count(total(c.id))}</td>
                  {days.map((d) => (
                    <td key={d} className="click-cell">
                      <ClickCell
                        creatorId={c.id}
                        day={d}
                        label={`${c.name} on ${date(d)}`}
                        value={clicks.get(keyOf(c.id, d)) ?? null}
                        onSaved={onSaved}
                        onError={setCellError}
                      />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
