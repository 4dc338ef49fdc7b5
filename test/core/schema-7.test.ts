/** Schema 7 makes a stage decide who counts: members an older version kept at a prospect stage keep counting. */

import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { APPLICATION_ID, openWorkspaceDb } from '../../src/main/core/db/connection';
import { MIGRATIONS } from '../../src/main/core/db/migrations';
import { tempDir } from '../helpers/workspace';

it('moves members an older version kept at a prospect stage to contracted, and leaves the others', () => {
  const path = join(tempDir(), 'schema6.pilotdesk');
  const raw = new Database(path);
  raw.pragma('foreign_keys = OFF');
  for (const m of MIGRATIONS.slice(0, 6)) m.up(raw);
  raw.pragma('user_version = 6');
  raw.pragma(`application_id = ${APPLICATION_ID}`);
  raw.exec(`INSERT INTO pilots (id, name, currency, start_date, end_date, objective, min_sample, attribution_method,
      attribution_window_days, return_window_days, baseline_method, status, created_at, updated_at)
    VALUES (1, 'Old', 'USD', '2026-01-01', '2026-01-31', 'sales', 10, 'code', 30, 30, 'none', 'live', 'x', 'x')`);
  const stages = ['longlist', 'shortlist', 'contacted', 'negotiating', 'contracted', 'live', 'completed', 'declined'];
  stages.forEach((stage, i) => {
    raw.prepare("INSERT INTO creators (id, name, created_at) VALUES (?, ?, 'x')").run(i + 1, stage);
    raw
      .prepare(
        "INSERT INTO pilot_creators (pilot_id, creator_id, stage, created_at, updated_at) VALUES (1, ?, ?, 'x', 'x')",
      )
      .run(i + 1, stage);
  });
  raw.close();

  const db = openWorkspaceDb(path, 'open');
  const after = db
    .prepare('SELECT c.name, pc.stage FROM pilot_creators pc JOIN creators c ON c.id = pc.creator_id')
    .all();
  db.close();
  expect(Object.fromEntries(after.map((r) => [(r as { name: string }).name, (r as { stage: string }).stage]))).toEqual({
    longlist: 'contracted',
    shortlist: 'contracted',
    contacted: 'contracted',
    negotiating: 'contracted',
    contracted: 'contracted',
    live: 'live',
    completed: 'completed',
    declined: 'declined',
  });
});
