/** The pilot's newest saved lift test, as the results' "holdout" baseline method reads it. */

import type { Database } from 'better-sqlite3';
import { newestLift } from './store';

export interface LatestLift {
  incrementalRevenueMinor: number;
  /** The test regions' revenue in the test period. */
  testPeriodRevenueMinor: number;
  /** The 90 % interval of incremental revenue, minor units. */
  low: number;
  high: number;
  inconclusive: boolean;
  savedAt: string;
}

/** Null when no lift test was saved for the pilot. Only tests with an estimate are ever saved. */
export function latestLift(db: Database, pilotId: number): LatestLift | null {
  const lift = newestLift(db, pilotId);
  if (!lift || lift.incrementalMinor === null || lift.low === null || lift.high === null) return null;
  return {
    incrementalRevenueMinor: lift.incrementalMinor,
    testPeriodRevenueMinor: lift.actualMinor,
    low: lift.low,
    high: lift.high,
    inconclusive: lift.inconclusive,
    savedAt: lift.createdAt,
  };
}
