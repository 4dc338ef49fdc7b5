/** A first lift test to start from: the pilot's first weeks against as many days just before it. */

import { addDays, daysBetween } from '../../../../shared/dates';
import type { Pilot } from '../../../../shared/entities';
import type { LiftGroups } from '../../../../shared/lift';

export interface LiftValues {
  testGroups: string[];
  controlGroups: string[];
  preStart: string;
  preEnd: string;
  testStart: string;
  testEnd: string;
  save: boolean;
}

export function defaultLiftValues(pilot: Pilot, groups: LiftGroups | null): LiftValues {
  const pilotDays = daysBetween(pilot.startDate, pilot.endDate) + 1;
  const firstData = groups?.regions.map((r) => r.firstDate).sort()[0];
  // The pre period can only reach back as far as the order data does.
  const before = firstData ? daysBetween(firstData, pilot.startDate) : pilotDays;
  const days = Math.max(1, Math.min(pilotDays, before > 0 ? before : pilotDays));
  const preEnd = addDays(pilot.startDate, -1);
  return {
    testGroups: [],
    controlGroups: [],
    preStart: addDays(preEnd, -(days - 1)),
    preEnd,
    testStart: pilot.startDate,
    testEnd: addDays(pilot.startDate, days - 1),
    save: true,
  };
}
