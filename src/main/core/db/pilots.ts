import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import type { Pilot } from '../../../shared/entities';
import { AmountReader } from '../amounts';
import { ensureBrand } from './brands';
import { logActivity, nowIso, sql } from './statements';
import { TAKES_PART_SQL } from './taking-part';

type PilotFields = ParsedInput<'pilots.create'>;

interface PilotRow {
  id: number;
  brand_id: number | null;
  brand_name: string | null;
  name: string;
  market: string | null;
  currency: string;
  start_date: string;
  end_date: string;
  objective: Pilot['objective'];
  target_cac_minor: number | null;
  target_aov_minor: number | null;
  target_conversion_bp: number | null;
  target_repeat_rate_bp: number | null;
  min_sample: number;
  attribution_method: Pilot['attributionMethod'];
  attribution_window_days: number;
  return_window_days: number;
  baseline_method: Pilot['baselineMethod'];
  budget_minor: number | null;
  creator_cap_minor: number | null;
  gl_code: string | null;
  status: Pilot['status'];
  archived_at: string | null;
  creator_count: number;
  created_at: string;
  updated_at: string;
}

const SELECT = `SELECT p.*, b.name AS brand_name,
  (SELECT count(*) FROM pilot_creators pc WHERE pc.pilot_id = p.id AND ${TAKES_PART_SQL}) AS creator_count
  FROM pilots p LEFT JOIN brands b ON b.id = p.brand_id`;

const toPilot = (r: PilotRow): Pilot => ({
  id: r.id,
  brandId: r.brand_id,
  brandName: r.brand_name,
  name: r.name,
  market: r.market,
  currency: r.currency,
  startDate: r.start_date,
  endDate: r.end_date,
  objective: r.objective,
  targetCacMinor: r.target_cac_minor,
  targetAovMinor: r.target_aov_minor,
  targetConversionBp: r.target_conversion_bp,
  targetRepeatRateBp: r.target_repeat_rate_bp,
  minSample: r.min_sample,
  attributionMethod: r.attribution_method,
  attributionWindowDays: r.attribution_window_days,
  returnWindowDays: r.return_window_days,
  baselineMethod: r.baseline_method,
  budgetMinor: r.budget_minor,
  creatorCapMinor: r.creator_cap_minor,
  glCode: r.gl_code,
  status: r.status,
  archived: r.archived_at !== null,
  creatorCount: r.creator_count,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export function listPilots(db: Database, includeArchived: boolean): Pilot[] {
  const where = includeArchived ? '' : 'WHERE p.archived_at IS NULL';
  return (sql(db, `${SELECT} ${where} ORDER BY p.start_date DESC, p.id DESC`).all() as PilotRow[]).map(toPilot);
}

export function getPilot(db: Database, id: number, field = 'id'): Pilot {
  const row = sql(db, `${SELECT} WHERE p.id = ?`).get(id) as PilotRow | undefined;
  if (!row) throw new ApiError('not_found', `No pilot with id ${id}`, [{ field, message: 'No such pilot' }]);
  return toPilot(row);
}

/** Column values from validated fields; amounts read in the pilot's currency. */
function columns(db: Database, f: PilotFields) {
  const read = new AmountReader(f.currency);
  const values = {
    brand_id: f.brand ? ensureBrand(db, f.brand) : null,
    name: f.name,
    market: f.market,
    currency: f.currency,
    start_date: f.startDate,
    end_date: f.endDate,
    objective: f.objective,
    target_cac_minor: read.money('targetCac', f.targetCac),
    target_aov_minor: read.money('targetAov', f.targetAov),
    target_conversion_bp: read.percent('targetConversion', f.targetConversion),
    target_repeat_rate_bp: read.percent('targetRepeatRate', f.targetRepeatRate),
    min_sample: f.minSample,
    attribution_method: f.attributionMethod,
    attribution_window_days: f.attributionWindowDays,
    return_window_days: f.returnWindowDays,
    baseline_method: f.baselineMethod,
    budget_minor: read.money('budget', f.budget),
    creator_cap_minor: read.money('creatorCap', f.creatorCap),
    gl_code: f.glCode,
    status: f.status,
  };
  read.done();
  return values;
}

export function createPilot(db: Database, fields: PilotFields): Pilot {
  return db.transaction(() => {
    const c = columns(db, fields);
    const now = nowIso();
    const keys = Object.keys(c);
    const { lastInsertRowid } = sql(
      db,
      `INSERT INTO pilots (${keys.join(', ')}, created_at, updated_at)
       VALUES (${keys.map((k) => `@${k}`).join(', ')}, @now, @now)`,
    ).run({ ...c, now });
    const id = Number(lastInsertRowid);
    logActivity(db, 'pilot.create', 'pilot', id, { name: fields.name });
    return getPilot(db, id);
  })();
}

export function updatePilot(db: Database, id: number, fields: PilotFields): Pilot {
  return db.transaction(() => {
    const before = getPilot(db, id);
    if (before.currency !== fields.currency && pilotHasMoney(db, id)) {
      throw ApiError.field('currency', `stays ${before.currency}: creators with amounts are already in this pilot`);
    }
    const c = columns(db, fields);
    const keys = Object.keys(c);
    sql(db, `UPDATE pilots SET ${keys.map((k) => `${k} = @${k}`).join(', ')}, updated_at = @now WHERE id = @id`).run({
      ...c,
      now: nowIso(),
      id,
    });
    logActivity(db, 'pilot.update', 'pilot', id);
    return getPilot(db, id);
  })();
}

export function archivePilot(db: Database, id: number, archived: boolean): Pilot {
  getPilot(db, id);
  sql(db, 'UPDATE pilots SET archived_at = ?, updated_at = ? WHERE id = ?').run(
    archived ? nowIso() : null,
    nowIso(),
    id,
  );
  logActivity(db, archived ? 'pilot.archive' : 'pilot.unarchive', 'pilot', id);
  return getPilot(db, id);
}

function pilotHasMoney(db: Database, id: number): boolean {
  return (
    sql(
      db,
      `SELECT 1 FROM pilot_creators WHERE pilot_id = ? AND (stipend_minor IS NOT NULL
       OR product_unit_cost_minor IS NOT NULL OR cpa_minor IS NOT NULL) LIMIT 1`,
    ).get(id) !== undefined
  );
}
