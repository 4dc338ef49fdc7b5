/**
 * Schema 9: compensation models, contracts and briefs. A member's model names
 * which of their stored amounts they are paid by; a pilot keeps the usage
 * rights window and payment terms its contracts state, and the brief fields
 * every member's brief is filled from. Contract status is one row per member.
 */

import type { Database } from 'better-sqlite3';

const schema = `
ALTER TABLE pilot_creators ADD COLUMN compensation_model TEXT
  CHECK (compensation_model IN ('product_seed', 'stipend', 'commission', 'cpa', 'performance_bonus', 'hybrid'));
-- NULL: the pilot's usage-rights window applies
ALTER TABLE pilot_creators ADD COLUMN usage_rights_days INTEGER CHECK (usage_rights_days BETWEEN 0 AND 3650);
ALTER TABLE pilots ADD COLUMN usage_rights_days INTEGER NOT NULL DEFAULT 30
  CHECK (usage_rights_days BETWEEN 0 AND 3650);
-- Payment is due this many days after the pilot's return window closes.
ALTER TABLE pilots ADD COLUMN payment_net_days INTEGER NOT NULL DEFAULT 30
  CHECK (payment_net_days BETWEEN 0 AND 365);

CREATE TABLE member_contracts (
  member_id INTEGER PRIMARY KEY REFERENCES pilot_creators(id) ON DELETE CASCADE,
  status TEXT NOT NULL CHECK (status IN ('draft', 'sent', 'signed')),
  drafted_at TEXT,
  drafted_by TEXT,
  sent_at TEXT,
  sent_by TEXT,
  signed_at TEXT,
  signed_by TEXT,
  -- The last contract file generated, for the screen to open.
  file_path TEXT
) STRICT;

CREATE TABLE pilot_briefs (
  pilot_id INTEGER PRIMARY KEY REFERENCES pilots(id) ON DELETE CASCADE,
  objective TEXT,
  kpi TEXT,
  call_to_action TEXT,
  landing_steps TEXT,
  checkout_steps TEXT,
  disclosures TEXT,
  -- JSON arrays of text
  hooks TEXT NOT NULL DEFAULT '[]',
  dos TEXT NOT NULL DEFAULT '[]',
  donts TEXT NOT NULL DEFAULT '[]',
  posting_start TEXT,
  posting_end TEXT,
  updated_at TEXT NOT NULL
) STRICT;
`;

export function contracts(db: Database): void {
  db.exec(schema);
}
