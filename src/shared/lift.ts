/**
 * Lift tests (METRICS.md "Lift test (holdout)"): test regions against control
 * regions, a pre period and a test period of equal length. Money is integer
 * minor units in the pilot's currency; `low` and `high` are minor units too.
 */

/** A region of the brand's order data, for picking test and control groups. */
export interface LiftRegion {
  /** As the export writes it: "US-CA", or a country alone ("DE"). */
  region: string;
  /** Counted orders in the pilot's currency. */
  orders: number;
  revenueMinor: number;
  firstDate: string;
  lastDate: string;
}

export interface LiftGroups {
  pilotId: number;
  currency: string;
  regions: LiftRegion[];
  /** Counted orders with no region: they can be in neither group. */
  withoutRegion: { orders: number; revenueMinor: number };
}

/**
 * lift: the interval lies above zero; drop: below zero; inconclusive: it spans
 * zero; no_estimate: the control regions sold nothing in the pre period.
 */
export const LIFT_VERDICTS = ['lift', 'drop', 'inconclusive', 'no_estimate'] as const;
export type LiftVerdict = (typeof LIFT_VERDICTS)[number];

/** The four period sums the estimate is made of. */
export interface LiftSums {
  testPreMinor: number;
  testTestMinor: number;
  controlPreMinor: number;
  controlTestMinor: number;
}

/** Day i of the pre period paired with day i of the test period. */
export interface LiftDay extends LiftSums {
  index: number;
  preDay: string;
  testDay: string;
}

export interface LiftSetup {
  pilotId: number;
  currency: string;
  testGroups: string[];
  controlGroups: string[];
  preStart: string;
  preEnd: string;
  testStart: string;
  testEnd: string;
  /** Days in each period. */
  days: number;
}

export interface LiftFigures extends LiftSetup {
  sums: LiftSums;
  /** Test pre-period revenue x control test / control pre; null without control pre-period revenue. */
  expectedMinor: number | null;
  /** The test regions' test-period revenue. */
  actualMinor: number;
  incrementalMinor: number | null;
  /** The 90 % bootstrap interval (5th and 95th percentiles) of incremental revenue. */
  low: number | null;
  high: number | null;
  /** True when the interval spans zero, or there is no estimate at all. */
  inconclusive: boolean;
  verdict: LiftVerdict;
  verdictText: string;
  /** Resamples the interval was taken over, and the seed that makes it repeatable. */
  resamples: number;
  seed: number;
}

/** A run of `lift.run`: the figures and the daily series for the chart. */
export interface LiftResult extends LiftFigures {
  /** The saved test's id; null when the run was not saved. */
  id: number | null;
  createdAt: string | null;
  daily: LiftDay[];
}

/** A saved lift test as `lift.list` gives it (no daily series: run it again to chart it). */
export interface SavedLift extends LiftFigures {
  id: number;
  createdAt: string;
}
