/** The review of a pilot's creators, and the checks and decisions written from it. */

import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import type { CreatorResult } from '../../../shared/results';
import type { CreatorCheck, CreatorDecision, ReviewList } from '../../../shared/review';
import { getPilot } from '../db/pilots';
import { sql } from '../db/statements';
import { computePilotResults } from '../results/pilot-results';
import { rankCreators, topCount } from './ranking';
import { pilotHistory, recordCheck, recordDecision } from './store';

export function reviewList(db: Database, pilotId: number): ReviewList {
  const pilot = getPilot(db, pilotId, 'pilotId');
  const { creators } = computePilotResults(db, pilot.id);
  const targets = { currency: pilot.currency, targetCacMinor: pilot.targetCacMinor, minSample: pilot.minSample };
  return {
    pilotId: pilot.id,
    ...targets,
    topCount: topCount(creators.length),
    rows: rankCreators(creators, targets, pilotHistory(db, pilot.id)),
  };
}

/** Records a check with the creator's figures as the results give them today. */
export function checkCreator(db: Database, input: ParsedInput<'review.check'>): CreatorCheck {
  const pilotId = pilotOf(db, input.pilotCreatorId);
  const pilot = getPilot(db, pilotId);
  const creator = computePilotResults(db, pilotId).creators.find((c) => c.id === input.pilotCreatorId);
  if (!creator) throw missing(input.pilotCreatorId);
  return db.transaction(() =>
    recordCheck(db, figuresOf(creator, pilot.targetCacMinor, input.note, input.by), pilotId),
  )();
}

export function decideCreator(db: Database, input: ParsedInput<'review.decide'>): CreatorDecision {
  const pilotId = pilotOf(db, input.pilotCreatorId);
  return db.transaction(() => recordDecision(db, input, pilotId))();
}

function figuresOf(c: CreatorResult, targetCacMinor: number | null, note: string | null, by: string) {
  return {
    pilotCreatorId: c.id,
    cacMinor: c.cacMinor,
    targetCacMinor,
    iroas: c.iroas,
    netOrders: c.netOrders,
    verdict: c.verdict,
    met: c.verdict === 'met',
    note,
    by,
  };
}

function pilotOf(db: Database, pilotCreatorId: number): number {
  const pilotId = sql(db, 'SELECT pilot_id FROM pilot_creators WHERE id = ?').pluck().get(pilotCreatorId) as
    | number
    | undefined;
  if (pilotId === undefined) throw missing(pilotCreatorId);
  return pilotId;
}

function missing(id: number): ApiError {
  return new ApiError('not_found', `No creator in a pilot with id ${id}`, [
    { field: 'pilotCreatorId', message: 'No such creator in a pilot' },
  ]);
}
