/** A pilot's brief fields, the template every member's brief is filled from. */

import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import type { BriefSettings } from '../../../shared/contracts';
import { getPilot } from '../db/pilots';
import { logActivity, nowIso, sql } from '../db/statements';

interface Row {
  objective: string | null;
  kpi: string | null;
  call_to_action: string | null;
  landing_steps: string | null;
  checkout_steps: string | null;
  disclosures: string | null;
  hooks: string;
  dos: string;
  donts: string;
  posting_start: string | null;
  posting_end: string | null;
}

export function briefSettings(db: Database, pilotId: number): BriefSettings {
  getPilot(db, pilotId, 'pilotId');
  const r = sql(db, 'SELECT * FROM pilot_briefs WHERE pilot_id = ?').get(pilotId) as Row | undefined;
  const list = (text: string | undefined) => (text ? (JSON.parse(text) as string[]) : []);
  return {
    pilotId,
    objective: r?.objective ?? null,
    kpi: r?.kpi ?? null,
    callToAction: r?.call_to_action ?? null,
    landingSteps: r?.landing_steps ?? null,
    checkoutSteps: r?.checkout_steps ?? null,
    disclosures: r?.disclosures ?? null,
    hooks: list(r?.hooks),
    dos: list(r?.dos),
    donts: list(r?.donts),
    postingStart: r?.posting_start ?? null,
    postingEnd: r?.posting_end ?? null,
  };
}

export function setBriefSettings(db: Database, input: ParsedInput<'briefs.settings'>): BriefSettings {
  const { pilotId, fields } = input;
  if (!fields) return briefSettings(db, pilotId);
  const pilot = getPilot(db, pilotId, 'pilotId');
  for (const [key, date] of [
    ['postingStart', fields.postingStart],
    ['postingEnd', fields.postingEnd],
  ] as const) {
    if (date && (date < pilot.startDate || date > pilot.endDate)) {
      throw ApiError.field(`fields.${key}`, `must be inside the pilot (${pilot.startDate} to ${pilot.endDate})`);
    }
  }
  db.transaction(() => {
    sql(
      db,
      `INSERT INTO pilot_briefs (pilot_id, objective, kpi, call_to_action, landing_steps, checkout_steps, disclosures,
         hooks, dos, donts, posting_start, posting_end, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT(pilot_id) DO UPDATE SET objective = excluded.objective, kpi = excluded.kpi,
         call_to_action = excluded.call_to_action, landing_steps = excluded.landing_steps,
         checkout_steps = excluded.checkout_steps, disclosures = excluded.disclosures, hooks = excluded.hooks,
         dos = excluded.dos, donts = excluded.donts, posting_start = excluded.posting_start,
         posting_end = excluded.posting_end, updated_at = excluded.updated_at`,
    ).run(
      pilotId,
      fields.objective,
      fields.kpi,
      fields.callToAction,
      fields.landingSteps,
      fields.checkoutSteps,
      fields.disclosures,
      JSON.stringify(fields.hooks),
      JSON.stringify(fields.dos),
      JSON.stringify(fields.donts),
      fields.postingStart,
      fields.postingEnd,
      nowIso(),
    );
    logActivity(db, 'briefs.settings', 'pilot', pilotId);
  })();
  return briefSettings(db, pilotId);
}
