/** A pilot's sourcing settings: its market, fit criteria and shortlist cap. */

import type { Database } from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import { DEFAULT_CRITERIA, type FitCriteria } from '../../../shared/sourcing';
import { sql } from '../db/statements';

export interface PilotSourcing {
  pilotId: number;
  name: string;
  market: string | null;
  criteria: FitCriteria;
  shortlistCap: number;
}

interface Row {
  id: number;
  name: string;
  market: string | null;
  fit_criteria: string | null;
  shortlist_cap: number;
}

/** The pilot's settings, or ApiError naming `field` when there is no such pilot. */
export function pilotSourcing(db: Database, pilotId: number, field = 'pilotId'): PilotSourcing {
  const row = sql(db, 'SELECT id, name, market, fit_criteria, shortlist_cap FROM pilots WHERE id = ?').get(pilotId) as
    | Row
    | undefined;
  if (!row) throw new ApiError('not_found', `No pilot with id ${pilotId}`, [{ field, message: 'No such pilot' }]);
  return {
    pilotId: row.id,
    name: row.name,
    market: row.market,
    criteria: readCriteria(row.fit_criteria),
    shortlistCap: row.shortlist_cap,
  };
}

/** Stored criteria over the defaults, so a criterion added later reads as its default rather than missing. */
function readCriteria(json: string | null): FitCriteria {
  if (!json) return DEFAULT_CRITERIA;
  const stored = JSON.parse(json) as Partial<FitCriteria>;
  const merged = { ...DEFAULT_CRITERIA } as Record<keyof FitCriteria, unknown>;
  for (const key of Object.keys(DEFAULT_CRITERIA) as (keyof FitCriteria)[]) {
    if (stored[key]) merged[key] = { ...DEFAULT_CRITERIA[key], ...stored[key] };
  }
  return merged as FitCriteria;
}

export function saveCriteria(db: Database, pilotId: number, criteria: FitCriteria, shortlistCap: number | null): void {
  sql(db, 'UPDATE pilots SET fit_criteria = ?, shortlist_cap = coalesce(?, shortlist_cap) WHERE id = ?').run(
    JSON.stringify(criteria),
    shortlistCap,
    pilotId,
  );
}
