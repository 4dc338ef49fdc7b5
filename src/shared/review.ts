/**
 * The repeat decision: creators ranked by CAC against the target and by iROAS,
 * the top 20 % marked, probation tracked by dated checks, and a suggested
 * renew / probation / stop with its reason. Decisions keep their history; the
 * latest one wins.
 */

import type { Verdict } from './results';

export const DECISIONS = ['renew', 'probation', 'stop'] as const;
export type Decision = (typeof DECISIONS)[number];

/** Probation passes after met checks at least this many days apart. */
export const PROBATION_DAYS = 30;

/** A creator's figures as they stood on one day, kept as they were. */
export interface CreatorCheck {
  id: number;
  pilotCreatorId: number;
  checkedAt: string;
  cacMinor: number | null;
  targetCacMinor: number | null;
  iroas: number | null;
  netOrders: number;
  verdict: Verdict;
  /** The verdict was "met". */
  met: boolean;
  note: string | null;
  by: string;
}

export interface CreatorDecision {
  id: number;
  pilotCreatorId: number;
  decision: Decision;
  note: string | null;
  by: string;
  decidedAt: string;
}

export interface ReviewRow {
  pilotCreatorId: number;
  name: string;
  handle: string | null;
  /** 1 is best: lowest CAC against the target, then highest iROAS; no CAC ranks last. */
  rank: number;
  top20: boolean;
  cacMinor: number | null;
  targetCacMinor: number | null;
  iroas: number | null;
  netOrders: number;
  verdict: Verdict;
  suggestion: Decision;
  reason: string;
  /** Newest first. */
  checks: CreatorCheck[];
  /** The latest decision, or null when none was made. */
  decision: CreatorDecision | null;
  /** The latest decision's note. */
  note: string | null;
}

export interface ReviewList {
  pilotId: number;
  currency: string;
  targetCacMinor: number | null;
  minSample: number;
  /** How many ranks the top 20 % holds (rounded up). */
  topCount: number;
  /** In rank order. */
  rows: ReviewRow[];
}
