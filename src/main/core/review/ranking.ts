/**
 * The repeat decision as a pure function of the creators' results, the pilot's
 * target and the saved checks and decisions.
 *
 * Ranking: by CAC against the target CAC, lowest first (one positive target for
 * everyone, so this is the order of CAC itself); no CAC ranks last; ties go to
 * the higher iROAS (none last), then by name. The top 20 % are the first
 * ceil(N / 5) ranks that have a CAC.
 *
 * Suggestions, the first rule that applies:
 *  1. net orders below the pilot's minimum sample: probation (not enough data);
 *  2. the pilot has no target CAC: probation (nothing to judge against);
 *  3. met target and in the top 20 %: renew;
 *  4. met target and passed probation: renew. Probation passes on an unbroken
 *     run of met checks, ending with the latest, whose first and last are at
 *     least 30 days apart (so at least two checks);
 *  5. met target otherwise: probation until such checks;
 *  6. missed target while on probation (the latest decision) with the latest
 *     check met: probation, check again;
 *  7. missed target: stop.
 */

import { daysBetween } from '../../../shared/dates';
import { moneyText } from '../../../shared/money';
import type { Verdict } from '../../../shared/results';
import {
  type CreatorCheck,
  type CreatorDecision,
  type Decision,
  PROBATION_DAYS,
  type ReviewRow,
} from '../../../shared/review';

/** What the review needs of a creator's results (a slice of CreatorResult). */
export interface ReviewedCreator {
  id: number;
  name: string;
  handle: string | null;
  cacMinor: number | null;
  iroas: number | null;
  netOrders: number;
  verdict: Verdict;
  reasons: { cacMinor?: string };
}

export interface ReviewTargets {
  currency: string;
  targetCacMinor: number | null;
  minSample: number;
}

export interface ReviewHistory {
  checks: CreatorCheck[];
  decision: CreatorDecision | null;
}

const NO_HISTORY: ReviewHistory = { checks: [], decision: null };

/** How many ranks are the top 20 %: a fifth, rounded up, in whole numbers (no 0.2 x 15 = 3.0000000000000004). */
export function topCount(creators: number): number {
  return Math.floor((creators + 4) / 5);
}

export function compareForRank(a: ReviewedCreator, b: ReviewedCreator): number {
  if (a.cacMinor !== b.cacMinor) {
    if (a.cacMinor === null) return 1;
    if (b.cacMinor === null) return -1;
    return a.cacMinor - b.cacMinor;
  }
  if (a.iroas !== b.iroas) {
    if (a.iroas === null) return 1;
    if (b.iroas === null) return -1;
    return b.iroas - a.iroas;
  }
  return a.name.localeCompare(b.name) || a.id - b.id;
}

/** The unbroken run of met checks that ends with the latest check, oldest first; empty when the latest missed. */
export function metRun(checks: readonly CreatorCheck[]): CreatorCheck[] {
  const ordered = [...checks].sort((a, b) => a.checkedAt.localeCompare(b.checkedAt) || a.id - b.id);
  const run: CreatorCheck[] = [];
  for (let i = ordered.length - 1; i >= 0; i--) {
    const check = ordered[i];
    if (!check?.met) break;
    run.unshift(check);
  }
  return run;
}

/** Calendar days between two checks (the dates of their timestamps). */
export function daysApart(first: CreatorCheck, last: CreatorCheck): number {
  return daysBetween(first.checkedAt.slice(0, 10), last.checkedAt.slice(0, 10));
}

export function passedProbation(checks: readonly CreatorCheck[]): boolean {
  const run = metRun(checks);
  const first = run[0];
  const last = run[run.length - 1];
  return run.length >= 2 && first !== undefined && last !== undefined && daysApart(first, last) >= PROBATION_DAYS;
}

