/**
 * Schema 11: sign-offs. Each pilot member has five checkpoints (brief
 * approved, tracking set up, content approved, contract signed, results
 * reviewed); a row means it is signed off, with who and when. Clearing one
 * deletes its row (the activity log keeps the history). Each pilot may set its
 * own SLA per checkpoint in hours; a checkpoint without a row uses the default.
 */

import type { Database } from 'better-sqlite3';

const CHECKPOINTS = `('brief_approved', 'tracking_set_up', 'content_approved', 'contract_signed', 'results_reviewed')`;

export function signoffs(db: Database): void {
  db.exec(`
CREATE TABLE member_signoffs (
  member_id INTEGER NOT NULL REFERENCES pilot_creators(id) ON DELETE CASCADE,
  checkpoint TEXT NOT NULL CHECK (checkpoint IN ${CHECKPOINTS}),
  signed_by TEXT NOT NULL,
  signed_at TEXT NOT NULL,
  note TEXT,
  PRIMARY KEY (member_id, checkpoint)
) STRICT;

CREATE TABLE pilot_signoff_sla (
  pilot_id INTEGER NOT NULL REFERENCES pilots(id),
  checkpoint TEXT NOT NULL CHECK (checkpoint IN ${CHECKPOINTS}),
  hours INTEGER NOT NULL CHECK (hours BETWEEN 1 AND 8760),
  PRIMARY KEY (pilot_id, checkpoint)
) STRICT;
`);
}
