/**
 * Schema 7: sourcing and outreach. Profiles are creators with what a
 * discovery tool knows of them; a pilot keeps fit criteria and a shortlist
 * cap; members carry a reviewer, a declined reason and a follow-up date.
 * Stage moves and contacts are logged; longlists are a new import kind,
 * undone through profile revisions.
 */

import type { Database } from 'better-sqlite3';
import { rebuildImportBatches } from './import-batches-table';

const sourcing = `
ALTER TABLE creators ADD COLUMN profile_url TEXT;
ALTER TABLE creators ADD COLUMN engagement_bp INTEGER CHECK (engagement_bp BETWEEN 0 AND 100000);
ALTER TABLE creators ADD COLUMN avg_views INTEGER CHECK (avg_views >= 0);
ALTER TABLE creators ADD COLUMN country TEXT;
ALTER TABLE creators ADD COLUMN city TEXT;
-- JSON arrays of text
ALTER TABLE creators ADD COLUMN categories TEXT NOT NULL DEFAULT '[]';
ALTER TABLE creators ADD COLUMN audience_notes TEXT;
ALTER TABLE creators ADD COLUMN past_brands TEXT NOT NULL DEFAULT '[]';
ALTER TABLE creators ADD COLUMN shopping_links INTEGER CHECK (shopping_links IN (0, 1));
ALTER TABLE creators ADD COLUMN updated_at TEXT;

-- JSON FitCriteria; NULL means the defaults.
ALTER TABLE pilots ADD COLUMN fit_criteria TEXT;
ALTER TABLE pilots ADD COLUMN shortlist_cap INTEGER NOT NULL DEFAULT 25 CHECK (shortlist_cap > 0);

ALTER TABLE pilot_creators ADD COLUMN reviewer TEXT;
ALTER TABLE pilot_creators ADD COLUMN declined_reason TEXT;
ALTER TABLE pilot_creators ADD COLUMN stage_changed_at TEXT;
ALTER TABLE pilot_creators ADD COLUMN follow_up_date TEXT;
CREATE INDEX pilot_creators_follow_up ON pilot_creators(follow_up_date) WHERE follow_up_date IS NOT NULL;

-- One row per member per move; move_id groups one user action so it can be undone whole.
CREATE TABLE stage_moves (
  id INTEGER PRIMARY KEY,
  move_id INTEGER NOT NULL,
  pilot_creator_id INTEGER NOT NULL REFERENCES pilot_creators(id) ON DELETE CASCADE,
  at TEXT NOT NULL,
  by_user TEXT NOT NULL,
  from_stage TEXT,
  to_stage TEXT NOT NULL,
  reason TEXT,
  undone_at TEXT
) STRICT;
CREATE INDEX stage_moves_member ON stage_moves(pilot_creator_id);
CREATE INDEX stage_moves_move ON stage_moves(move_id);

CREATE TABLE outreach_templates (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  subject TEXT NOT NULL,
  why_you TEXT NOT NULL,
  offer TEXT NOT NULL,
  next_step TEXT NOT NULL,
  variables TEXT NOT NULL DEFAULT '{}',
  local_variables TEXT NOT NULL DEFAULT '[]',
  locked_at TEXT,
  locked_by TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE template_local_versions (
  id INTEGER PRIMARY KEY,
  template_id INTEGER NOT NULL REFERENCES outreach_templates(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  language TEXT,
  variables TEXT NOT NULL DEFAULT '{}',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX template_local_versions_template ON template_local_versions(template_id);

CREATE TABLE contacts (
  id INTEGER PRIMARY KEY,
  pilot_creator_id INTEGER NOT NULL REFERENCES pilot_creators(id) ON DELETE CASCADE,
  at TEXT NOT NULL,
  by_user TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('sent', 'reply', 'note')),
  channel TEXT,
  template_id INTEGER REFERENCES outreach_templates(id) ON DELETE SET NULL,
  note TEXT,
  follow_up_date TEXT
) STRICT;
CREATE INDEX contacts_member ON contacts(pilot_creator_id);
-- The daily send cap counts a user's sends per day.
CREATE INDEX contacts_sent ON contacts(by_user, kind, at);

-- What a longlist import changed, so it can be undone: the profile before
-- (NULL when the import added it), and the pilot membership it added.
CREATE TABLE profile_revisions (
  batch_id INTEGER NOT NULL REFERENCES import_batches(id),
  creator_id INTEGER NOT NULL REFERENCES creators(id) ON DELETE CASCADE,
  previous TEXT,
  member_added INTEGER REFERENCES pilot_creators(id) ON DELETE SET NULL,
  PRIMARY KEY (batch_id, creator_id)
) STRICT;
CREATE INDEX profile_revisions_creator ON profile_revisions(creator_id);
`;

/**
 * Until schema 7 a stage was a label and every member counted in results;
 * from now on only contracted, live and completed members do. Members an
 * older version kept at a prospect stage (the form's default was shortlist)
 * therefore move to contracted, so every figure stays what it was.
 */
const keepMembersCounted = `
UPDATE pilot_creators SET stage = 'contracted'
WHERE stage IN ('longlist', 'shortlist', 'contacted', 'negotiating');
`;

export function sourcingAndOutreach(db: Database): void {
  rebuildImportBatches(db, ['orders', 'clicks', 'tracking', 'longlist']);
  db.exec(sourcing);
  db.exec(keepMembersCounted);
}
