/** Runs a lift test over the brand's order data and, when asked, saves it. */

import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { addDays, daysBetween } from '../../../shared/dates';
import type { LiftDay, LiftGroups, LiftResult } from '../../../shared/lift';
import { estimateLift, type LiftSeries } from './lift';
import { brandRegions, dailyRevenue, liftScope } from './revenue';
import { type SavableLift, saveLift } from './store';
import { liftVerdictText } from './verdict';

type RunInput = ParsedInput<'lift.run'>;

export function liftGroups(db: Database, pilotId: number): LiftGroups {
  const scope = liftScope(db, pilotId);
  return { pilotId: scope.pilotId, currency: scope.currency, ...brandRegions(db, scope) };
}

export function runLift(db: Database, input: RunInput): LiftResult {
  const scope = liftScope(db, input.pilotId);
  const days = daysBetween(input.preStart, input.preEnd) + 1;
  const { series, regionsSeen } = dailyRevenue(
    db,
    scope,
    { test: input.testGroups, control: input.controlGroups },
    { preStart: input.preStart, testStart: input.testStart, days },
  );
  // A region without a counted order in either period is a typo, another shop's, or adds nothing: refuse it.
  for (const field of ['testGroups', 'controlGroups'] as const) {
    input[field].forEach((region, i) => {
      if (!regionsSeen.has(region)) {
        throw ApiError.field(
          `${field}.${i}`,
          `No counted ${scope.currency} orders of this brand come from ${region} in the pre or test period`,
        );
      }
    });
  }
  const estimate = estimateLift(series);
  const figures = {
    pilotId: scope.pilotId,
    currency: scope.currency,
    testGroups: input.testGroups,
    controlGroups: input.controlGroups,
    preStart: input.preStart,
    preEnd: input.preEnd,
    testStart: input.testStart,
    testEnd: input.testEnd,
    days,
    ...estimate,
    verdictText: liftVerdictText(estimate, scope.currency),
  };
  const daily = dailySeries(series, input.preStart, input.testStart);
  if (!input.save) return { ...figures, id: null, createdAt: null, daily };
  if (!isSavable(figures)) {
    throw ApiError.field('controlGroups', `Nothing to save: ${figures.verdictText}`);
  }
  const saved = db.transaction(() => saveLift(db, figures))();
  return { ...figures, ...saved, daily };
}

function isSavable(f: Omit<LiftResult, 'id' | 'createdAt' | 'daily'>): f is SavableLift {
  return f.expectedMinor !== null && f.incrementalMinor !== null && f.low !== null && f.high !== null;
}

function dailySeries(s: LiftSeries, preStart: string, testStart: string): LiftDay[] {
  return s.testPre.map((testPreMinor, index) => ({
    index,
    preDay: addDays(preStart, index),
    testDay: addDays(testStart, index),
    testPreMinor,
    testTestMinor: s.testTest[index] ?? 0,
    controlPreMinor: s.controlPre[index] ?? 0,
    controlTestMinor: s.controlTest[index] ?? 0,
  }));
}
