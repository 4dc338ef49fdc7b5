import { useEffect, useRef, useState } from 'react';
import type { PilotTimeline, Week } from '../../../../../shared/signoffs';
import { request } from '../../../api/client';

export type WeekScope = 'pilot' | 'all';

interface Loaded<T> {
  data: T | null;
  error: string | null;
  loading: boolean;
}

/** The pilot's phases as of today (and so today itself, as the core counts days). */
export function usePilotTimeline(pilotId: number): Loaded<PilotTimeline> {
  return useLoad(`${pilotId}`, () => request('timeline.get', { pilotId }));
}

/** What is due in the week holding `date` (null: this week), for the pilot or across all pilots. */
export function useWeek(pilotId: number, scope: WeekScope, date: string | null): Loaded<Week> {
  return useLoad(`${pilotId} ${scope} ${date}`, async () => {
    const day = date === null ? {} : { date };
    if (scope === 'all') return request('timeline.week', day);
    return (await request('timeline.get', { pilotId, ...day })).week;
  });
}

/** Loads again whenever `key` (what the load depends on) changes. */
function useLoad<T>(key: string, load: () => Promise<T>): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ data: null, error: null, loading: true });
  const loadRef = useRef(load);
  loadRef.current = load;
  // biome-ignore lint/correctness/useExhaustiveDependencies: key names everything the load reads
  useEffect(() => {
    let current = true;
    setState((s) => ({ ...s, loading: true, error: null }));
    loadRef.current().then(
      (data) => current && setState({ data, error: null, loading: false }),
      (err: Error) => current && setState({ data: null, error: err.message, loading: false }),
    );
    // An answer for a week or pilot no longer shown must not replace the current one.
    return () => {
      current = false;
    };
  }, [key]);
  return state;
}
