/** Saved lift tests: their setup and figures as computed, newest first. */

import type { Database } from 'better-sqlite3';
import type { LiftFigures, SavedLift } from '../../../shared/lift';
import { logActivity, nowIso, sql } from '../db/statements';
import { liftVerdictText } from './verdict';

interface LiftRow {
  id: number;
  pilot_id: number;
  currency: string;
  test_groups: string;
  control_groups: string;
  pre_start: string;
  pre_end: string;
  test_start: string;
  test_end: string;
  days: number;
  test_pre_minor: number;
  test_test_minor: number;
  control_pre_minor: number;
  control_test_minor: number;
  expected_minor: number;
  incremental_minor: number;
  low_minor: number;
  high_minor: number;
  verdict: 'lift' | 'drop' | 'inconclusive';
  resamples: number;
  seed: number;
  created_at: string;
}

/** Only a test with an estimate and an interval can be saved (the caller refuses the others). */
export type SavableLift = LiftFigures & { expectedMinor: number; incrementalMinor: number; low: number; high: number };

export function saveLift(db: Database, f: SavableLift): { id: number; createdAt: string } {
  const createdAt = nowIso();
  const { lastInsertRowid } = sql(
    db,
    `INSERT INTO lift_tests (pilot_id, currency, test_groups, control_groups, pre_start, pre_end, test_start, test_end,
       days, test_pre_minor, test_test_minor, control_pre_minor, control_test_minor, expected_minor, incremental_minor,
       low_minor, high_minor, verdict, resamples, seed, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    f.pilotId,
    f.currency,
    JSON.stringify(f.testGroups),
    JSON.stringify(f.controlGroups),
    f.preStart,
    f.preEnd,
    f.testStart,
    f.testEnd,
    f.days,
    f.sums.testPreMinor,
    f.sums.testTestMinor,
    f.sums.controlPreMinor,
    f.sums.controlTestMinor,
    f.expectedMinor,
    f.incrementalMinor,
    f.low,
    f.high,
    f.verdict,
    f.resamples,
    f.seed,
    createdAt,
  );
  const id = Number(lastInsertRowid);
  logActivity(db, 'lift.save', 'lift_test', id, {
    pilotId: f.pilotId,
    testGroups: f.testGroups,
    controlGroups: f.controlGroups,
    incrementalMinor: f.incrementalMinor,
    low: f.low,
    high: f.high,
  });
  return { id, createdAt };
}

const SELECT = 'SELECT * FROM lift_tests WHERE pilot_id = ? ORDER BY created_at DESC, id DESC';

export function listLifts(db: Database, pilotId: number): SavedLift[] {
  return (sql(db, SELECT).all(pilotId) as LiftRow[]).map(toSaved);
}

export function newestLift(db: Database, pilotId: number): SavedLift | null {
  const row = sql(db, `${SELECT} LIMIT 1`).get(pilotId) as LiftRow | undefined;
  return row ? toSaved(row) : null;
}

function toSaved(r: LiftRow): SavedLift {
  const figures = {
    incrementalMinor: r.incremental_minor,
    low: r.low_minor,
    high: r.high_minor,
    verdict: r.verdict,
  };
  return {
    id: r.id,
    pilotId: r.pilot_id,
    currency: r.currency,
    testGroups: JSON.parse(r.test_groups) as string[],
    controlGroups: JSON.parse(r.control_groups) as string[],
    preStart: r.pre_start,
    preEnd: r.pre_end,
    testStart: r.test_start,
    testEnd: r.test_end,
    days: r.days,
    sums: {
      testPreMinor: r.test_pre_minor,
      testTestMinor: r.test_test_minor,
      controlPreMinor: r.control_pre_minor,
      controlTestMinor: r.control_test_minor,
    },
    expectedMinor: r.expected_minor,
    actualMinor: r.test_test_minor,
    ...figures,
    inconclusive: r.verdict === 'inconclusive',
    verdictText: liftVerdictText(figures, r.currency),
    resamples: r.resamples,
    seed: r.seed,
    createdAt: r.created_at,
  };
}
