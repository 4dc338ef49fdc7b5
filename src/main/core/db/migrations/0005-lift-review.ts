/** Schema 5: lift tests and the repeat decision (checks, probation, renew or stop). */
export const liftReview = `
-- A saved lift test: its setup and figures as they were computed, so a later
-- import does not silently change a result a client was shown.
CREATE TABLE lift_tests (
  id INTEGER PRIMARY KEY,
  pilot_id INTEGER NOT NULL REFERENCES pilots(id) ON DELETE CASCADE,
  currency TEXT NOT NULL,
  -- JSON arrays of regions.
  test_groups TEXT NOT NULL,
  control_groups TEXT NOT NULL,
  pre_start TEXT NOT NULL,
  pre_end TEXT NOT NULL,
  test_start TEXT NOT NULL,
  test_end TEXT NOT NULL,
  days INTEGER NOT NULL CHECK (days > 0),
  test_pre_minor INTEGER NOT NULL,
  test_test_minor INTEGER NOT NULL,
  control_pre_minor INTEGER NOT NULL CHECK (control_pre_minor > 0),
  control_test_minor INTEGER NOT NULL,
  expected_minor INTEGER NOT NULL,
  incremental_minor INTEGER NOT NULL,
  -- The 90 % bootstrap interval of incremental revenue.
  low_minor INTEGER NOT NULL,
  high_minor INTEGER NOT NULL CHECK (high_minor >= low_minor),
  verdict TEXT NOT NULL CHECK (verdict IN ('lift', 'drop', 'inconclusive')),
  resamples INTEGER NOT NULL,
  seed INTEGER NOT NULL,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX lift_tests_pilot ON lift_tests(pilot_id, created_at);

-- A creator's figures on the day someone checked them: probation passes on
-- checks at least 30 days apart that both met the target.
CREATE TABLE creator_checks (
  id INTEGER PRIMARY KEY,
  pilot_creator_id INTEGER NOT NULL REFERENCES pilot_creators(id) ON DELETE CASCADE,
  checked_at TEXT NOT NULL,
  cac_minor INTEGER,
  target_cac_minor INTEGER,
  -- iROAS as the exact decimal text the results gave (a ratio, never money).
  iroas TEXT,
  net_orders INTEGER NOT NULL,
  verdict TEXT NOT NULL CHECK (verdict IN ('met', 'missed', 'not_enough_data', 'no_target')),
  met INTEGER NOT NULL CHECK (met IN (0, 1)),
  note TEXT,
  checked_by TEXT NOT NULL
) STRICT;
CREATE INDEX creator_checks_member ON creator_checks(pilot_creator_id, checked_at);

-- Every decision is kept; the latest one per creator is the one that stands.
CREATE TABLE creator_decisions (
  id INTEGER PRIMARY KEY,
  pilot_creator_id INTEGER NOT NULL REFERENCES pilot_creators(id) ON DELETE CASCADE,
  decision TEXT NOT NULL CHECK (decision IN ('renew', 'probation', 'stop')),
  note TEXT,
  decided_by TEXT NOT NULL,
  decided_at TEXT NOT NULL
) STRICT;
CREATE INDEX creator_decisions_member ON creator_decisions(pilot_creator_id, decided_at);
`;
