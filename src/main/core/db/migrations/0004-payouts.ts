/** Schema 4: fraud review decisions, payouts and the order lines behind them. */
export const payouts = `
-- A person's decision on an order flagged for fraud review. Flags themselves
-- are derived from order data each time; only the decision is stored.
CREATE TABLE order_reviews (
  pilot_id INTEGER NOT NULL REFERENCES pilots(id) ON DELETE CASCADE,
  order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
  decision TEXT NOT NULL CHECK (decision IN ('cleared', 'rejected')),
  note TEXT,
  decided_by TEXT NOT NULL,
  decided_at TEXT NOT NULL,
  PRIMARY KEY (pilot_id, order_id)
) WITHOUT ROWID, STRICT;

-- One approved payout of one creator for one period.
CREATE TABLE payouts (
  id INTEGER PRIMARY KEY,
  pilot_id INTEGER NOT NULL REFERENCES pilots(id),
  pilot_creator_id INTEGER NOT NULL REFERENCES pilot_creators(id),
  period_start TEXT NOT NULL,
  period_end TEXT NOT NULL CHECK (period_end >= period_start),
  currency TEXT NOT NULL CHECK (length(currency) = 3),
  amount_minor INTEGER NOT NULL,
  order_count INTEGER NOT NULL,
  approved_by TEXT NOT NULL,
  approved_at TEXT NOT NULL,
  paid_by TEXT,
  paid_at TEXT
) STRICT;
CREATE INDEX payouts_pilot ON payouts(pilot_id, pilot_creator_id, period_end);

-- What a payout is made of. order_id has no foreign key: an import can be
-- undone after payment, and the paid record must stay as it was (order_ref
-- keeps the order's name for the statement).
CREATE TABLE payout_lines (
  payout_id INTEGER NOT NULL REFERENCES payouts(id) ON DELETE CASCADE,
  line_no INTEGER NOT NULL,
  order_id INTEGER,
  order_ref TEXT,
  kind TEXT NOT NULL CHECK (kind IN ('commission', 'adjustment', 'bonus')),
  amount_minor INTEGER NOT NULL,
  PRIMARY KEY (payout_id, line_no)
) STRICT;
CREATE INDEX payout_lines_order ON payout_lines(order_id);
`;