export function rankCreators(
  creators: readonly ReviewedCreator[],
  targets: ReviewTargets,
  history: ReadonlyMap<number, ReviewHistory>,
): ReviewRow[] {
  const top = topCount(creators.length);
  return [...creators].sort(compareForRank).map((c, i) => {
    const rank = i + 1;
    const top20 = rank <= top && c.cacMinor !== null;
    const h = history.get(c.id) ?? NO_HISTORY;
    const checks = [...h.checks].sort((a, b) => b.checkedAt.localeCompare(a.checkedAt) || b.id - a.id);
    const { suggestion, reason } = suggest(c, { rank, top20, of: creators.length }, targets, h);
    return {
      pilotCreatorId: c.id,
      name: c.name,
      handle: c.handle,
      rank,
      top20,
      cacMinor: c.cacMinor,
      targetCacMinor: targets.targetCacMinor,
      iroas: c.iroas,
      netOrders: c.netOrders,
      verdict: c.verdict,
      suggestion,
      reason,
      checks,
      decision: h.decision,
      note: h.decision?.note ?? null,
    };
  });
}

interface Standing {
  rank: number;
  top20: boolean;
  of: number;
}

export function suggest(
  c: ReviewedCreator,
  standing: Standing,
  targets: ReviewTargets,
  h: ReviewHistory,
): { suggestion: Decision; reason: string } {
  const money = (minor: number) => moneyText(minor, targets.currency);
  const target = targets.targetCacMinor;
  if (c.netOrders < targets.minSample) {
    return {
      suggestion: 'probation',
      reason: `Not enough data: ${c.netOrders} net orders, below the pilot's minimum sample of ${targets.minSample}. Probation until there are enough to judge.`,
    };
  }
  if (target === null || c.verdict === 'no_target') {
    return {
      suggestion: 'probation',
      reason: 'The pilot has no target CAC, so there is nothing to judge against: set one, then review again.',
    };
  }
  const run = metRun(h.checks);
  if (c.verdict === 'met' && c.cacMinor !== null) {
    const met = `Met target (CAC ${money(c.cacMinor)} at or below ${money(target)})`;
    if (standing.top20) {
      return { suggestion: 'renew', reason: `${met} and in the top 20% (rank ${standing.rank} of ${standing.of}).` };
    }
    const first = run[0];
    const last = run[run.length - 1];
    if (passedProbation(h.checks) && first && last) {
      return {
        suggestion: 'renew',
        reason: `${met}, and met it in checks on ${first.checkedAt.slice(0, 10)} and ${last.checkedAt.slice(0, 10)}, ${daysApart(first, last)} days apart.`,
      };
    }
    return {
      suggestion: 'probation',
      reason: `${met} but not in the top 20% (rank ${standing.rank} of ${standing.of}): renew once two checks at least ${PROBATION_DAYS} days apart both meet target; ${checkStatus(h.checks, run)}.`,
    };
  }
  const missed =
    c.cacMinor === null
      ? `Missed target: no CAC${c.reasons.cacMinor ? ` (${c.reasons.cacMinor})` : ''}`
      : `Missed target (CAC ${money(c.cacMinor)} above ${money(target)})`;
  const latest = run[run.length - 1];
  if (h.decision?.decision === 'probation' && latest) {
    return {
      suggestion: 'probation',
      reason: `${missed}, but on probation with a passing check on ${latest.checkedAt.slice(0, 10)}: check again before deciding.`,
    };
  }
  return { suggestion: 'stop', reason: `${missed}.` };
}

function checkStatus(checks: readonly CreatorCheck[], run: readonly CreatorCheck[]): string {
  if (checks.length === 0) return 'no checks yet';
  const first = run[0];
  const last = run[run.length - 1];
  if (!first || !last) return 'the latest check missed target';
  if (run.length === 1) return `one passing check so far (${last.checkedAt.slice(0, 10)})`;
  return `passing checks from ${first.checkedAt.slice(0, 10)} to ${last.checkedAt.slice(0, 10)}, only ${daysApart(first, last)} days apart`;
}
